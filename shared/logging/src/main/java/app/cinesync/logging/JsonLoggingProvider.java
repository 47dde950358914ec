package app.cinesync.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/** Found by SLF4J through {@code META-INF/services}. */
public final class JsonLoggingProvider implements SLF4JServiceProvider {
    private ILoggerFactory loggers;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        markers = new BasicMarkerFactory();
        mdc = new BasicMDCAdapter();
        Level threshold = level(System.getenv("AWS_LAMBDA_LOG_LEVEL"), level(System.getenv("LOG_LEVEL"), Level.INFO));
        loggers = name -> new JsonLogger(name, threshold, System.out, mdc);
    }

    static Level level(String name, Level fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        try {
            return Level.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT).replace("FATAL", "ERROR"));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
