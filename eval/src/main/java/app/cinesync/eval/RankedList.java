package app.cinesync.eval;

/** One user's top-k: film ids best first and their scores. */
public record RankedList(long userId, long[] movieIds, double[] scores) {
}
