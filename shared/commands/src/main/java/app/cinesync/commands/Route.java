package app.cinesync.commands;

/** Which command function does the work behind a deferred reply: RateFunction, RecommendFunction or StatsFunction. */
public enum Route {
    RATE, RECOMMEND, STATS
}
