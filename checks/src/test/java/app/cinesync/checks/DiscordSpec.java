package app.cinesync.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Discord's own OpenAPI 3.1 description of its HTTP API, {@code ../shared/discord-api-spec/openapi.json}
 * beside the project root (or {@code -Ddiscord.api.spec=PATH}), as JSON Schema 2020-12 (OpenAPI
 * 3.1's dialect), with networknt's validator resolving every {@code $ref} into
 * {@code components/schemas}. Never copied into the repository: read at test time, and a missing
 * file fails the checks rather than skipping them.
 *
 * <p>Two readings. What CineSync <em>sends</em> is checked strictly: the spec names every field
 * Discord accepts but never says "no other fields", so each object schema here also gets
 * {@code additionalProperties: false}, and a misspelt or invented field fails. What Discord
 * <em>sends us</em> (the fixtures) is checked as published, since Discord adds fields before
 * the description lists them.
 */
public final class DiscordSpec {
    /** Where the spec is registered: an identifier only, nothing is fetched. */
    static final String SPEC_IRI = "https://cinesync.invalid/discord/openapi.json";
    static final String INTERACTION_IRI = "https://cinesync.invalid/discord/interaction.schema.json";
    static final String CALLBACK = "/paths/~1interactions~1{interaction_id}~1{interaction_token}~1callback/post/requestBody/content/application~1json/schema";
    static final String REPLY_EDIT = "/paths/~1webhooks~1{webhook_id}~1{webhook_token}~1messages~1@original/patch/requestBody/content/application~1json/schema";
    static final String GLOBAL_COMMANDS = "/paths/~1applications~1{application_id}~1commands/put/requestBody/content/application~1json/schema";
    static final String GUILD_COMMANDS = "/paths/~1applications~1{application_id}~1guilds~1{guild_id}~1commands/put/requestBody/content/application~1json/schema";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DiscordSpec strict;
    private static DiscordSpec asPublished;

    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private DiscordSpec(String specText) {
        String interaction = resource("discord/interaction.schema.json");
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(SPEC_IRI, specText, INTERACTION_IRI, interaction)));
    }

    /** For what CineSync sends: no field the spec does not name. */
    public static synchronized DiscordSpec strict() {
        if (strict == null) {
            ObjectNode spec = (ObjectNode) read();
            spec.path("components").path("schemas").forEach(s -> {
                if (s.has("properties") && !s.has("additionalProperties")) {
                    ((ObjectNode) s).put("additionalProperties", false);
                }
            });
            strict = new DiscordSpec(spec.toString());
        }
        return strict;
    }

    /** For what Discord sends: the spec as published. */
    public static synchronized DiscordSpec asPublished() {
        if (asPublished == null) {
            asPublished = new DiscordSpec(read().toString());
        }
        return asPublished;
    }

    /** The schema at a JSON pointer into the spec, e.g. {@code /components/schemas/RichEmbed} or {@link #CALLBACK}. */
    public List<String> errors(String pointer, JsonNode body) {
        return errorsAt(SPEC_IRI, pointer, body);
    }

    /** {@code components/schemas/<name>}. */
    public List<String> errorsAgainst(String componentName, JsonNode body) {
        return errors("/components/schemas/" + componentName, body);
    }

    /** An incoming interaction, against {@code discord/interaction.schema.json} (built from the spec's parts). */
    public List<String> interactionErrors(JsonNode interaction) {
        return errorsAt(INTERACTION_IRI, "", interaction);
    }

    private List<String> errorsAt(String iri, String pointer, JsonNode body) {
        Schema schema = schemas.computeIfAbsent(iri + pointer, k ->
                registry.getSchema(SchemaLocation.of(iri + "#" + pointer.replace("{", "%7B").replace("}", "%7D"))));
        return schema.validate(body).stream().map(Error::toString).toList();
    }

    /** The spec file; its absence is a failure, never a skip (CI has the same layout as a checkout). */
    static Path location() {
        String given = System.getProperty("discord.api.spec");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("checks/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no project root (with checks/pom.xml) above " + Path.of("").toAbsolutePath());
        }
        return dir.resolveSibling("shared").resolve("discord-api-spec").resolve("openapi.json");
    }

    private static JsonNode read() {
        Path spec = location();
        if (!Files.isRegularFile(spec)) {
            throw new IllegalStateException("Discord's OpenAPI description is missing at " + spec
                    + ": the contract checks need ../shared/discord-api-spec/openapi.json beside the project"
                    + " (or -Ddiscord.api.spec=PATH); they fail rather than skip without it");
        }
        try {
            return JSON.readTree(spec.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DiscordSpec.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
