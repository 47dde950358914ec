package app.cinesync.core.embedding;

/**
 * A vector with few non-zero entries (a film has a dozen content features out of 256
 * dimensions), so that scoring a film against a member is a dozen multiply-adds.
 *
 * @param indices strictly increasing dimension indices
 * @param values  the value at each index
 */
public record SparseVector(int dimension, int[] indices, float[] values) {
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= dimension || (i > 0 && indices[i] <= indices[i - 1])) {
                throw new IllegalArgumentException("indices must be increasing and within the dimension");
            }
        }
    }

    public static SparseVector of(float[] dense) {
        int nnz = 0;
        for (float v : dense) {
            if (v != 0f) {
                nnz++;
            }
        }
        int[] idx = new int[nnz];
        float[] val = new float[nnz];
        for (int i = 0, k = 0; i < dense.length; i++) {
            if (dense[i] != 0f) {
                idx[k] = i;
                val[k++] = dense[i];
            }
        }
        return new SparseVector(dense.length, idx, val);
    }

    /** Dot product with a dense vector of the same dimension. */
    public float dot(float[] dense) {
        float s = 0f;
        for (int k = 0; k < indices.length; k++) {
            s += values[k] * dense[indices[k]];
        }
        return s;
    }

    /** Dot product with another sparse vector (a merge of the two index lists). */
    public float dot(SparseVector other) {
        float s = 0f;
        int a = 0;
        int b = 0;
        while (a < indices.length && b < other.indices.length) {
            int c = Integer.compare(indices[a], other.indices[b]);
            if (c == 0) {
                s += values[a++] * other.values[b++];
            } else if (c < 0) {
                a++;
            } else {
                b++;
            }
        }
        return s;
    }

    /** {@code dense += scale * this}. */
    public void addTo(float[] dense, float scale) {
        for (int k = 0; k < indices.length; k++) {
            dense[indices[k]] += scale * values[k];
        }
    }

    public float[] toDense() {
        float[] d = new float[dimension];
        addTo(d, 1f);
        return d;
    }

    public float norm() {
        float s = 0f;
        for (float v : values) {
            s += v * v;
        }
        return (float) Math.sqrt(s);
    }
}
