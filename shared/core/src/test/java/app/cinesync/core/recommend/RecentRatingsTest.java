package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentRatingsTest {
    private static final long DAY = 86400;

    @Test
    void replay_countsEachFilmsRatingsInTheYearUpToTheMoment_andNothingAfterIt() {
        long now = 10_000 * DAY;
        RecentRatings r = RecentRatings.replay(new long[][] {
            {now - 400 * DAY, now - 10 * DAY, now, now + DAY},
            {now - 365 * DAY, now - 364 * DAY},
            null,
        });

        assertThat(r.at(Instant.ofEpochSecond(now), 3)).containsExactly(2, 1, 0);
        assertThat(r.at(Instant.ofEpochSecond(now + 2 * DAY), 3)).containsExactly(3, 0, 0);
        assertThat(r.at(Instant.ofEpochSecond(now - 500 * DAY), 3)).containsExactly(0, 0, 0);
    }

    @Test
    void asRead_isTheCountOfTheMomentItWasRead_whateverMomentIsAsked() {
        RecentRatings r = RecentRatings.asRead(new int[] {4, 0, 7});

        assertThat(r.at(Instant.EPOCH, 3)).containsExactly(4, 0, 7);
        assertThat(r.at(Instant.EPOCH.plus(Duration.ofDays(9000)), 3)).containsExactly(4, 0, 7);
        assertThat(RecentRatings.NONE.at(Instant.EPOCH, 3)).isNull();
    }

    @Test
    void trend_ofAHandfulOfRatingsIsNoTrendYet_andOfABusyServerNearlyItsFullShare() {
        double quiet = RecentRatings.asRead(new int[] {1, 0}).trend(Instant.EPOCH, 2)[0];
        double[] busy = RecentRatings.asRead(new int[] {9000, 999, 0}).trend(Instant.EPOCH, 3);

        assertThat(quiet).isLessThan(0.001);
        assertThat(busy[0]).isGreaterThan(0.9).isLessThan(1);
        assertThat(busy[1]).isLessThan(busy[0]).isGreaterThan(0.6);
        assertThat(busy[2]).isZero();
    }
}
