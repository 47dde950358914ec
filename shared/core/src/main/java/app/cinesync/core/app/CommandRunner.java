package app.cinesync.core.app;

import app.cinesync.commands.Route;
import app.cinesync.core.db.DataAccessException;
import app.cinesync.discord.ComponentInteraction;
import app.cinesync.discord.FollowUp;
import app.cinesync.discord.InteractionParser;
import app.cinesync.discord.MalformedInteractionException;
import app.cinesync.discord.MemberInteraction;
import app.cinesync.discord.Message;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Does the work behind a deferred reply and replaces the reply with the result. The one place
 * where failures become what the member reads, in their language: their mistakes as
 * {@link Mistakes} words them, ours as a plain apology; never a stack trace, never an endless "thinking…".
 */
public final class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private final RateCommand rate;
    private final QuickRateCommand quickRate;
    private final RecommendCommand recommend;
    private final StatsCommand stats;
    private final FollowUp followUp;

    public CommandRunner(RateCommand rate, QuickRateCommand quickRate, RecommendCommand recommend, StatsCommand stats,
                         FollowUp followUp) {
        this.rate = rate;
        this.quickRate = quickRate;
        this.recommend = recommend;
        this.stats = stats;
        this.followUp = followUp;
    }

    /** The runner a function needs for one route (the others are never called there). */
    public static CommandRunner of(CineSync app, ProfileQueue queue, FollowUp followUp) {
        return new CommandRunner(app.rateCommand(queue), app.quickRateCommand(queue), app.recommendCommand(), app.statsCommand(),
                followUp);
    }

    /**
     * @return the message the reply was edited to
     * @throws MalformedInteractionException when the payload is not an interaction (no token to answer)
     */
    public Message run(Route route, byte[] interactionJson) {
        MemberInteraction in = InteractionParser.parseMember(interactionJson);
        MDC.put("interactionId", in.id());
        MDC.put("userId", Long.toUnsignedString(in.memberId()));
        try {
            Message reply = reply(route, in);
            followUp.editOriginal(in.applicationId(), in.token(), reply);
            return reply;
        } finally {
            MDC.remove("interactionId");
            MDC.remove("userId");
        }
    }

    private Message reply(Route route, MemberInteraction in) {
        try {
            return switch (route) {
                case RATE -> in instanceof ComponentInteraction pick ? quickRate.handle(pick) : rate.handle(in);
                case RECOMMEND -> recommend.handle(in);
                case STATS -> stats.handle(in);
            };
        } catch (RuntimeException e) {
            Replies replies = Replies.in(in.language());
            Optional<String> mistake = Mistakes.describe(e, replies.texts());
            if (mistake.isPresent()) {
                // the message quotes what the member typed: it is theirs to read, not the log's
                LOG.info("{} refused: {}", route, e.getClass().getSimpleName());
                return replies.problem(mistake.get());
            }
            if (!(e instanceof DataAccessException d && d.unavailable())) { // an outage is reported once by the database's outage log
                LOG.error("{} failed", route, e);
            }
            return failure(route, in);
        }
    }

    private static Message failure(Route route, MemberInteraction in) {
        return Replies.in(in.language()).failure(route == Route.RATE ? "failure.rate" : "failure.other");
    }
}
