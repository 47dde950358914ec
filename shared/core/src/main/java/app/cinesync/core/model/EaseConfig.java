package app.cinesync.core.model;

/**
 * Hyper-parameters of the collaborative base model (see {@link EaseTrainer}).
 *
 * @param lambda     L2 weight {@code lambda} added to every diagonal entry of the Gram matrix
 * @param dropout    the EDLAE term {@code delta}: each diagonal entry {@code G_jj} also gets
 *                   {@code delta * G_jj} (Steck 2020, "Autoencoders that don't overfit towards the
 *                   identity": emphasised denoising with dropout {@code p} is {@code delta = p / (1 - p)});
 *                   0 gives plain EASE
 * @param minRatings films with fewer train ratings than this are left out of the model (their
 *                   collaborative score is 0; content and popularity still rank them)
 */
public record EaseConfig(double lambda, double dropout, int minRatings) {
    /** Chosen on a validation split carved out of train; see docs/QUALITY.md. */
    public static final EaseConfig DEFAULT = new EaseConfig(400, 0, 5);

    public EaseConfig {
        if (!(lambda > 0) || dropout < 0 || minRatings < 1) {
            throw new IllegalArgumentException("lambda must be > 0, dropout >= 0, minRatings >= 1");
        }
    }
}
