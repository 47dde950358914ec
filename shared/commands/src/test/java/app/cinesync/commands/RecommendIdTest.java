package app.cinesync.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecommendIdTest {
    @Test
    void everyId_formatsToWhatItParsesBackTo() {
        for (RecommendId id : List.of(new RecommendId.MorePicks(5, 10, null), new RecommendId.MorePicks(10, 1000, "Sci-Fi"),
                new RecommendId.NotForMe(42, 3, 0, "Film-Noir"), new RecommendId.NotForMe(7, 1, 995, null), RecommendId.MorePicks.firstPage())) {
            assertThat(RecommendId.parse(id.format())).as(id.format()).contains(id);
        }
    }

    @Test
    void theFormats_areTheOnesOnButtonsAlreadySent() {
        assertThat(RecommendId.MorePicks.firstPage().format()).isEqualTo("recs:5:0:-");
        assertThat(new RecommendId.MorePicks(3, 3, "Comedy").format()).isEqualTo("recs:3:3:Comedy");
        assertThat(new RecommendId.NotForMe(1, 5, 0, null).format()).isEqualTo("recs:no:1:5:0:-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"recs:x:y:-", "recs:5:0", "recs:5:0:-:extra", "recs:0:0:-", "recs:11:0:-", "recs:5:1001:-", "recs:5:-1:-",
            "recs:5:0:", "recs:no:5:0:-", "recs:no:x:5:0:-", "recs:no:1:5:0:-:x", "recs:yes:1:5:0:-", "recs:", "qr:go", "5:0:-", ""})
    void aMalformedId_parsesToEmpty(String customId) {
        assertThat(RecommendId.parse(customId)).isEmpty();
    }

    @Test
    void theNextPage_isOffered_onlyWhereAButtonCanAskForIt() {
        assertThat(new RecommendId.MorePicks(10, 980, "Western").next()).contains(new RecommendId.MorePicks(10, 990, "Western"));
        assertThat(new RecommendId.MorePicks(10, 990, null).next()).contains(new RecommendId.MorePicks(10, 1000, null));
        assertThat(new RecommendId.MorePicks(10, 1000, null).next()).as("1010 is beyond MAX_OFFSET").isEmpty();
        assertThat(new RecommendId.MorePicks(3, 999, null).next()).isEmpty();
        new RecommendId.MorePicks(10, 990, null).next().ifPresent(p -> assertThat(RecommendId.parse(p.format())).contains(p));
    }

    @Test
    void aPageNoButtonCouldAskFor_cannotBeMade() {
        assertThatThrownBy(() -> new RecommendId.MorePicks(10, 1010, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecommendId.MorePicks(0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecommendId.NotForMe(1, 11, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecommendId.NotForMe(1, 5, -5, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGenreThatCannotBeWrittenInAnId_isRefused() {
        assertThatThrownBy(() -> new RecommendId.MorePicks(5, 0, "a:b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecommendId.NotForMe(1, 5, 0, RecommendId.ANY_GENRE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRouter_claimsEveryIdWithThePrefix_wellFormedOrNot() {
        assertThat(RecommendId.claims("recs:x:y:-")).isTrue();
        assertThat(RecommendId.claims("qr:go")).isFalse();
    }
}
