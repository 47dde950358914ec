package app.cinesync.logging;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;

/** Writes each event as one JSON line; thread-safe (one {@code println} per event). */
final class JsonLogger extends AbstractLogger {
    private final transient Level threshold;
    private final transient PrintStream out;
    private final transient MDCAdapter mdc;

    JsonLogger(String name, Level threshold, PrintStream out, MDCAdapter mdc) {
        this.name = name;
        this.threshold = threshold;
        this.out = out;
        this.mdc = mdc;
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
        return isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
        return isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
        return isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
        return isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
        return isErrorEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable error) {
        out.println(line(Instant.now(), level, name, MessageFormatter.basicArrayFormat(pattern, args), mdc.getCopyOfContextMap(), error));
    }

    static String line(Instant at, Level level, String logger, String message, Map<String, String> context, Throwable error) {
        StringBuilder sb = new StringBuilder(160).append('{');
        field(sb, "timestamp", at.toString()).append(',');
        field(sb, "level", level.name()).append(',');
        field(sb, "logger", logger).append(',');
        field(sb, "message", message);
        if (context != null) {
            context.forEach((k, v) -> field(sb.append(','), k, v));
        }
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            field(sb.append(','), "error", trace.toString());
        }
        return sb.append('}').toString();
    }

    private static StringBuilder field(StringBuilder sb, String key, String value) {
        quote(sb, key).append(':');
        return value == null ? sb.append("null") : quote(sb, value);
    }

    private static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
