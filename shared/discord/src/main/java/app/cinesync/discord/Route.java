package app.cinesync.discord;

/** Which command handler does the work behind a deferred reply. */
public enum Route {
    RATE, RECOMMEND, STATS
}
