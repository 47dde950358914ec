package app.cinesync.core.embedding;

/** Dense float vector helpers, each loop written once. */
public final class Vectors {
    private Vectors() {
    }

    public static float dot(float[] a, float[] b) {
        float s = 0f;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public static float norm(float[] a) {
        return (float) Math.sqrt(dot(a, a));
    }

    /** Scales {@code a} to length 1 in place; the zero vector stays zero. */
    public static void normalize(float[] a) {
        float n = norm(a);
        if (n > 0f) {
            for (int i = 0; i < a.length; i++) {
                a[i] /= n;
            }
        }
    }
}
