package app.cinesync.cli;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.eval.EvalReport;
import app.cinesync.core.eval.Interaction;
import app.cinesync.core.eval.MovieLensReader;
import app.cinesync.core.eval.Protocol;
import app.cinesync.core.eval.Split;
import app.cinesync.core.eval.Splitter;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.HybridParams;
import app.cinesync.core.model.MemberWeights;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval}: offline evaluation on MovieLens-format files, purely in memory (no database).
 * Every path is an explicit option; see docs/QUALITY.md for the commands behind its tables.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Replay train ratings in timestamp order through the engine, rank every unrated film for each test user,",
                "and print P@10, R@10, NDCG@10, HR@10, coverage, costs and the cold-start curve for MostPop, the seed engine,",
                "the collaborative model and the hybrid."})
public final class EvalCommand implements Callable<Integer> {
    /** Either a ready split or one ratings file to split. */
    static final class Input {
        @ArgGroup(exclusive = false)
        Ready ready;
        @ArgGroup(exclusive = false)
        ToSplit toSplit;
    }

    static final class Ready {
        @Option(names = "--train", required = true, paramLabel = "CSV", description = "Train ratings userId,movieId,rating,timestamp.")
        Path train;
        @Option(names = "--test", required = true, paramLabel = "CSV", description = "Test ratings, same columns.")
        Path test;
    }

    static final class ToSplit {
        @Option(names = "--ratings", required = true, paramLabel = "CSV", description = "All ratings; split 80/20 per user by --protocol.")
        Path ratings;
        @Option(names = "--write-split", paramLabel = "DIR", description = "Also write <protocol>-train.csv and <protocol>-test.csv here.")
        Path writeSplit;
        @Option(names = "--seed", description = "Seed of the random split (default: 42).")
        long seed = 42;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--movies", required = true, paramLabel = "CSV", description = "movieId,title,genres.")
    Path movies;
    @Option(names = "--tags", paramLabel = "CSV", description = "userId,movieId,tag,timestamp (content features).")
    Path tags;
    @Option(names = "--links", paramLabel = "CSV", description = "movieId,imdbId,tmdbId.")
    Path links;
    @Option(names = "--directors", paramLabel = "DAT", description = "HetRec movie_directors.dat (tab-separated).")
    Path directors;
    @Option(names = "--cast", paramLabel = "DAT", description = "HetRec movie_actors.dat (tab-separated, billing order).")
    Path cast;
    @Option(names = "--protocol", required = true, description = "random (every test rating relevant) or temporal (rating >= 4 relevant).")
    Protocol protocol;
    @Option(names = "--out", required = true, paramLabel = "CSV", description = "Where to write the hybrid's top-10 (userId,rank,movieId,score).")
    Path out;
    @Option(names = "--tune", description = "Choose the hyper-parameters on a validation split of train first (the test rows are never used).")
    boolean tune;
    @Option(names = "--fit-members", description = "Rank with per-member fitted blends instead of the global blend.")
    boolean fitMembers;
    @Option(names = "--lambda", description = "EASE L2 weight (default: ${DEFAULT-VALUE}).")
    double lambda = EaseConfig.DEFAULT.lambda();
    @Option(names = "--dropout", description = "EDLAE diagonal emphasis (default: ${DEFAULT-VALUE}).")
    double dropout = EaseConfig.DEFAULT.dropout();
    @Option(names = "--min-ratings", description = "Films with fewer train ratings stay out of the model (default: ${DEFAULT-VALUE}).")
    int minRatings = EaseConfig.DEFAULT.minRatings();
    @Option(names = "--decay", description = "Recency factor per rating (default: ${DEFAULT-VALUE}).")
    double decay = HybridParams.DEFAULT.decay();
    @Option(names = "--rating-slope", description = "Rating weight 1 + slope (stars - 3) (default: ${DEFAULT-VALUE}).")
    double slope = HybridParams.DEFAULT.ratingSlope();
    @Option(names = "--w-popularity", description = "Blend weight of popularity (default: ${DEFAULT-VALUE}).")
    double popularity = HybridParams.DEFAULT.weights().popularity();
    @Option(names = "--w-trend", description = "Blend weight of the trend (default: ${DEFAULT-VALUE}).")
    double trend = HybridParams.DEFAULT.weights().trend();
    @Option(names = "--w-content", description = "Blend weight of content similarity (default: ${DEFAULT-VALUE}).")
    double content = HybridParams.DEFAULT.weights().content();
    @Option(names = "--cold-popularity", split = ",", paramLabel = "W",
            description = "Extra popularity weight of a member with 1,2,3,5,10,20 ratings (6 values; interpolated in ln n, 0 from 40 ratings; default: the production curve).")
    double[] coldPopularity = HybridParams.DEFAULT.coldPopularity();

    @Override
    public Integer call() {
        List<Movie> catalog = MovieLensReader.movies(movies, tags, links, directors, cast);
        List<Interaction> train;
        List<Interaction> test;
        if (input.ready != null) {
            train = MovieLensReader.ratings(input.ready.train);
            test = MovieLensReader.ratings(input.ready.test);
        } else {
            Split split = Splitter.of(protocol, MovieLensReader.ratings(input.toSplit.ratings), 0.2, input.toSplit.seed);
            if (input.toSplit.writeSplit != null) {
                EvalReport.writeSplit(split, input.toSplit.writeSplit, protocol.name().toLowerCase(java.util.Locale.ROOT));
            }
            train = split.train();
            test = split.test();
        }
        HybridParams params = new HybridParams(decay, slope, HybridParams.DEFAULT.trendHalfLife(),
                new MemberWeights(1, popularity, trend, content), coldPopularity);
        EvalReport.run(catalog, train, test, new EvalReport.Options(protocol, tune,
                new EaseConfig(lambda, dropout, minRatings), params, fitMembers, out), System.out);
        return 0;
    }
}
