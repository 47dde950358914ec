package app.cinesync.functions.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.functions.interactions.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** template.yaml against the code it deploys: handlers, configuration, SnapStart, the queue, alarms. */
@SuppressWarnings("unchecked")
class TemplateTest {
    private static final Path ROOT = Fixtures.eventsDir().getParent();
    private static final Map<String, Object> TEMPLATE = load();
    private static final Map<String, Object> RESOURCES = map(TEMPLATE.get("Resources"));
    private static final Map<String, Object> FUNCTION_GLOBALS = map(map(TEMPLATE.getOrDefault("Globals", Map.of())).getOrDefault("Function", Map.of()));
    private static final Pattern CODE_URI = Pattern.compile("functions/([a-z]+)/target/([a-z-]+)-lambda\\.jar");
    /** Set by Lambda itself (reserved: a template may not set it). */
    private static final Set<String> SET_BY_LAMBDA = Set.of("AWS_REGION");
    /** The local alternative to IAM auth: a URL with a password in it, which must never be set in AWS. */
    private static final String LOCAL_ONLY = "DATABASE_URL";

    private static Map<String, Object> load() {
        try {
            return CloudFormationYaml.read(ROOT.resolve("template.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    private static Map<String, Object> props(String logicalId) {
        return map(map(RESOURCES.get(logicalId)).get("Properties"));
    }

    private static Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        RESOURCES.forEach((id, r) -> {
            if (type.equals(map(r).get("Type"))) {
                out.put(id, map(r));
            }
        });
        return out;
    }

    private static Map<String, Map<String, Object>> functions() {
        return resourcesOfType("AWS::Serverless::Function");
    }

    /** A function property, or its Globals default. */
    private static Object property(String function, String name) {
        return props(function).getOrDefault(name, FUNCTION_GLOBALS.get(name));
    }

    private static Map<String, Object> environment(String function) {
        return map(map(props(function).get("Environment")).get("Variables"));
    }

    private static String module(String function) {
        Matcher m = CODE_URI.matcher(String.valueOf(props(function).get("CodeUri")));
        assertThat(m.matches()).as("%s CodeUri names a shaded jar under functions/<module>/target", function).isTrue();
        return m.group(1);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object ref(String target) {
        return Map.of("Ref", target);
    }

    @Test
    void everyHandler_namesAClassWithHandleRequest_inTheModuleItsCodeUriBuilds() {
        assertThat(functions()).isNotEmpty();
        functions().keySet().forEach(f -> {
            String module = module(f);
            String pom = read(ROOT.resolve("functions/" + module + "/pom.xml"));
            String artifactId = pom.replaceFirst("(?s).*</parent>\\s*<artifactId>([^<]+)</artifactId>.*", "$1");
            assertThat(props(f).get("CodeUri")).isEqualTo("functions/" + module + "/target/" + artifactId + "-lambda.jar");

            String[] handler = String.valueOf(props(f).get("Handler")).split("::");
            Path source = ROOT.resolve("functions/" + module + "/src/main/java/" + handler[0].replace('.', '/') + ".java");
            assertThat(source).as("%s's handler class", f).exists();
            String code = read(source);
            if (code.contains("extends CommandStreamHandler")) { // the stream handler the command functions share
                code = read(ROOT.resolve("shared/aws/src/main/java/app/cinesync/aws/CommandStreamHandler.java"));
                assertThat(code).containsPattern("public abstract class CommandStreamHandler implements RequestStreamHandler");
            } else {
                assertThat(code).as("%s's handler class", f)
                        .containsPattern("public final class \\w+ implements (RequestHandler<|RequestStreamHandler)");
            }
            assertThat(code).as("%s's handler class", f).containsPattern("public \\S+ (\\S+ )?" + handler[1] + "\\(");
        });
    }

    @Test
    void everyHandlerClassInTheCode_isDeployedByTheTemplate() throws IOException {
        Set<String> deployed = new HashSet<>();
        functions().keySet().forEach(f -> deployed.add(String.valueOf(props(f).get("Handler")).split("::")[0]));
        try (Stream<Path> files = Files.walk(ROOT.resolve("functions"))) {
            List<String> handlers = files.filter(p -> p.toString().contains("/src/main/java/") && p.getFileName().toString().endsWith("Handler.java"))
                    .map(p -> p.toString().replaceFirst(".*/src/main/java/", "").replace(".java", "").replace('/', '.')).toList();
            assertThat(deployed).containsAll(handlers);
        }
    }

    @Test
    void everyFunction_isJava21_withSnapStartOnItsPublishedAlias_andJsonLogs() {
        functions().keySet().forEach(f -> {
            assertThat(property(f, "Runtime")).as(f).isEqualTo("java21");
            assertThat(map(property(f, "SnapStart")).get("ApplyOn")).as(f).isEqualTo("PublishedVersions");
            assertThat(property(f, "AutoPublishAlias")).as(f).isEqualTo("live");
            assertThat(map(property(f, "LoggingConfig")).get("LogFormat")).as(f).isEqualTo("JSON");
            assertThat(property(f, "MemorySize")).as(f).isNotNull();
            assertThat(property(f, "Timeout")).as(f).isNotNull();
        });
        assertThat(props("InteractionsFunction").get("Timeout")).as("Discord waits 3 s").isInstanceOf(Integer.class);
        assertThat((Integer) props("InteractionsFunction").get("Timeout")).isLessThanOrEqualTo(10);
    }

    /** {@code required("X")}, {@code optional("X")}, {@code env.get("X")} and {@code getenv("X")} literals in a source tree. */
    private static Map<String, Boolean> variablesReadIn(Path sources) {
        Pattern p = Pattern.compile("\\b(required|optional|get|getenv)\\(\\s*(?:\\w+\\s*,\\s*)?\"([A-Z][A-Z0-9_]*)\"");
        Map<String, Boolean> vars = new LinkedHashMap<>(); // name -> required
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = p.matcher(read(f));
                while (m.find()) {
                    vars.merge(m.group(2), m.group(1).equals("required"), Boolean::logicalOr);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vars;
    }

    @Test
    void everyEnvironmentVariableTheCodeReads_isSet_andNoneThatMustNotBe() {
        Map<String, Boolean> shared = variablesReadIn(ROOT.resolve("shared/aws/src/main/java"));
        assertThat(shared).containsKeys("DB_HOST", "DB_NAME", "DB_USER"); // the scan works
        Set<String> setSomewhere = new TreeSet<>();
        functions().keySet().forEach(f -> setSomewhere.addAll(environment(f).keySet()));
        Set<String> optional = new TreeSet<>();

        functions().keySet().forEach(f -> {
            String module = module(f);
            Map<String, Boolean> read = new LinkedHashMap<>(variablesReadIn(ROOT.resolve("functions/" + module + "/src/main/java")));
            if (read(ROOT.resolve("functions/" + module + "/pom.xml")).contains("<artifactId>cinesync-aws</artifactId>")) {
                shared.forEach((k, v) -> read.merge(k, v, Boolean::logicalOr));
            }
            read.forEach((name, required) -> {
                if (SET_BY_LAMBDA.contains(name) || name.equals(LOCAL_ONLY)) {
                    return;
                }
                if (required) {
                    assertThat(environment(f)).as("%s reads %s", f, name).containsKey(name);
                } else {
                    optional.add(name);
                }
            });
            assertThat(environment(f)).as(f).doesNotContainKeys(LOCAL_ONLY, "AWS_REGION");
            assertThat(environment(f).keySet()).as(f).noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET"));
        });
        assertThat(setSomewhere).as("optional variables with a role in AWS").containsAll(optional);
        assertThat(environment("RateFunction")).containsKey("PROFILE_QUEUE_URL");
        Stream.of("RateFunction", "RecommendFunction", "StatsFunction")
                .forEach(f -> assertThat(environment(f)).as(f).containsKey("DISCORD_API_BASE_URL"));
    }

    @Test
    void router_dispatchesToTheLiveAliases_andMayInvokeExactlyThose() {
        Map<String, Object> env = environment("InteractionsFunction");
        List<Object> aliases = List.of(ref("RateFunctionAliaslive"), ref("RecommendFunctionAliaslive"), ref("StatsFunctionAliaslive"));
        assertThat(List.of(env.get("RATE_FUNCTION_NAME"), env.get("RECOMMEND_FUNCTION_NAME"), env.get("STATS_FUNCTION_NAME"))).isEqualTo(aliases);
        assertThat(env.get("DISCORD_PUBLIC_KEY")).isEqualTo(ref("DiscordPublicKey"));

        List<Map<String, Object>> statements = ((List<?>) props("InteractionsFunction").get("Policies")).stream()
                .flatMap(p -> ((List<?>) map(p).getOrDefault("Statement", List.of())).stream()).map(TemplateTest::map).toList();
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.get("Action")).isEqualTo("lambda:InvokeFunction");
            assertThat(s.get("Resource")).isEqualTo(aliases);
        });
        assertThat(props("InteractionsFunction")).doesNotContainKey("VpcConfig");
        assertThat(map(props("InteractionsFunction").get("FunctionUrlConfig")).get("AuthType")).isEqualTo("NONE");
    }

    @Test
    void databaseFunctions_connectThroughTheProxyWithIamOnly() {
        functions().keySet().stream().filter(f -> environment(f).containsKey("DB_HOST")).forEach(f -> {
            assertThat(environment(f).get("DB_HOST")).isEqualTo(Map.of("Fn::GetAtt", "DatabaseProxy.Endpoint"));
            assertThat(props(f).get("Policies").toString()).as(f).contains("rds-db:connect");
            assertThat(props(f)).as(f).containsKey("VpcConfig");
        });
        Map<String, Object> auth = map(((List<?>) props("DatabaseProxy").get("Auth")).getFirst());
        assertThat(auth).containsEntry("IAMAuth", "REQUIRED");
        assertThat(props("DatabaseProxy")).containsEntry("RequireTLS", true);
        assertThat(props("Database")).containsEntry("ManageMasterUserPassword", true).doesNotContainKey("MasterUserPassword");
        assertThat(props("Database").get("EngineVersion")).asString().startsWith("17");
    }

    @Test
    void profileQueue_redrivesToADeadLetterQueueAfterThreeReceives_andReportsItemFailures() {
        Map<String, Object> redrive = map(props("ProfileQueue").get("RedrivePolicy"));
        assertThat(redrive.get("maxReceiveCount")).isEqualTo(3);
        String dlq = String.valueOf(map(redrive.get("deadLetterTargetArn")).get("Fn::GetAtt")).replace(".Arn", "");
        assertThat(map(RESOURCES.get(dlq)).get("Type")).isEqualTo("AWS::SQS::Queue");

        Map<String, Object> source = map(map(map(props("ProfileFunction").get("Events")).values().iterator().next()).get("Properties"));
        assertThat(source.get("Queue")).isEqualTo(Map.of("Fn::GetAtt", "ProfileQueue.Arn"));
        assertThat((List<Object>) source.get("FunctionResponseTypes")).contains("ReportBatchItemFailures");
        assertThat((Integer) props("ProfileQueue").get("VisibilityTimeout")).isGreaterThanOrEqualTo(6 * (Integer) props("ProfileFunction").get("Timeout"));
    }

    @Test
    void alarms_watchTheDeadLetterQueue_andEveryFunctionsErrors() {
        var alarms = resourcesOfType("AWS::CloudWatch::Alarm").values().stream().map(a -> map(a.get("Properties"))).toList();
        assertThat(alarms).anySatisfy(a -> {
            assertThat(a.get("MetricName")).isEqualTo("ApproximateNumberOfMessagesVisible");
            assertThat(a.get("Dimensions").toString()).contains("ProfileDeadLetterQueue.QueueName");
        });
        functions().keySet().forEach(f -> assertThat(alarms).as("Errors alarm of %s", f).anySatisfy(a -> {
            assertThat(a.get("MetricName")).isEqualTo("Errors");
            assertThat((List<Object>) a.get("Dimensions")).contains(Map.of("Name", "FunctionName", "Value", ref(f)));
        }));
    }

    @Test
    void migrations_runAsACustomResource_thatChangesOnEveryDeploy() {
        var migration = RESOURCES.values().stream().map(TemplateTest::map)
                .filter(r -> String.valueOf(r.get("Type")).startsWith("Custom::")).toList();
        assertThat(migration).singleElement().satisfies(r -> {
            Map<String, Object> p = map(r.get("Properties"));
            assertThat(p.get("ServiceToken")).isEqualTo(ref("MigrateFunctionAliaslive"));
            assertThat(p.values()).contains(ref("MigrateFunction.Version"), ref("DeployId"));
        });
        Stream.of("RateFunction", "RecommendFunction", "StatsFunction", "ProfileFunction")
                .forEach(f -> assertThat(map(RESOURCES.get(f)).get("DependsOn")).as("%s primes against the migrated schema", f).isEqualTo("SchemaMigration"));
    }

    @Test
    void discordParameters_haveNoDefaults_andTheOutputsGiveTheEndpointUrl() {
        Map<String, Object> parameters = map(TEMPLATE.get("Parameters"));
        Stream.of("DiscordPublicKey", "DiscordApplicationId").forEach(p -> assertThat(map(parameters.get(p))).as(p).doesNotContainKey("Default"));
        assertThat(parameters.keySet()).noneMatch(p -> p.toLowerCase().contains("password") || p.toLowerCase().contains("token"));
        assertThat(map(TEMPLATE.get("Outputs")).values()).anySatisfy(o ->
                assertThat(map(o).get("Value")).isEqualTo(Map.of("Fn::GetAtt", "InteractionsFunctionUrl.FunctionUrl")));
        assertThat(resourcesOfType("AWS::SecretsManager::Secret")).containsKey("DiscordBotTokenSecret");
    }

    @Test
    void noPolicyGrantsEverything() {
        assertThat(read(ROOT.resolve("template.yaml"))).doesNotContainPattern("Action:\\s*['\"]?\\*").doesNotContain("AdministratorAccess");
    }
}
