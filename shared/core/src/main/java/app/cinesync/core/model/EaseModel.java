package app.cinesync.core.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The trained collaborative model: an item-item weight matrix {@code B} over {@code n} films,
 * row-major in float32, {@code B[j][i] = weights[j * n + i]}, with {@code B[i][i] = 0}.
 * A member's collaborative score for film {@code i} is {@code s_i = sum_j x_j * B[j][i]} over the
 * films {@code j} they rated, {@code x_j} the weight of that rating ({@link MemberState}), so one
 * new rating adds {@code x_j} times row {@code j}: an {@code O(n)} online update.
 *
 * @param version       0 until stored; then the {@code model_versions.version} it was saved under
 * @param ratingEntropy per row, the entropy (nats) of the film's ratings over the ten half-star values
 *                      at training time: how much a member's rating of it tells (the onboarding set's
 *                      "telling" films are popular and divisive)
 */
public record EaseModel(long version, long[] itemIds, float[] weights, float[] ratingEntropy, EaseConfig config, int trainedOn) {
    public EaseModel {
        if (weights.length != (long) itemIds.length * itemIds.length || ratingEntropy.length != itemIds.length) {
            throw new IllegalArgumentException("weights must be n * n and the entropies n");
        }
    }

    /** No model: what ranks before anything is trained (every collaborative score 0). */
    public static final EaseModel EMPTY = new EaseModel(0, new long[0], new float[0], new float[0], EaseConfig.DEFAULT, 0);

    /** The model as stored, under {@code newVersion}. */
    public EaseModel withVersion(long newVersion) {
        return new EaseModel(newVersion, itemIds, weights, ratingEntropy, config, trainedOn);
    }

    public int size() {
        return itemIds.length;
    }

    /** B[j][i]. */
    public float weight(int j, int i) {
        return weights[j * itemIds.length + i];
    }

    /** {@code scores += scale * B[j][*]}. */
    public void addRow(int j, float scale, float[] scores) {
        int n = itemIds.length;
        int base = j * n;
        for (int i = 0; i < n; i++) {
            scores[i] += scale * weights[base + i];
        }
    }

    /** Row {@code j} as a copy. */
    public float[] row(int j) {
        int n = itemIds.length;
        return Arrays.copyOfRange(weights, j * n, (j + 1) * n);
    }

    /** Film id to row index; build once and keep. */
    public Map<Long, Integer> index() {
        Map<Long, Integer> index = new HashMap<>(itemIds.length * 2);
        for (int i = 0; i < itemIds.length; i++) {
            index.put(itemIds[i], i);
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EaseModel m && m.version == version && Arrays.equals(m.itemIds, itemIds)
                && Arrays.equals(m.weights, weights) && Arrays.equals(m.ratingEntropy, ratingEntropy) && m.config.equals(config)
                && m.trainedOn == trainedOn;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(version) * 31 + Arrays.hashCode(itemIds);
    }

    @Override
    public String toString() {
        return "EaseModel[version=" + version + ", films=" + itemIds.length + ", " + config + ", trainedOn=" + trainedOn + "]";
    }
}
