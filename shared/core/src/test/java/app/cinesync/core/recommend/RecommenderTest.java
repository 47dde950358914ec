package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.Observation;
import app.cinesync.core.model.PlantedClusters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one pipeline on planted data, where the right answer is known. */
class RecommenderTest {
    private static final List<Observation> RATINGS = PlantedClusters.ratings(7);
    private static final CatalogSnapshot CATALOG = snapshot(PlantedClusters.movies(), RATINGS);
    private static final EaseModel MODEL = EaseTrainer.train(RATINGS, new EaseConfig(10, 0, 1));
    /** Content likeness alone: no model, popularity or genre mix. */
    private static final RankingConfig CONTENT_ONLY = new RankingConfig(EaseConfig.DEFAULT, 0, 1, Double.POSITIVE_INFINITY, 0, 0, 0, 10, 0, 30, 3.5, 0, 0, 0, 0);

    static CatalogSnapshot snapshot(List<Movie> movies, List<Observation> ratings) {
        int[] counts = new int[movies.size()];
        double[] sums = new double[movies.size()];
        List<Long> ids = movies.stream().map(Movie::id).toList();
        for (Observation o : ratings) {
            counts[ids.indexOf(o.movieId())]++;
            sums[ids.indexOf(o.movieId())] += o.stars();
        }
        return new CatalogSnapshot(movies, movies.stream().map(ItemVectorizer::vectorize).toList(), counts, sums, Instant.EPOCH);
    }

    static MemberHistory history(double stars, long... films) {
        List<MemberHistory.Rated> rated = new ArrayList<>();
        for (int k = 0; k < films.length; k++) {
            rated.add(new MemberHistory.Rated(films[k], stars, Instant.ofEpochSecond(k)));
        }
        return new MemberHistory(rated, Set.of());
    }

    private static Page page(Recommender r, MemberHistory h, int count) {
        return r.recommend(r.member(h, null), new Query(count, 0, null));
    }

    private static List<Integer> clusters(Page p) {
        return p.picks().stream().map(x -> PlantedClusters.clusterOf(x.movie().id())).toList();
    }

    @Test
    void recommend_whenMemberLovesThreeFilmsOfOneTaste_picksOnlyThatTaste() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);

        Page p = page(r, history(5, PlantedClusters.film(1, 0), PlantedClusters.film(1, 1), PlantedClusters.film(1, 2)), 9);

        assertThat(clusters(p)).hasSize(9).containsOnly(1);
    }

    @Test
    void recommend_beforeAnyTraining_isTheSamePipelineAndStillFollowsTheTaste() {
        Recommender r = new Recommender(CATALOG, EaseModel.EMPTY, RankingConfig.DEFAULT);

        Page p = page(r, history(5, PlantedClusters.film(2, 0), PlantedClusters.film(2, 1), PlantedClusters.film(2, 2)), 9);

        assertThat(clusters(p)).hasSize(9).containsOnly(2);
    }

    @Test
    void recommend_afterNewRatingsOfAnotherTaste_changesTheVeryNextList() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);
        MemberHistory h = history(5, PlantedClusters.film(0, 0), PlantedClusters.film(0, 1));
        assertThat(clusters(page(r, h, 3))).containsOnly(0);

        for (int k = 0; k < 6; k++) {
            h = h.plus(PlantedClusters.film(2, k), 5, Instant.ofEpochSecond(100 + k));
        }

        assertThat(clusters(page(r, h, 3))).containsOnly(2);
    }

    @Test
    void recommend_neverShowsRatedOrDismissedFilms_keepsToTheGenre_andPagesWithoutRepeats() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);
        long dismissed = PlantedClusters.film(0, 5);
        MemberHistory h = new MemberHistory(history(4, PlantedClusters.film(0, 0), PlantedClusters.film(1, 0)).ratings(), Set.of(dismissed));
        Member m = r.member(h, null);
        String genre = PlantedClusters.GENRES.get(0);

        Set<Long> seen = new HashSet<>();
        for (int offset = 0; offset < 12; offset += 4) {
            for (Recommendation rec : r.recommend(m, new Query(4, offset, genre)).picks()) {
                assertThat(rec.movie().genres()).contains(genre);
                assertThat(seen.add(rec.movie().id())).as("shown twice: %s", rec.movie().id()).isTrue();
            }
        }
        assertThat(seen).doesNotContain(PlantedClusters.film(0, 0), dismissed).hasSize(PlantedClusters.FILMS_PER_CLUSTER - 2);
    }

    @Test
    void recommend_saysAnotherPageFollows_onlyWhileAFilmIsLeftAfterThePage() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);
        Member m = r.member(history(4, PlantedClusters.film(0, 0), PlantedClusters.film(0, 1)), null); // 10 Horror films left
        String horror = PlantedClusters.GENRES.get(0);

        assertThat(r.recommend(m, new Query(4, 0, horror)).hasMore()).isTrue();
        assertThat(r.recommend(m, new Query(4, 4, horror)).hasMore()).isTrue();
        Page last = r.recommend(m, new Query(4, 8, horror));
        assertThat(last.picks()).hasSize(2);
        assertThat(last.hasMore()).as("a last page of two").isFalse();
        Page full = r.recommend(m, new Query(5, 5, horror));
        assertThat(full.picks()).hasSize(5);
        assertThat(full.hasMore()).as("a last page exactly full").isFalse();
        assertThat(r.recommend(m, new Query(5, 10, horror)).hasMore()).isFalse();
        assertThat(r.recommend(m, new Query(10, 0, null)).hasMore()).as("any genre: 34 films left").isTrue();
    }

    @Test
    void causes_ofEveryPick_addUpToItsScore() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);
        Member m = r.member(history(4.5, PlantedClusters.film(1, 0), PlantedClusters.film(0, 3), PlantedClusters.film(2, 7)), null);
        double[] scores = r.scores(m);

        for (int i = 0; i < CATALOG.size(); i++) {
            if (m.excluded(i)) {
                continue;
            }
            double[] sum = {0};
            for (Recommender.Weighted w : r.signals(m)) {
                w.signal().causes(i, (cause, value) -> sum[0] += w.weight() * value);
            }
            assertThat(sum[0]).as("film %d", i).isCloseTo(scores[i], within(1e-4));
        }
    }

    @Test
    void because_withTheModelAlone_namesTheRatedFilmWithTheLargestWeightTowardsThePick() {
        RankingConfig collaborative = RankingConfig.DEFAULT.collaborativeOnly();
        Recommender r = new Recommender(CATALOG, MODEL, collaborative);
        long[] rated = {PlantedClusters.film(1, 0), PlantedClusters.film(1, 4), PlantedClusters.film(0, 0)};

        Page p = r.recommend(r.member(history(5, rated), null), new Query(5, 0, null));

        var rows = MODEL.index();
        for (Recommendation rec : p.picks()) {
            int pick = rows.get(rec.movie().id());
            long expected = Arrays.stream(rated).boxed().max((a, b) -> Float.compare(
                    MODEL.weight(rows.get(a), pick), MODEL.weight(rows.get(b), pick))).orElseThrow();
            assertThat(rec.because()).isInstanceOfSatisfying(Cause.Liked.class, l -> assertThat(l.film().id()).isEqualTo(expected));
        }
    }

    @Test
    void because_withContentAlone_namesTheRatedFilmThatSharesTheFeatures() {
        Movie alien = film(1, "Horror", "Ridley Scott");
        Movie heat = film(2, "Crime", "Michael Mann");
        Movie prometheus = film(3, "Horror", "Ridley Scott");
        Movie collateral = film(4, "Crime", "Michael Mann");
        CatalogSnapshot catalog = snapshot(List.of(alien, heat, prometheus, collateral), List.of());
        Recommender r = new Recommender(catalog, EaseModel.EMPTY, CONTENT_ONLY);

        Page p = r.recommend(r.member(history(5, 1, 2), null), new Query(2, 0, null));

        assertThat(p.picks()).extracting(x -> x.movie().id() + "<-" + ((Cause.Liked) x.because()).film().id())
                .containsExactlyInAnyOrder("3<-1", "4<-2");
    }

    @Test
    void because_neverNamesAFilmTheMemberRatedLow() {
        Movie alien = film(1, "Horror", "Ridley Scott");
        Movie heat = film(2, "Crime", "Michael Mann");
        Movie prometheus = film(3, "Horror", "Ridley Scott");
        Movie hellraiser = film(4, "Horror", "Clive Barker");
        Movie collateral = film(5, "Crime", "Michael Mann");
        Movie legend = film(6, "Horror", "Ridley Scott");
        CatalogSnapshot catalog = snapshot(List.of(alien, heat, prometheus, hellraiser, collateral, legend), List.of());
        Recommender r = new Recommender(catalog, EaseModel.EMPTY, CONTENT_ONLY);
        MemberHistory h = new MemberHistory(List.of(new MemberHistory.Rated(1, 1, Instant.EPOCH),
                new MemberHistory.Rated(2, 5, Instant.ofEpochSecond(1))), Set.of());

        Page p = r.recommend(r.member(h, null), new Query(4, 0, null));

        // Hellraiser shares less with Alien than the pool does on average, yet Alien lowers its score
        assertThat(p.picks()).hasSize(4).allSatisfy(x -> assertThat(x.because()).isNotEqualTo(new Cause.Liked(alien)));
        assertThat(p.picks().getFirst().movie()).isEqualTo(collateral);
        assertThat(p.picks().getFirst().because()).isEqualTo(new Cause.Liked(heat));
    }

    @Test
    void because_neverSaysLikedOfAFilmTheMemberRatedBelowWhatTheyLike_evenWhenItLiftsThePick() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT.collaborativeOnly());
        long disliked = PlantedClusters.film(0, 0);
        MemberHistory h = new MemberHistory(List.of(new MemberHistory.Rated(disliked, 2, Instant.EPOCH),
                new MemberHistory.Rated(PlantedClusters.film(1, 0), 5, Instant.ofEpochSecond(1)),
                new MemberHistory.Rated(PlantedClusters.film(1, 1), 4.5, Instant.ofEpochSecond(2))), Set.of());

        Page p = r.recommend(r.member(h, null), new Query(10, 0, null));

        // the model alone weighs every rating alike, so the 2-star film lifts the films of its cluster
        assertThat(p.picks()).anySatisfy(x -> assertThat(PlantedClusters.clusterOf(x.movie().id())).isZero());
        Movie film = CATALOG.movie(CATALOG.indexOf(disliked));
        assertThat(p.picks()).allSatisfy(x -> assertThat(x.because()).isNotEqualTo(new Cause.Liked(film)));
    }

    @Test
    void because_ofAHarshRater_neverSaysLikedOfAFilmRatedBelowThreeStars_althoughItIsAboveTheirMean() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT.collaborativeOnly());
        long manhattan = PlantedClusters.film(0, 0);
        MemberHistory h = new MemberHistory(List.of(new MemberHistory.Rated(manhattan, 1, Instant.EPOCH),
                new MemberHistory.Rated(PlantedClusters.film(1, 0), 0.5, Instant.ofEpochSecond(1))), Set.of());

        Page p = r.recommend(r.member(h, null), new Query(10, 0, null));

        Movie film = CATALOG.movie(CATALOG.indexOf(manhattan));
        assertThat(p.picks()).isNotEmpty().allSatisfy(x -> assertThat(x.because()).isNotEqualTo(new Cause.Liked(film)));
    }

    @Test
    void recommend_inAServerThatHasJustStarted_followsTheMembersFirstRating_overFilmsOthersRatedOnce_andALowRatedFilmIsNotPopular() {
        Movie toyStory = film(1, "Animation", "John Lasseter");
        Movie toyStory2 = film(2, "Animation", "John Lasseter");
        Movie goodfellas = film(3, "Crime", "Martin Scorsese");
        Movie woolf = film(4, "Drama", "Mike Nichols");
        List<Observation> others = List.of(new Observation(11, 3, 5, 1), new Observation(12, 4, 1, 1), new Observation(13, 4, 1, 1),
                new Observation(14, 4, 0.5, 1));
        Recommender r = new Recommender(snapshot(List.of(toyStory, toyStory2, goodfellas, woolf), others), EaseModel.EMPTY, RankingConfig.DEFAULT);

        Page p = page(r, history(5, 1), 3);

        assertThat(p.picks().getFirst().movie()).as("%s", p.picks()).isEqualTo(toyStory2);
        assertThat(p.picks()).filteredOn(x -> x.movie().equals(woolf)).allSatisfy(x -> assertThat(x.because() instanceof Cause.Popular).isFalse());
        Page newcomer = page(r, MemberHistory.EMPTY, 3);
        assertThat(newcomer.picks()).filteredOn(x -> x.movie().equals(woolf)).allSatisfy(x -> assertThat(x.because()).isNull());
        assertThat(newcomer.picks()).filteredOn(x -> x.movie().equals(goodfellas)).allSatisfy(x -> assertThat(x.because()).isInstanceOf(Cause.Popular.class));
    }

    @Test
    void because_whenTheMemberHasNoRatings_isThePopularityOfTheCommunity() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);

        Page p = page(r, MemberHistory.EMPTY, 5);

        assertThat(p.picks()).hasSize(5).allSatisfy(x -> assertThat(x.because()).isInstanceOf(Cause.Popular.class));
    }

    @Test
    void because_ofAFilmNobodyHasRated_forAMemberWhoToldUsNothing_isNone_notPopular() {
        List<Observation> onlyTheFirstCluster = RATINGS.stream().filter(o -> PlantedClusters.clusterOf(o.movieId()) == 0).toList();
        Recommender r = new Recommender(snapshot(PlantedClusters.movies(), onlyTheFirstCluster), EaseModel.EMPTY, RankingConfig.DEFAULT);

        Page p = page(r, MemberHistory.EMPTY, PlantedClusters.CLUSTERS * PlantedClusters.FILMS_PER_CLUSTER);

        assertThat(p.picks()).filteredOn(x -> PlantedClusters.clusterOf(x.movie().id()) == 0).isNotEmpty()
                .allSatisfy(x -> assertThat(x.because()).isInstanceOf(Cause.Popular.class));
        assertThat(p.picks()).filteredOn(x -> PlantedClusters.clusterOf(x.movie().id()) != 0).isNotEmpty()
                .allSatisfy(x -> assertThat(x.because()).isNull());
    }

    @Test
    void because_whenThreeStrongRatingsShareAGenre_neverNamesAnotherTasteOrGenre() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);
        long[] horror = {PlantedClusters.film(0, 0), PlantedClusters.film(0, 1), PlantedClusters.film(0, 2)};

        Page p = page(r, history(5, horror), 5);

        assertThat(p.picks()).allSatisfy(x -> assertThat(x.because()).satisfiesAnyOf(
                c -> assertThat(c).isEqualTo(new Cause.Genre(PlantedClusters.GENRES.get(0))),
                c -> assertThat(c).isInstanceOf(Cause.Popular.class),
                c -> assertThat(c).isInstanceOfSatisfying(Cause.Liked.class,
                        l -> assertThat(PlantedClusters.clusterOf(l.film().id())).isZero())));
    }

    @Test
    void recommend_whenAMemberHasTwoTastes_theSmallerOneIsStillInTheFirstPlaces_onEveryPage() {
        List<Movie> films = new ArrayList<>();
        List<Observation> community = new ArrayList<>();
        for (long id = 1; id <= 40; id++) { // 30 popular Sci-Fi films, 10 little-known Animation films
            films.add(film(id, id <= 30 ? "Sci-Fi" : "Animation", "Director " + id));
            for (long member = 1; member <= (id <= 30 ? 50 - id : 3); member++) {
                community.add(new Observation(member, id, 4, member));
            }
        }
        CatalogSnapshot catalog = snapshot(films, community);
        Recommender r = new Recommender(catalog, EaseModel.EMPTY, RankingConfig.DEFAULT);
        MemberHistory h = history(5, 1, 2, 3, 4, 5, 31, 32); // five Sci-Fi films and two Animation films, all 5 stars
        Member m = r.member(h, null);

        List<Long> firstTen = r.recommend(m, new Query(10, 0, null)).picks().stream().map(x -> x.movie().id()).toList();
        List<Long> twoPages = new ArrayList<>(r.recommend(m, new Query(5, 0, null)).picks().stream().map(x -> x.movie().id()).toList());
        twoPages.addAll(r.recommend(m, new Query(5, 5, null)).picks().stream().map(x -> x.movie().id()).toList());

        assertThat(firstTen.subList(0, Calibration.FIRST_PLACE + 1)).anyMatch(id -> id > 30);
        assertThat(twoPages).isEqualTo(firstTen);
    }

    private static Movie film(long id, String genre, String director) {
        return new Movie(id, "Film " + id, 1990, List.of(genre), List.of(director), List.of(), List.of(), null, null, id);
    }

    @Test
    void everySignal_addsToTheWholeCatalogWhatItGivesFilmByFilm() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);
        Member m = r.member(history(5, PlantedClusters.film(0, 0), PlantedClusters.film(0, 1), PlantedClusters.film(2, 4)), null);
        List<Recommender.Weighted> signals = r.signals(m);

        assertThat(signals).extracting(w -> w.signal().kind()).containsOnly(Signal.Kind.values()).hasSize(7);
        for (Recommender.Weighted w : signals) {
            double[] whole = new double[CATALOG.size()];
            Arrays.fill(whole, 1);
            w.signal().addTo(whole, 2);
            for (int i = 0; i < whole.length; i++) {
                assertThat(whole[i]).as("%s, film %d", w.signal().kind(), i).isEqualTo(1 + 2 * w.signal().at(i));
            }
        }
    }

    private static double weightOf(List<Recommender.Weighted> signals, Signal.Kind kind) {
        return signals.stream().filter(w -> w.signal().kind() == kind).findFirst().orElseThrow().weight();
    }

    @Test
    void genreMix_tiltsHalfAsMuchAfterOneRating_andFullyFromTwo() {
        Recommender r = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT);
        List<Recommender.Weighted> one = r.signals(r.member(history(5, PlantedClusters.film(0, 0)), null));
        List<Recommender.Weighted> two = r.signals(r.member(history(5, PlantedClusters.film(0, 0), PlantedClusters.film(0, 1)), null));

        double lift = RankingConfig.DEFAULT.genreLift();
        assertThat(weightOf(one, Signal.Kind.YOUR_GENRES) / weightOf(one, Signal.Kind.POPULAR)).isCloseTo(lift / 2, within(1e-9));
        assertThat(weightOf(two, Signal.Kind.YOUR_GENRES) / weightOf(two, Signal.Kind.POPULAR)).isCloseTo(lift, within(1e-9));
    }

    @Test
    void communityFavourites_carryTheFirstRatingsOnly_whileTheGenreTiltKeepsFollowingTheMember() {
        RankingConfig c = RankingConfig.DEFAULT;
        double until = c.coldUntil();
        double[] ns = {1, 5, until, 1.5 * until, 3 * until, 100};
        for (double n : ns) {
            int k = (int) n;
            double community = c.popularity() + c.coldPopularity() / Math.pow(k, c.coldExponent());
            assertThat(c.genreWeight(k)).isCloseTo(c.genreLift() * Math.min(1, k / RankingConfig.GENRE_FULL_FROM) * community, within(1e-9));
            if (k <= until) {
                assertThat(c.popularityWeight(k)).isCloseTo(community, within(1e-9));
            } else {
                assertThat(c.popularityWeight(k)).isLessThan(c.popularity() + 0.05 * (community - c.popularity()))
                        .isGreaterThanOrEqualTo(c.popularity());
            }
        }
        assertThat(c.popularityWeight((int) until + 1)).isLessThan(c.popularityWeight((int) until));
    }

    @Test
    void aFilmTheCommunityRatesLately_comesForwardForANewMemberOfABusyServer_andWeighsNothingOnceTheyHaveRatedMany() {
        long lately = PlantedClusters.film(1, 11);
        long ofOld = PlantedClusters.film(1, 10);
        long now = 2000L * 86400;
        List<Observation> all = new ArrayList<>(RATINGS); // days 1 to about 550: long before "now"
        for (long u = 100; u < 210; u++) {
            all.add(new Observation(u, ofOld, 4, (u - 99) * 86400)); // a little more rated of all time, but years ago
            if (u < 200) {
                all.add(new Observation(u, lately, 4, now - (u - 99) * 3600));
            }
            for (int k = 0; k < PlantedClusters.FILMS_PER_CLUSTER; k++) { // a busy server: thousands of ratings lately
                all.add(new Observation(1000 + u, PlantedClusters.film(0, k), 3, now - (u - 99) * 3600));
            }
        }
        CatalogSnapshot withTimes = withTimes(all);
        MemberHistory newcomer = new MemberHistory(List.of(new MemberHistory.Rated(PlantedClusters.film(2, 0), 5, Instant.ofEpochSecond(now))), Set.of());

        int all36 = PlantedClusters.CLUSTERS * PlantedClusters.FILMS_PER_CLUSTER;
        Page trending = page(new Recommender(withTimes, MODEL, RankingConfig.DEFAULT), newcomer, all36);
        List<Long> withTrend = ids(trending);
        List<Long> without = ids(page(new Recommender(withTimes, MODEL, RankingConfig.DEFAULT.with(RankingConfig.Param.TREND, 0)), newcomer, all36));

        assertThat(rank(without, ofOld)).isLessThan(rank(without, lately));
        assertThat(rank(withTrend, lately)).isLessThan(rank(withTrend, ofOld));
        Recommender r = new Recommender(withTimes, MODEL, RankingConfig.DEFAULT);
        long[] many = new long[20];
        for (int k = 0; k < many.length; k++) {
            many[k] = PlantedClusters.film(k % 2 == 0 ? 2 : 0, k / 2);
        }
        double popular = r.signals(r.member(history(5, many), null)).stream().filter(w -> w.signal().kind() == Signal.Kind.POPULAR)
                .mapToDouble(Recommender.Weighted::weight).sum();
        assertThat(popular).isCloseTo(RankingConfig.communityTrust(withTimes.totalRatings()) * RankingConfig.DEFAULT.popularityWeight(20), within(1e-3));
    }

    /** The planted catalog with the counts of {@code all} and every rating's time, as {@code eval} replays them. */
    private static CatalogSnapshot withTimes(List<Observation> all) {
        List<Movie> movies = PlantedClusters.movies();
        long[][] times = new long[movies.size()][];
        for (int i = 0; i < times.length; i++) {
            long id = movies.get(i).id();
            times[i] = all.stream().filter(o -> o.movieId() == id).mapToLong(Observation::time).toArray();
        }
        CatalogSnapshot counted = snapshot(movies, all);
        return new CatalogSnapshot(movies, movies.stream().map(ItemVectorizer::vectorize).toList(), counted.ratingCounts(),
                movies.stream().mapToDouble(m -> counted.ratingSum(counted.indexOf(m.id()))).toArray(), RecentRatings.replay(times), Instant.EPOCH);
    }

    @Test
    void aNewReleaseTheServerIsWatching_isExplainedAsPopularLately_andAnOldFavouriteAsPopular() {
        long release = PlantedClusters.film(1, 11);
        long now = 2000L * 86400;
        List<Observation> all = new ArrayList<>(RATINGS);
        for (long u = 100; u < 1100; u++) {
            for (int k = 0; k < PlantedClusters.FILMS_PER_CLUSTER; k++) { // the favourites of all time, rated years ago
                all.add(new Observation(u, PlantedClusters.film(0, k), 4, u * 60));
            }
            if (u < 300) {
                all.add(new Observation(u, release, 4, now - u * 60)); // this year's film, rated by many lately
            }
            if (u < 200) {
                for (int k = 0; k < PlantedClusters.FILMS_PER_CLUSTER; k++) {
                    all.add(new Observation(u, PlantedClusters.film(2, k), 4, now - u * 60));
                }
            }
        }
        Recommender r = new Recommender(withTimes(all), MODEL, RankingConfig.DEFAULT);
        MemberHistory newcomer = new MemberHistory(List.of(new MemberHistory.Rated(PlantedClusters.film(2, 0), 5, Instant.ofEpochSecond(now))), Set.of());

        Page p = page(r, newcomer, PlantedClusters.CLUSTERS * PlantedClusters.FILMS_PER_CLUSTER);
        Map<Long, Cause> because = new HashMap<>();
        p.picks().forEach(x -> because.put(x.movie().id(), x.because()));

        assertThat(because.get(release)).isInstanceOf(Cause.Lately.class);
        assertThat(because.get(PlantedClusters.film(0, 3))).isInstanceOf(Cause.Popular.class);
        // films of the newcomer's taste are rated lately too, but what they told us comes first
        assertThat(because.get(PlantedClusters.film(2, 5))).isInstanceOfAny(Cause.Liked.class, Cause.Genre.class);
    }

    /** The film's place in the list; past the end when it is not in it. */
    private static int rank(List<Long> list, long film) {
        return list.contains(film) ? list.indexOf(film) : list.size();
    }

    private static List<Long> ids(Page p) {
        return p.picks().stream().map(x -> x.movie().id()).toList();
    }
}
