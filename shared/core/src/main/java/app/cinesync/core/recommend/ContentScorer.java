package app.cinesync.core.recommend;

import app.cinesync.core.embedding.EmbeddingUpdater;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.Vectors;

/**
 * Likeness in content (genres, directors, cast, decade, tags): {@code S_i = cos(e, v_i)}, with
 * {@code e} the member's embedding ({@link EmbeddingUpdater}: every rating, oldest first, moves it)
 * and {@code v_i} the film's content vector; 0 when either is zero. This is what ranks films too
 * rarely rated for the collaborative model, and all films before any model is trained.
 * <p>The embedding is a sum of the rated films' vectors, {@code e = sum_k a_k v_k}, where
 * {@code a_k} accumulates the updates film {@code k} made. Replaying the ratings gives the
 * {@code a_k}, so the part of {@code S_i} owed to rated film {@code k} is
 * {@code S_i * a_k (v_k . v_i) / (e . v_i)}: the parts add up to {@code S_i}.
 */
public final class ContentScorer implements Scorer {
    @Override
    public Signal score(Member m) {
        int n = m.ratingCount();
        float[] replayed = new float[ItemVectorizer.DIMENSION];
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = EmbeddingUpdater.apply(replayed, m.catalog().vector(m.film(k)), m.stars(k));
        }
        float[] e = m.storedEmbedding() != null ? m.storedEmbedding() : replayed;
        return new Likeness(m, e, Vectors.norm(e), replayed, a);
    }

    private static final class Likeness implements Signal {
        private final Member member;
        private final float[] e;
        private final float norm;
        private final float[] replayed;
        private final double[] a;

        Likeness(Member member, float[] e, float norm, float[] replayed, double[] a) {
            this.member = member;
            this.e = e;
            this.norm = norm;
            this.replayed = replayed;
            this.a = a;
        }

        @Override
        public Kind kind() {
            return Kind.SIMILAR_FILMS;
        }

        @Override
        public double at(int film) {
            SparseVector v = member.catalog().vector(film);
            float vn = v.norm();
            return norm == 0 || vn == 0 ? 0 : v.dot(e) / (norm * vn);
        }

        @Override
        public void causes(int film, Cause.Sink sink) {
            SparseVector v = member.catalog().vector(film);
            double whole = v.dot(replayed);
            double value = at(film);
            if (Math.abs(whole) < 1e-9 || value == 0) {
                return;
            }
            for (int k = 0; k < a.length; k++) {
                int rated = member.film(k);
                double part = a[k] * member.catalog().vector(rated).dot(v);
                if (part != 0) {
                    sink.add(new Cause.Liked(member.catalog().movie(rated)), value * part / whole);
                }
            }
        }
    }
}
