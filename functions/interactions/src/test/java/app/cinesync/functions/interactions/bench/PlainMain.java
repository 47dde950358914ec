package app.cinesync.functions.interactions.bench;

/** The baseline: a JVM that starts, prints one line and exits. */
public final class PlainMain {
    private PlainMain() {
    }

    public static void main(String[] args) {
        System.out.println("ready");
    }
}
