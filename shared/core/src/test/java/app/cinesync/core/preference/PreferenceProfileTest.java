package app.cinesync.core.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferenceProfileTest {
    private static final RatingBehavior ALONE = new RatingBehavior(1.8, 0.2, null, 0, null, null, List.of(), RatingBehavior.MIN_OTHER_MEMBERS);

    private static PreferenceProfile withDirectors(List<Affinity> directors, RatingBehavior behavior) {
        return new PreferenceProfile(1, List.of(), directors, List.of(), List.of(), behavior, null, 3, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aStoredProfileListingWhatTheMemberRatesAtALowAverage_isNotUnderTheCurrentRules_soItIsRecomputed() {
        // stored before the favourite rule: Nolan at the harsh rater's usual 1.8 (score 0)
        assertThat(withDirectors(List.of(new Affinity("Christopher Nolan", 0, 3, 1.8)), ALONE).underCurrentRules()).isFalse();
    }

    @Test
    void aProfileOfFavouritesAboveOrAtALikedAverage_madeUnderThePrivacyRule_isUnderTheCurrentRules() {
        List<Affinity> directors = List.of(new Affinity("Someone Above", 0.25, 1, 2.5), new Affinity("Liked At Average", 0, 2, 4));
        assertThat(withDirectors(directors, ALONE).underCurrentRules()).isTrue();
        RatingBehavior beforeThePrivacyRule = new RatingBehavior(1.8, 0.2, null, 0, null, null, List.of(), 0);
        assertThat(withDirectors(directors, beforeThePrivacyRule).underCurrentRules()).isFalse();
    }
}
