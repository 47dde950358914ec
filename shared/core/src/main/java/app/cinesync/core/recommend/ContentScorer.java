package app.cinesync.core.recommend;

import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.TasteVector;
import app.cinesync.core.embedding.Vectors;

/**
 * Likeness in content (genres, directors, cast, decade, tags): {@code S_i = cos(taste, v_i)}, with
 * the member's {@link TasteVector} (as stored by the rating handler, or built from their history)
 * and {@code v_i} the film's content vector; 0 when either is zero. This is what ranks films too
 * rarely rated for the collaborative model, and all films before any model is trained.
 * <p>The taste is a sum of the rated films' vectors, {@code sum_k a_k v_k}, so the part of
 * {@code S_i} owed to rated film {@code k} is {@code a_k (v_k . v_i) / (|taste| |v_i|)}: the parts
 * add up to {@code S_i}. Their mean over a pool of films is
 * {@code a_k (v_k . sum_i v_i / |v_i|) / (|taste| |pool|)}: one sum of the pool's vectors and one dot
 * product per rated film, instead of one per rated film and pool film.
 */
public final class ContentScorer implements Scorer {
    @Override
    public Signal score(Member m) {
        int n = m.ratingCount();
        double mean = TasteVector.mean(m.allStars());
        double[] a = new double[n];
        float[] taste;
        if (m.storedEmbedding() != null && m.storedEmbedding().length == TasteVector.STATE) {
            taste = TasteVector.taste(m.storedEmbedding(), mean);
            for (int k = 0; k < n; k++) {
                a[k] = TasteVector.coefficient(m.stars(k), mean);
            }
        } else {
            taste = new float[ItemVectorizer.DIMENSION];
            for (int k = 0; k < n; k++) {
                a[k] = TasteVector.coefficient(m.stars(k), mean);
                m.catalog().vector(m.film(k)).addTo(taste, (float) a[k]);
            }
        }
        return new Likeness(m, taste, Vectors.norm(taste), a);
    }

    private static final class Likeness implements Signal {
        private final Member member;
        private final float[] taste;
        private final float norm;
        private final double[] a;

        Likeness(Member member, float[] taste, float norm, double[] a) {
            this.member = member;
            this.taste = taste;
            this.norm = norm;
            this.a = a;
        }

        @Override
        public Kind kind() {
            return Kind.SIMILAR_FILMS;
        }

        @Override
        public double at(int film) {
            float vn = member.catalog().norm(film);
            return norm == 0 || vn == 0 ? 0 : member.catalog().vector(film).dot(taste) / (norm * vn);
        }

        @Override
        public void addTo(double[] out, double weight) {
            if (norm == 0) {
                return;
            }
            CatalogSnapshot catalog = member.catalog();
            for (int i = 0; i < out.length; i++) {
                float vn = catalog.norm(i);
                if (vn != 0) {
                    out[i] += weight * (catalog.vector(i).dot(taste) / (norm * vn));
                }
            }
        }

        @Override
        public void causes(int film, Cause.Sink sink) {
            SparseVector v = member.catalog().vector(film);
            float vn = member.catalog().norm(film);
            if (norm == 0 || vn == 0) {
                return;
            }
            float[] dense = v.toDense(); // each rated film's dot with v is then a dozen multiply-adds, no merge
            for (int k = 0; k < a.length; k++) {
                int rated = member.film(k);
                double part = a[k] * member.catalog().vector(rated).dot(dense) / (norm * vn);
                if (part != 0) {
                    sink.liked(k, member.catalog().movie(rated), part);
                }
            }
        }

        @Override
        public void meanCauses(int[] films, int count, Cause.Sink sink) {
            if (norm == 0 || count == 0) {
                return;
            }
            float[] pool = new float[ItemVectorizer.DIMENSION];
            for (int f = 0; f < count; f++) {
                float vn = member.catalog().norm(films[f]);
                if (vn != 0) {
                    member.catalog().vector(films[f]).addTo(pool, 1 / vn);
                }
            }
            for (int k = 0; k < a.length; k++) {
                int rated = member.film(k);
                double part = a[k] * member.catalog().vector(rated).dot(pool) / (norm * (double) count);
                if (part != 0) {
                    sink.liked(k, member.catalog().movie(rated), part);
                }
            }
        }
    }
}
