package app.cinesync.eval;

import java.util.List;

/** Train and test rows of one split. */
public record Split(List<Interaction> train, List<Interaction> test) {
    public Split {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }
}
