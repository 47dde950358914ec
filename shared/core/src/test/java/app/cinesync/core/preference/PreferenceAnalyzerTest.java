package app.cinesync.core.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.SparseVector;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferenceAnalyzerTest {
    private static final double EPS = 1e-9;

    private static RatedMovie rated(String title, int year, List<String> genres, String director, List<String> cast,
                                    double stars, double community, int axis) {
        Movie m = new Movie(0, title, year, genres, List.of(director), cast, List.of(), null, null, null);
        return new RatedMovie(m, stars, community, new SparseVector(3, new int[] {axis}, new float[] {1f}));
    }

    /** Mean 3.0: A and B (Drama, director X, 1990s) loved, C and D (Comedy) disliked. */
    private static final List<RatedMovie> FOUR = List.of(
            rated("A", 1990, List.of("Drama", "Crime"), "X", List.of("P", "Q"), 5, 4.0, 0),
            rated("B", 1995, List.of("Drama"), "X", List.of("P"), 4, Double.NaN, 0),
            rated("C", 2005, List.of("Comedy"), "Y", List.of("R"), 2, 3.0, 1),
            rated("D", 2008, List.of("Comedy", "Romance"), "Z", List.of("Q"), 1, 2.0, 2));

    @Test
    void favourites_areShrunkenMeanDeviations_rankedByScoreThenCount() {
        PreferenceProfile p = PreferenceAnalyzer.analyze(7, FOUR, Instant.EPOCH, Instant.EPOCH);
        assertThat(p.genres()).extracting(Affinity::name).containsExactly("Drama", "Crime");
        assertThat(p.genres().get(0).score()).isCloseTo(1.0, within(EPS)); // (2 + 1) / (2 + 1)
        assertThat(p.genres().get(0).meanRating()).isCloseTo(4.5, within(EPS));
        assertThat(p.genres().get(1).score()).isCloseTo(1.0, within(EPS)); // 2 / (1 + 1)
        assertThat(p.directors()).extracting(Affinity::name).containsExactly("X");
        // Q: one film loved, one disliked, (2 - 2) / 3 = 0 at a 3-star mean: not a liking
        assertThat(p.actors()).extracting(Affinity::name).containsExactly("P");
        assertThat(p.decades()).extracting(Affinity::name).containsExactly("1990s");
        assertThat(p.ratingsAnalyzed()).isEqualTo(4);
    }

    @Test
    void behaviour_comparesWithOthersOnTheSameFilms() {
        RatingBehavior b = PreferenceAnalyzer.analyze(7, FOUR, Instant.EPOCH, Instant.EPOCH).behavior();
        assertThat(b.mean()).isCloseTo(3.0, within(EPS));
        assertThat(b.communityMean()).isCloseTo(3.0, within(EPS)); // (4 + 3 + 2) / 3; B has no other ratings
        assertThat(b.comparedFilms()).isEqualTo(3);
        assertThat(b.label()).isEqualTo("balanced");
        assertThat(b.stdDev()).isCloseTo(Math.sqrt(2.5), within(EPS));
        assertThat(b.histogram()).containsExactly(0, 1, 0, 1, 0, 0, 0, 1, 0, 1);
    }

    @Test
    void behaviour_isGenerousOrHarshFromHalfAStarAway() {
        List<RatedMovie> generous = List.of(rated("A", 2000, List.of("Drama"), "X", List.of(), 4.5, 3.5, 0),
                rated("B", 2000, List.of("Drama"), "X", List.of(), 4.5, 4.0, 0));
        assertThat(PreferenceAnalyzer.analyze(1, generous, null, Instant.EPOCH).behavior().label()).isEqualTo("generous");
        List<RatedMovie> harsh = List.of(rated("A", 2000, List.of("Drama"), "X", List.of(), 2.0, 3.0, 0),
                rated("B", 2000, List.of("Drama"), "X", List.of(), 2.5, 3.5, 0));
        assertThat(PreferenceAnalyzer.analyze(1, harsh, null, Instant.EPOCH).behavior().generosity()).isCloseTo(-1.0, within(EPS));
    }

    @Test
    void behaviour_fromFewerThanTwoComparableFilms_makesNoComparisonAtAll() {
        List<RatedMovie> oneComparable = List.of(rated("A", 2000, List.of("Drama"), "X", List.of(), 2.0, 1.0, 0),
                rated("B", 2000, List.of("Drama"), "X", List.of(), 4.0, Double.NaN, 0));
        RatingBehavior b = PreferenceAnalyzer.analyze(1, oneComparable, null, Instant.EPOCH).behavior();
        assertThat(b.compared()).isFalse();
        assertThat(b.communityMean()).isNull();
        assertThat(b.generosity()).isNull();
        assertThat(b.label()).isNull();
        assertThat(b.comparedFilms()).isZero();
        assertThat(b.mean()).isCloseTo(3.0, within(EPS));
        assertThat(b.underCurrentRule()).isTrue();
    }

    @Test
    void diversity_isOneMinusTheMeanPairwiseCosine() {
        // vectors e0, e0, e1, e2: 12 ordered pairs, 2 of them with cosine 1 -> 1 - 2/12
        assertThat(PreferenceAnalyzer.analyze(7, FOUR, null, Instant.EPOCH).diversity()).isCloseTo(5.0 / 6, within(1e-6));
        assertThat(PreferenceAnalyzer.analyze(7, FOUR.subList(0, 2), null, Instant.EPOCH).diversity()).isCloseTo(0.0, within(1e-6));
        assertThat(PreferenceAnalyzer.analyze(7, FOUR.subList(0, 1), null, Instant.EPOCH).diversity()).isNull();
    }

    @Test
    void aHarshRater_doesNotGetAsFavouriteWhatTheyRateAtTheirUsualLowStars() {
        List<RatedMovie> harsh = List.of(rated("A", 2010, List.of("Sci-Fi"), "Nolan", List.of(), 2, 4, 0),
                rated("B", 2014, List.of("Sci-Fi"), "Nolan", List.of(), 2, 4, 1),
                rated("C", 1999, List.of("Drama"), "Other", List.of(), 1.5, 4, 2),
                rated("D", 1998, List.of("Comedy"), "Third", List.of(), 2.5, 4, 2));

        PreferenceProfile p = PreferenceAnalyzer.analyze(1, harsh, null, Instant.EPOCH);

        assertThat(p.directors()).extracting(Affinity::name).containsExactly("Third"); // Nolan: their usual 2 stars
    }

    @Test
    void aMemberWhoRatesEverythingTheSame_getsFavouritesByHowOftenTheyWatch() {
        List<RatedMovie> flat = List.of(rated("A", 2000, List.of("Drama"), "X", List.of(), 4, 4, 0),
                rated("B", 2001, List.of("Drama", "War"), "Y", List.of(), 4, 4, 1));
        assertThat(PreferenceAnalyzer.analyze(1, flat, null, Instant.EPOCH).genres())
                .extracting(Affinity::name).containsExactly("Drama", "War");
    }
}
