package app.cinesync.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;

class JsonLoggerTest {
    @Test
    void line_isOneJsonObjectWithTheContextAndEscapedText() {
        String line = JsonLogger.line(Instant.parse("2026-01-01T00:00:00Z"), Level.WARN, "x.Y", "say \"hi\"\nbye",
                Map.of("interactionId", "42"), null);
        assertThat(line).isEqualTo("{\"timestamp\":\"2026-01-01T00:00:00Z\",\"level\":\"WARN\",\"logger\":\"x.Y\","
                + "\"message\":\"say \\\"hi\\\"\\nbye\",\"interactionId\":\"42\"}");
    }

    @Test
    void logger_formatsPlaceholders_respectsTheLevel_andAddsTheStackTrace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BasicMDCAdapter mdc = new BasicMDCAdapter();
        mdc.put("userId", "7");
        JsonLogger log = new JsonLogger("t", Level.INFO, new PrintStream(bytes, true, StandardCharsets.UTF_8), mdc);
        log.debug("hidden {}", 1);
        log.error("failed {}", "rate", new IllegalStateException("boom"));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).contains("\"message\":\"failed rate\"").contains("\"userId\":\"7\"").contains("IllegalStateException: boom");
    }

    @Test
    void level_comesFromLambdasVariable_withInfoAsDefault() {
        assertThat(JsonLoggingProvider.level("debug", Level.INFO)).isEqualTo(Level.DEBUG);
        assertThat(JsonLoggingProvider.level("FATAL", Level.INFO)).isEqualTo(Level.ERROR);
        assertThat(JsonLoggingProvider.level("", Level.INFO)).isEqualTo(Level.INFO);
        assertThat(JsonLoggingProvider.level("loud", Level.WARN)).isEqualTo(Level.WARN);
    }
}
