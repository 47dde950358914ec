package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.RequestSigner;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /my_stats} through the local endpoint with several members: a comparison with other
 * members' ratings only when enough of them stand behind it (RatingBehavior's rule: at least 3
 * others on each compared film, at least 2 such films), never one member's rating in disguise.
 */
class StatsPrivacyIT {
    private static final AtomicLong MEMBERS = new AtomicLong(9_000);
    private static final RequestSigner SIGNER = TestServer.SIGNER;
    private static final LocalServer server = TestServer.get();

    @BeforeEach
    void reset() {
        TestDatabase.reset();
    }

    private static DemoClient member(String name) {
        return new DemoClient(server, SIGNER, MEMBERS.incrementAndGet(), name);
    }

    private static void rate(DemoClient who, String title, double stars) {
        who.command("rate", Map.of("movie", "m:" + who.titleToId(title), "rating", stars));
    }

    private static String stats(DemoClient who) {
        return TerminalView.render(who.command("my_stats", Map.of()).edited());
    }

    @Test
    void stats_whenOneOtherMemberAloneRatedTheFilm_showNoComparisonThatWouldRevealTheirRating() {
        DemoClient a = member("A");
        DemoClient c = member("C");
        rate(a, "Solaris", 1.0); // A is the only other member to have rated it
        rate(c, "Solaris", 4.0); // C rates only that film

        String profile = stats(c);

        assertThat(profile).doesNotContain("1.00★").doesNotContain("from other members")
                .contains("Your average 4.00★").contains("appears once at least 3 others have rated each of 2 films you rated");
    }

    @Test
    void stats_whenTwoOthersRatedEachFilm_stillShowNoComparison() {
        DemoClient c = member("C");
        for (DemoClient other : new DemoClient[] {member("A"), member("B")}) {
            rate(other, "Solaris", 1.0);
            rate(other, "Stalker", 2.0);
        }
        rate(c, "Solaris", 4.0);
        rate(c, "Stalker", 4.0);

        assertThat(stats(c)).doesNotContain("from other members").contains("appears once at least 3 others");
    }

    @Test
    void stats_whenThreeOthersRatedTwoOfTheFilms_compareWithTheirAverage() {
        DemoClient c = member("C");
        double[] solaris = {1.0, 2.0, 3.0};
        double[] stalker = {2.0, 3.0, 4.0};
        for (int i = 0; i < 3; i++) {
            DemoClient other = member("O" + i);
            rate(other, "Solaris", solaris[i]);
            rate(other, "Stalker", stalker[i]);
        }
        rate(c, "Solaris", 4.0);
        rate(c, "Stalker", 5.0);
        rate(c, "Alien", 3.0); // nobody else rated it: not part of the comparison

        // mean of the films' means: (2.0 + 3.0) / 2 = 2.50; C's own average (4 + 5 + 3) / 3 = 4.00
        assertThat(stats(c)).contains("Generous: your average 4.00★ vs 2.50★ from other members on the same 2 films (+1.50)");
    }
}
