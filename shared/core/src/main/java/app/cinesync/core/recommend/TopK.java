package app.cinesync.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** The k best indices of a score array, best first; ties go to the lower index; -infinity never. */
public final class TopK {
    private TopK() {
    }

    public static int[] of(double[] scores, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, (a, b) -> {
            int c = Double.compare(scores[a], scores[b]);
            return c != 0 ? c : Integer.compare(b, a);
        });
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (heap.size() < k) {
                heap.add(i);
            } else {
                int worst = heap.peek();
                if (scores[i] > scores[worst]) {
                    heap.poll();
                    heap.add(i);
                }
            }
        }
        List<Integer> out = new ArrayList<>(heap);
        out.sort((a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
