package app.cinesync.core.recommend;

import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.FloatCodec;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link CatalogReader} on PostgreSQL: a {@link CatalogSnapshot} in one query, with how often each
 * film was rated in the last {@link RecentRatings#WINDOW}.
 */
public final class JdbcCatalogReader implements CatalogReader {
    private final Database db;
    private final Clock clock;

    public JdbcCatalogReader(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean anyRatings() {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT EXISTS (SELECT 1 FROM ratings)")) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    @Override
    public CatalogSnapshot load() {
        Instant now = clock.instant();
        return db.inTransaction(c -> { // a transaction, so that the fetch size streams instead of buffering everything
            List<Movie> movies = new ArrayList<>();
            List<SparseVector> vectors = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            List<Double> sums = new ArrayList<>();
            List<Integer> recent = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT m.movie_id, m.title, m.year, m.genres, m.directors, m.cast_members, m.tags, m.imdb_id, m.tmdb_id,
                           m.movielens_id, m.rating_count, m.rating_sum, v.vector, v.feature_version, coalesce(r.recent, 0) AS recent
                    FROM movies m LEFT JOIN item_vectors v USING (movie_id)
                    LEFT JOIN (SELECT movie_id, count(*) AS recent FROM ratings WHERE rated_at > ? AND rated_at <= ? GROUP BY movie_id) r
                        USING (movie_id)
                    ORDER BY m.movie_id""")) {
                st.setTimestamp(1, Timestamp.from(now.minus(RecentRatings.WINDOW)));
                st.setTimestamp(2, Timestamp.from(now));
                st.setFetchSize(2000);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Movie m = JdbcMovieRepository.read(rs);
                        movies.add(m);
                        byte[] bytes = rs.getBytes("vector");
                        boolean current = bytes != null && rs.getShort("feature_version") == ItemVectorizer.FEATURE_VERSION;
                        vectors.add(current ? SparseVector.of(FloatCodec.decode(bytes)) : ItemVectorizer.vectorize(m));
                        counts.add(rs.getInt("rating_count"));
                        sums.add(rs.getDouble("rating_sum"));
                        recent.add(rs.getInt("recent"));
                    }
                }
            }
            return new CatalogSnapshot(movies, vectors, counts.stream().mapToInt(Integer::intValue).toArray(),
                    sums.stream().mapToDouble(Double::doubleValue).toArray(),
                    RecentRatings.asRead(recent.stream().mapToInt(Integer::intValue).toArray()), now);
        });
    }
}
