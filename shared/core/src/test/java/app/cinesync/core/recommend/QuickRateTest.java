package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the onboarding set asks, on a community whose films differ in one way at a time. */
class QuickRateTest {
    private static final long DISLIKED = 1;
    private static final long LIKED = 2;
    private static final long OBSCURE = 3;
    private static final long UNANIMOUS = 4;
    private static final List<Observation> RATINGS = ratings();
    private static final CatalogSnapshot CATALOG = RecommenderTest.snapshot(movies(), RATINGS);
    private static final EaseModel MODEL = EaseTrainer.train(RATINGS, new EaseConfig(10, 0, 1));
    private static final QuickRate QUICK_RATE = new QuickRate(new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT));

    private static List<Movie> movies() {
        List<Movie> out = new ArrayList<>();
        for (long id = 1; id <= 4; id++) {
            out.add(new Movie(id, "Film " + id, 2000, List.of("Drama"), null, null, null, null, null, id));
        }
        return out;
    }

    /**
     * 20 members rate the disliked film 1 or 2 stars and the liked one 4 or 5 (equally many, equally
     * divided), and the unanimous one 3 stars each; 4 of them rate the obscure film 4 or 5.
     */
    private static List<Observation> ratings() {
        List<Observation> out = new ArrayList<>();
        for (long u = 1; u <= 20; u++) {
            out.add(new Observation(u, DISLIKED, 1 + u % 2, u));
            out.add(new Observation(u, LIKED, 4 + u % 2, u));
            out.add(new Observation(u, UNANIMOUS, 3, u));
            if (u <= 4) {
                out.add(new Observation(u, OBSCURE, 4 + u % 2, u));
            }
        }
        return out;
    }

    private static double ask(Member member, long film) {
        return QUICK_RATE.ask(member)[CATALOG.indexOf(film)];
    }

    private static Member newMember() {
        return new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT).member(new MemberHistory(List.of(), Set.of()), null);
    }

    @Test
    void ask_prefersAWellLikedFilmToAnEquallySeenEquallyDivisiveOneRatedLow() {
        assertThat(ask(newMember(), LIKED)).isGreaterThan(ask(newMember(), DISLIKED));
    }

    @Test
    void next_leadsWithTheWellLikedFilm_andAsksTheOneEveryoneRatesAlikeLast() {
        List<Movie> first = QUICK_RATE.next(newMember(), Set.of(), 4);

        assertThat(first.getFirst().id()).isEqualTo(LIKED);
        assertThat(first.getLast().id()).isEqualTo(UNANIMOUS);
    }

    @Test
    void next_neverOffersARatedOrSkippedFilmAgain() {
        Member rated = new Recommender(CATALOG, MODEL, RankingConfig.DEFAULT)
                .member(new MemberHistory(List.of(new MemberHistory.Rated(LIKED, 5, Instant.EPOCH)), Set.of()), null);

        List<Movie> next = QUICK_RATE.next(rated, Set.of(OBSCURE), 4);

        assertThat(next).extracting(Movie::id).doesNotContain(LIKED, OBSCURE);
    }
}
