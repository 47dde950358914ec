package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void databaseUrl_inEitherFormBecomesJdbcWithCredentialsKeptOutOfTheDisplay() {
        DatabaseOptions.Jdbc url = DatabaseOptions.Jdbc.parse("postgresql://cine%40sync:s3cr%3At@db.example:6543/cinesync?sslmode=require");
        assertThat(url.url()).isEqualTo("jdbc:postgresql://db.example:6543/cinesync?sslmode=require");
        assertThat(url.properties().getProperty("user")).isEqualTo("cine@sync");
        assertThat(url.properties().getProperty("password")).isEqualTo("s3cr:t");
        assertThat(url.redacted()).doesNotContain("s3cr");
        DatabaseOptions.Jdbc jdbc = DatabaseOptions.Jdbc.parse("jdbc:postgresql://h/db?user=u&password=pw");
        assertThat(jdbc.url()).isEqualTo("jdbc:postgresql://h/db?user=u&password=pw");
        assertThat(jdbc.redacted()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(DatabaseOptions.Jdbc.parse("postgresql://u@h/db?sslpassword=xyz&PASSWORD=abc").redacted()).doesNotContain("xyz").doesNotContain("abc");
    }

    @Test
    void commandDefinitions_areValidAndWithinDiscordsRules() throws Exception {
        JsonNode commands = new ObjectMapper().readTree(RegisterCommandsCommand.commands());
        List<String> names = new ArrayList<>();
        commands.forEach(c -> {
            names.add(c.path("name").asText());
            assertThat(c.path("description").asText()).hasSizeBetween(1, 100);
            assertThat(c.path("options").size()).isLessThanOrEqualTo(25);
            c.path("options").forEach(o -> assertThat(o.path("choices").size()).isLessThanOrEqualTo(25));
        });
        assertThat(names).containsExactly("rate", "my_recommendations", "my_stats");
        assertThat(commands.get(0).path("options").get(0).path("autocomplete").asBoolean()).isTrue();
    }

    @Test
    void registerCommands_withoutToken_explainsWhatToSet() {
        // The test JVM has no DISCORD_BOT_TOKEN: the command must say so and send nothing.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISCORD_BOT_TOKEN") == null);
        assertThat(Main.run("register-commands", "--api", "http://127.0.0.1:9")).isEqualTo(2);
    }

    @Test
    void registerCommands_putsTheDefinitionsToTheGuildEndpoint() throws Exception {
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> seen = new ArrayList<>();
        stub.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).length());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        stub.start();
        try {
            int code = RegisterCommandsCommand.register("http://127.0.0.1:" + stub.getAddress().getPort(), "123", "456", "tok");
            assertThat(code).isZero();
            assertThat(seen).hasSize(1);
            assertThat(seen.getFirst()).startsWith("PUT /applications/123/guilds/456/commands Bot tok ");
        } finally {
            stub.stop(0);
        }
    }
}
