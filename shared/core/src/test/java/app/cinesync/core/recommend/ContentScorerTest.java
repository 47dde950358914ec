package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.PlantedClusters;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ContentScorerTest {
    private static final CatalogSnapshot CATALOG = RecommenderTest.snapshot(PlantedClusters.movies(), PlantedClusters.ratings(7));

    /** The parts by rated place that {@code source} gives a sink. */
    private static double[] liked(int rated, Consumer<Cause.Sink> source) {
        double[] out = new double[rated];
        source.accept(new Cause.Sink() {
            @Override
            public void add(Cause cause, double value) {
                throw new AssertionError("content likeness names rated films by place: " + cause);
            }

            @Override
            public void liked(int k, Movie film, double value) {
                out[k] += value;
            }
        });
        return out;
    }

    @Test
    void meanCauses_equalsTheMeanOfThePoolFilmsParts() {
        // rated 5, 2 and 4 stars: around the member's mean, the 2-star film's parts are negative
        Member m = new Member(CATALOG, new MemberHistory(List.of(
                new MemberHistory.Rated(PlantedClusters.film(0, 0), 5, Instant.EPOCH),
                new MemberHistory.Rated(PlantedClusters.film(1, 3), 2, Instant.EPOCH),
                new MemberHistory.Rated(PlantedClusters.film(0, 5), 4, Instant.EPOCH)), Set.of()), null);
        Signal content = new ContentScorer().score(m);
        int[] pool = {1, 5, 13, 20, 30, 35};

        double[] pooled = liked(3, sink -> content.meanCauses(pool, pool.length, sink));
        double[] filmByFilm = liked(3, sink -> {
            for (int film : pool) {
                content.causes(film, new Cause.Sink() {
                    @Override
                    public void add(Cause cause, double value) {
                        sink.add(cause, value / pool.length);
                    }

                    @Override
                    public void liked(int k, Movie f, double value) {
                        sink.liked(k, f, value / pool.length);
                    }
                });
            }
        });

        assertThat(pooled).containsExactly(filmByFilm, within(1e-6));
        assertThat(Arrays.stream(pooled).min().orElseThrow()).isNegative();
        assertThat(Arrays.stream(pooled).max().orElseThrow()).isPositive();
    }
}
