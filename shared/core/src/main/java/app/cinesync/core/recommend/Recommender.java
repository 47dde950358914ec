package app.cinesync.core.recommend;

import app.cinesync.core.model.EaseModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one ranking pipeline (LensKit's {@code TopNItemRecommender} over an ensemble of scorers):
 * every film of the catalog gets {@code sum_s w_s(n) signal_s(i)} ({@link RankingConfig}); the
 * recommender owns the exclusions (rated, "Not for me"), the genre filter, paging and the
 * explanation of each pick. Before any training it is the same pipeline over an empty model.
 * Built once per (model, catalog snapshot) and shared by requests: thread-safe.
 */
public final class Recommender {
    private final CatalogSnapshot catalog;
    private final EaseModel model;
    private final RankingConfig config;
    private final Scorer collaborative;
    private final Scorer content = new ContentScorer();
    private final Scorer popularity;
    private final Scorer trend;
    private final Scorer genres;
    private final Scorer decades;
    private final Scorer directors;

    public Recommender(CatalogSnapshot catalog, EaseModel model, RankingConfig config) {
        this.catalog = catalog;
        this.model = model;
        this.config = config;
        Map<Long, Integer> rows = model.index();
        int[] toModel = new int[catalog.size()];
        for (int i = 0; i < toModel.length; i++) {
            toModel[i] = rows.getOrDefault(catalog.movie(i).id(), -1);
        }
        this.collaborative = new CollaborativeScorer(model, toModel, config.ratingSlope());
        this.popularity = new PopularityScorer(catalog);
        this.trend = new TrendScorer(catalog);
        this.genres = LabelScorer.genres(catalog, config.genrePrior(), config.genreEvidenceFrom());
        this.decades = LabelScorer.decades(catalog, config.genrePrior(), config.genreEvidenceFrom());
        this.directors = LabelScorer.directors(catalog, config.genrePrior(), config.genreEvidenceFrom());
    }

    public CatalogSnapshot catalog() {
        return catalog;
    }

    public EaseModel model() {
        return model;
    }

    public RankingConfig config() {
        return config;
    }

    /** @param storedEmbedding the member's stored content embedding, or null to derive it from the history */
    public Member member(MemberHistory history, float[] storedEmbedding) {
        return new Member(catalog, history, storedEmbedding);
    }

    /** The member's signals with their weights. */
    List<Weighted> signals(Member m) {
        double r = RankingConfig.communityTrust(catalog.totalRatings());
        List<Weighted> out = new ArrayList<>(7);
        if (model.size() > 0) {
            out.add(new Weighted(collaborative.score(m), 1));
        }
        if (config.content() > 0) {
            out.add(new Weighted(content.score(m), config.contentWeight(m.ratingCount())));
        }
        out.add(new Weighted(popularity.score(m), r * config.popularityWeight(m.ratingCount())));
        if (config.trend() > 0) {
            out.add(new Weighted(trend.score(m), r * config.trend() * config.coldPopularityWeight(m.ratingCount())));
        }
        if (config.genreLift() > 0) {
            out.add(new Weighted(genres.score(m), r * config.genreWeight(m.ratingCount())));
        }
        if (config.decadeLift() > 0) {
            out.add(new Weighted(decades.score(m), r * config.decadeWeight(m.ratingCount())));
        }
        if (config.directorLift() > 0) {
            out.add(new Weighted(directors.score(m), r * config.directorWeight(m.ratingCount())));
        }
        return out;
    }

    /** A signal and its weight for this member. */
    record Weighted(Signal signal, double weight) {
    }

    /** Every film's score for the member; rated and dismissed films get {@code -infinity}. */
    public double[] scores(Member m) {
        return scores(m, signals(m), null);
    }

    private double[] scores(Member m, List<Weighted> signals, String genre) {
        double[] out = new double[catalog.size()];
        for (Weighted w : signals) {
            w.signal().addTo(out, w.weight());
        }
        for (int i = 0; i < out.length; i++) {
            if (m.excluded(i) || (genre != null && !catalog.movie(i).genres().contains(genre))) {
                out[i] = Double.NEGATIVE_INFINITY;
            }
        }
        return out;
    }

    /** The member's best {@code k} films (catalog indices, best first), calibrated to their tastes. */
    public int[] top(Member m, int k) {
        return Calibration.prefix(ranked(m, scores(m, signals(m), null), k, null), k);
    }

    /** Every candidate worth ranking, best first, the first {@code k} calibrated (not within a single genre). */
    private int[] ranked(Member m, double[] scores, int k, String genre) {
        int[] top = TopK.of(scores, Math.max(k, Math.max(Explainer.POOL, Calibration.CANDIDATES)));
        if (genre != null) {
            return top; // a page of one genre: nothing to balance
        }
        int[] tastes = Calibration.tastes(m, catalog.genres(), config.genreEvidenceFrom(), config.calibration());
        return Calibration.apply(top, tastes, catalog.genres());
    }

    /** One page of picks for the member, each explained, and whether another page follows. */
    public Page recommend(Member m, Query q) {
        List<Weighted> signals = signals(m);
        double[] scores = scores(m, signals, q.genre());
        // one film more than the page needs says whether a next page exists; the ranking's order
        // does not depend on how far it goes, so the page is the same as without it
        int[] top = ranked(m, scores, q.offset() + q.count() + 1, q.genre());
        int end = Math.min(top.length, q.offset() + q.count());
        Explainer explainer = new Explainer(signals, top, m);
        List<Recommendation> picks = new ArrayList<>();
        for (int k = q.offset(); k < end; k++) {
            int i = top[k];
            picks.add(new Recommendation(catalog.movie(i), scores[i], explainer.because(i)));
        }
        return new Page(picks, top.length > end);
    }
}
