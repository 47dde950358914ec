package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.functions.interactions.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * template.yaml against the code it deploys (handlers, configuration, SnapStart, queues, alarms)
 * and against the operating traps that a template can hide: alarms that cannot publish, a stack
 * that cannot delete, names over their limits, unbounded retries, concurrency and privileges.
 */
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

    private static Map<String, Object> map(Object o) {
        return CloudFormationYaml.map(o);
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

    /** A function property, or its Globals default; maps merge as SAM merges them (the function's keys win). */
    private static Object property(String function, String name) {
        Object own = props(function).get(name);
        Object global = FUNCTION_GLOBALS.get(name);
        if (own instanceof Map<?, ?> && global instanceof Map<?, ?>) {
            Map<String, Object> merged = new LinkedHashMap<>(map(global));
            merged.putAll(map(own));
            return merged;
        }
        return own != null ? own : global;
    }

    private static Map<String, Object> resource(String logicalId) {
        return map(RESOURCES.get(logicalId));
    }

    /** The logical id a {@code Ref} or {@code GetAtt x.Arn} names. */
    private static String target(Object refOrGetAtt) {
        Map<String, Object> m = map(refOrGetAtt);
        return m.containsKey("Ref") ? (String) m.get("Ref") : String.valueOf(m.get("Fn::GetAtt")).replaceFirst("\\..*", "");
    }

    private static int integer(Object o) {
        return ((Number) o).intValue();
    }

    /** The value of {@code !If [LimitConcurrency, n, !Ref AWS::NoValue]}, the cap when ConcurrencyLimits is Reserved. */
    private static Integer cap(Object reserved) {
        if (reserved == null) {
            return null;
        }
        List<?> branches = (List<?>) map(reserved).get("Fn::If");
        assertThat(branches.get(0)).isEqualTo("LimitConcurrency");
        assertThat(branches.get(2)).isEqualTo(ref("AWS::NoValue"));
        return integer(branches.get(1));
    }

    /** The event source mapping that feeds a function (by its live alias). */
    private static Map<String, Object> eventSourceOf(String function) {
        var sources = resourcesOfType("AWS::Lambda::EventSourceMapping").values().stream()
                .map(r -> map(r.get("Properties"))).filter(p -> ref(function + "Aliaslive").equals(p.get("FunctionName"))).toList();
        assertThat(sources).as("event source of %s", function).hasSize(1);
        return sources.getFirst();
    }

    /** Every IAM policy statement of the template: functions' inline ones, roles' and managed policies'. */
    private static List<Map<String, Object>> iamStatements() {
        List<Object> documents = new ArrayList<>();
        functions().keySet().forEach(f -> ((List<?>) props(f).getOrDefault("Policies", List.of())).stream()
                .map(TemplateTest::map).filter(p -> p.containsKey("Statement")).forEach(documents::add));
        resourcesOfType("AWS::IAM::Role").values().forEach(r -> ((List<?>) map(r.get("Properties")).getOrDefault("Policies", List.of()))
                .forEach(p -> documents.add(map(p).get("PolicyDocument"))));
        resourcesOfType("AWS::IAM::ManagedPolicy").values().forEach(r -> documents.add(map(r.get("Properties")).get("PolicyDocument")));
        return documents.stream().flatMap(d -> ((List<?>) map(d).get("Statement")).stream()).map(TemplateTest::map).toList();
    }

    private static Map<String, Object> environment(String function) {
        return map(map(props(function).get("Environment")).get("Variables"));
    }

    private static String module(String function) {
        Matcher m = CODE_URI.matcher(String.valueOf(props(function).get("CodeUri")));
        assertThat(m.matches()).as("%s CodeUri names a shaded jar under functions/<module>/target", function).isTrue();
        return m.group(1);
    }

    /** Whether a function module has shared/aws (and so reads its variables): directly, or through database-function-parent. */
    private static boolean usesSharedAws(String module) {
        String pom = read(ROOT.resolve("functions/" + module + "/pom.xml"));
        return pom.contains("<artifactId>cinesync-aws</artifactId>") || pom.contains("<artifactId>cinesync-database-function-parent</artifactId>");
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
            if (usesSharedAws(module)) {
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
    void databaseFunctions_connectThroughTheProxyWithIam_asTheApplicationRole_andOnlyMigrateAsTheOwner() {
        Set<String> databaseFunctions = new TreeSet<>();
        functions().keySet().stream().filter(f -> environment(f).containsKey("DB_HOST")).forEach(f -> {
            databaseFunctions.add(f);
            assertThat(environment(f).get("DB_HOST")).isEqualTo(Map.of("Fn::GetAtt", "DatabaseProxy.Endpoint"));
            assertThat(props(f)).as(f).containsKey("VpcConfig");
            boolean migrates = f.equals("MigrateFunction");
            assertThat(environment(f).get("DB_USER")).as(f).isEqualTo(migrates ? ref("DbUser") : "cinesync_app");
            List<Object> policies = (List<Object>) props(f).get("Policies");
            if (migrates) {
                assertThat(policies.toString()).contains("rds-db:connect", "dbuser:${ProxyId}/${DbUser}").doesNotContain("ApplicationDatabaseLogin");
            } else {
                assertThat(policies).as(f).contains(ref("ApplicationDatabaseLogin"));
                assertThat(policies.toString()).as(f).doesNotContain("${DbUser}");
            }
        });
        assertThat(databaseFunctions).contains("RateFunction", "MigrateFunction", "ImportFunction", "TrainFunction");
        assertThat(map(props("ApplicationDatabaseLogin").get("PolicyDocument")).toString()).contains("rds-db:connect", "dbuser:${ProxyId}/cinesync_app");

        Map<String, Object> auth = map(((List<?>) props("DatabaseProxy").get("Auth")).getFirst());
        assertThat(auth).containsEntry("IAMAuth", "REQUIRED").containsEntry("AuthScheme", "SECRETS");
        assertThat(props("DatabaseProxy")).containsEntry("RequireTLS", true).containsEntry("DefaultAuthScheme", "IAM_AUTH");
        assertThat(props("Database")).containsEntry("ManageMasterUserPassword", true).containsEntry("EnableIAMDatabaseAuthentication", true)
                .doesNotContainKey("MasterUserPassword");
        assertThat(props("Database").get("EngineVersion")).asString().startsWith("17");
        assertThat(read(ROOT.resolve("migrations/V5__application_role.sql"))).contains("CREATE ROLE cinesync_app", "rds_iam");
    }

    @Test
    void profileQueue_redrivesToADeadLetterQueueAfterThreeReceives_andReportsItemFailures() {
        Map<String, Object> redrive = map(props("ProfileQueue").get("RedrivePolicy"));
        assertThat(redrive.get("maxReceiveCount")).isEqualTo(3);
        assertThat(resource(target(redrive.get("deadLetterTargetArn"))).get("Type")).isEqualTo("AWS::SQS::Queue");

        Map<String, Object> source = eventSourceOf("ProfileFunction");
        assertThat(source.get("EventSourceArn")).isEqualTo(Map.of("Fn::GetAtt", "ProfileQueue.Arn"));
        assertThat((List<Object>) source.get("FunctionResponseTypes")).contains("ReportBatchItemFailures");
        // AWS's rule for an SQS event source: visibility timeout >= 6 x the function's timeout + the batching window
        assertThat(integer(props("ProfileQueue").get("VisibilityTimeout")))
                .isGreaterThanOrEqualTo(6 * integer(props("ProfileFunction").get("Timeout")) + integer(source.getOrDefault("MaximumBatchingWindowInSeconds", 0)));
    }

    @Test
    void everyQueueThatFeedsAFunction_redrivesToADeadLetterQueue_thatRaisesAnAlarm() {
        var alarms = resourcesOfType("AWS::CloudWatch::Alarm").values().stream().map(a -> map(a.get("Properties"))).toList();
        var sources = resourcesOfType("AWS::Lambda::EventSourceMapping").values();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(2);
        sources.forEach(s -> {
            String queue = target(map(s.get("Properties")).get("EventSourceArn"));
            Map<String, Object> redrive = map(props(queue).get("RedrivePolicy"));
            assertThat(redrive).as("%s redrives", queue).containsKey("deadLetterTargetArn");
            assertThat(integer(redrive.get("maxReceiveCount"))).as(queue).isBetween(1, 5);
            String dlq = target(redrive.get("deadLetterTargetArn"));
            assertThat(alarms).as("an alarm on %s", dlq).anySatisfy(a -> {
                assertThat(a.get("MetricName")).isEqualTo("ApproximateNumberOfMessagesVisible");
                assertThat(a.get("Dimensions").toString()).contains(dlq);
                assertThat(a.get("AlarmActions")).isEqualTo(List.of(ref("AlarmTopic")));
            });
            // SQS counts a message's age from its first enqueue, also in the dead-letter queue
            assertThat(integer(props(dlq).get("MessageRetentionPeriod"))).isGreaterThan(integer(props(queue).get("MessageRetentionPeriod")));
        });
    }

    @Test
    void failureNotices_fitTheirFunctionsTimeout_withASlowDiscord_andLiveNoLongerThanTheyAreUseful() {
        // WebhookClient: 3 attempts of at most 5 s, and at most 2 s of Retry-After between them
        int worstEditSeconds = 3 * 5 + 2 * 2;
        Map<String, Object> source = eventSourceOf("FailureNoticeFunction");
        int timeout = integer(props("FailureNoticeFunction").get("Timeout"));
        assertThat(integer(source.get("BatchSize")) * worstEditSeconds).isLessThan(timeout);
        assertThat(integer(props("DispatchFailureQueue").get("VisibilityTimeout"))).isGreaterThanOrEqualTo(6 * timeout);
        assertThat(integer(props("DispatchFailureQueue").get("MessageRetentionPeriod")))
                .as("an interaction token lives 15 minutes: a notice older than an hour can never be delivered").isLessThanOrEqualTo(3600);
    }

    @Test
    void alarms_watchTheDeadLetterQueues_andEveryFunctionsErrors() {
        var alarms = resourcesOfType("AWS::CloudWatch::Alarm").values().stream().map(a -> map(a.get("Properties"))).toList();
        Stream.of("ProfileDeadLetterQueue", "DispatchFailureDeadLetterQueue").forEach(q -> assertThat(alarms).anySatisfy(a -> {
            assertThat(a.get("MetricName")).isEqualTo("ApproximateNumberOfMessagesVisible");
            assertThat(a.get("Dimensions")).isEqualTo(List.of(Map.of("Name", "QueueName", "Value", Map.of("Fn::GetAtt", List.of(q, "QueueName")))));
        }));
        functions().keySet().forEach(f -> assertThat(alarms).as("Errors alarm of %s", f).anySatisfy(a -> {
            assertThat(a.get("MetricName")).isEqualTo("Errors");
            assertThat((List<Object>) a.get("Dimensions")).contains(Map.of("Name", "FunctionName", "Value", ref(f)));
            assertThat(a.get("AlarmDescription")).asString().startsWith(f);
        }));
        assertThat(alarms).allSatisfy(a -> assertThat(a.get("AlarmActions")).isEqualTo(List.of(ref("AlarmTopic"))));
    }

    @Test
    void alarmTopic_isEncryptedWithAKeyWhosePolicyLetsCloudWatchPublish() {
        Object key = props("AlarmTopic").get("KmsMasterKeyId");
        if (key == null) {
            return; // an unencrypted topic receives alarms too
        }
        assertThat(key).as("not the AWS-managed alias/aws/sns, whose policy cannot admit CloudWatch").isInstanceOf(Map.class);
        Map<String, Object> k = resource(target(key));
        assertThat(k.get("Type")).isEqualTo("AWS::KMS::Key");
        List<Map<String, Object>> statements = ((List<?>) map(map(k.get("Properties")).get("KeyPolicy")).get("Statement")).stream().map(TemplateTest::map).toList();
        assertThat(statements).anySatisfy(st -> {
            assertThat(st.get("Effect")).isEqualTo("Allow");
            assertThat(st.get("Principal")).isEqualTo(Map.of("Service", "cloudwatch.amazonaws.com"));
            assertThat((List<Object>) st.get("Action")).contains("kms:Decrypt", "kms:GenerateDataKey*");
        });
    }

    @Test
    void schemaMigration_isDeletedBeforeTheNetworkAndRulesItsAnswerNeeds() {
        Map<String, Object> migration = resource("SchemaMigration");
        Set<String> dependsOn = new TreeSet<>(CloudFormationYaml.referencedIds(migration.get("Properties")));
        Object explicit = migration.get("DependsOn");
        if (explicit instanceof String one) {
            dependsOn.add(one);
        } else if (explicit instanceof List<?> many) {
            many.forEach(d -> dependsOn.add((String) d));
        }
        Set<String> path = new TreeSet<>();
        Stream.of("AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::VPCEndpoint", "AWS::EC2::NatGateway",
                "AWS::EC2::VPCGatewayAttachment").forEach(t -> path.addAll(resourcesOfType(t).keySet()));
        path.addAll(resourcesOfType("AWS::EC2::SecurityGroupIngress").keySet()); // the proxy's, and an existing database's
        assertThat(path).contains("PrivateDefaultRoute", "S3Endpoint", "NatGateway", "PrivateSubnetARoutes", "ProxyFromFunctionsIngress");
        assertThat(dependsOn).as("CloudFormation deletes SchemaMigration before all of these").containsAll(path);
    }

    @Test
    void schemaMigration_stopsWaitingSoonAfterMigrateFunctionsTimeout_notAfterAnHour() {
        int timeout = integer(props("MigrateFunction").get("Timeout"));
        assertThat(props("SchemaMigration")).containsKey("ServiceTimeout");
        assertThat(integer(props("SchemaMigration").get("ServiceTimeout"))).isGreaterThan(timeout).isLessThanOrEqualTo(timeout + 120);
    }

    @Test
    void explicitNames_fitTheirLimits_evenForTheLongestStackName() {
        Map<String, Object> pseudo = Map.of("AWS::StackName", "s".repeat(128),
                "AWS::StackId", "arn:aws:cloudformation:ap-southeast-2:123456789012:stack/" + "s".repeat(128) + "/0d5a4f10-ffff-11ef-8e2a-0a1b2c3d4e5f");
        String proxyName = (String) CloudFormationYaml.evaluate(props("DatabaseProxy").get("DBProxyName"), pseudo);
        assertThat(proxyName).hasSizeLessThanOrEqualTo(60).matches("[A-Za-z](-?[A-Za-z0-9])*");
        RESOURCES.values().forEach(r -> map(map(r).get("Properties")).forEach((name, value) -> {
            if (name.endsWith("Name") && value instanceof Map<?, ?> && CloudFormationYaml.referencedIds(value).contains("AWS::StackName")) {
                throw new AssertionError(name + " grows with the stack's name: " + value);
            }
        }));
    }

    @Test
    void rules_refuseAnExistingDatabaseWithoutItsSecretSecurityGroupAndVpc_andAcceptTheDefaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        map(TEMPLATE.get("Parameters")).forEach((name, p) -> {
            Object d = map(p).get("Default");
            defaults.put(name, "CommaDelimitedList".equals(map(p).get("Type")) ? List.of(String.valueOf(d).split(",", -1)) : d);
        });
        assertThat(CloudFormationYaml.ruleViolations(TEMPLATE, defaults)).isEmpty();

        Map<String, Object> existing = new LinkedHashMap<>(defaults);
        existing.put("ExistingDbInstanceIdentifier", "club-db");
        assertThat(CloudFormationYaml.ruleViolations(TEMPLATE, existing)).hasSize(3)
                .anyMatch(v -> v.contains("ExistingDbSecretArn")).anyMatch(v -> v.contains("ExistingDbSecurityGroupId")).anyMatch(v -> v.contains("ExistingVpcId"));

        existing.putAll(Map.of("ExistingDbSecretArn", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
                "ExistingDbSecurityGroupId", "sg-0123456789abcdef0", "ExistingVpcId", "vpc-0123456789abcdef0"));
        assertThat(CloudFormationYaml.ruleViolations(TEMPLATE, existing)).singleElement().asString().contains("ExistingPrivateSubnetIds");

        existing.put("ExistingPrivateSubnetIds", List.of("subnet-0a", "subnet-0b"));
        assertThat(CloudFormationYaml.ruleViolations(TEMPLATE, existing)).isEmpty();
        assertThat(props("ExistingDatabaseFromProxyIngress")).containsEntry("GroupId", ref("ExistingDbSecurityGroupId"))
                .containsEntry("SourceSecurityGroupId", ref("ProxySecurityGroup"));
    }

    @Test
    void everyFunction_logsToALogGroupOfTheStack_thatExpires() {
        functions().keySet().forEach(f -> {
            Object group = map(property(f, "LoggingConfig")).get("LogGroup");
            assertThat(group).as("%s names its log group", f).isNotNull();
            Map<String, Object> logGroup = resource(target(group));
            assertThat(logGroup.get("Type")).as(f).isEqualTo("AWS::Logs::LogGroup");
            assertThat(map(logGroup.get("Properties")).get("RetentionInDays")).as(f).isEqualTo(ref("LogRetentionDays"));
            assertThat(logGroup.get("DeletionPolicy")).as(f).isEqualTo("Delete");
        });
    }

    @Test
    void concurrency_isCappedWhereFloodsReach_andTheDatabaseFunctionsStayWithinTheConnectionBudget() {
        assertThat(cap(props("InteractionsFunction").get("ReservedConcurrentExecutions"))).as("the public URL's function").isBetween(1, 20);
        int databaseContainers = 0;
        for (String f : functions().keySet()) {
            Integer reserved = cap(props(f).get("ReservedConcurrentExecutions"));
            boolean bySource = resourcesOfType("AWS::Lambda::EventSourceMapping").values().stream()
                    .anyMatch(r -> ref(f + "Aliaslive").equals(map(r.get("Properties")).get("FunctionName")));
            Integer cap = reserved != null ? reserved : bySource ? integer(map(eventSourceOf(f).get("ScalingConfig")).get("MaximumConcurrency")) : null;
            assertThat(cap).as("%s has a concurrency cap", f).isNotNull();
            if (environment(f).containsKey("DB_HOST")) {
                databaseContainers += cap;
            }
        }
        // db.t4g.micro: about 80 connections; the proxy may use MaxConnectionsPercent of them
        int proxyConnections = 80 * integer(map(props("DatabaseProxyTargets").get("ConnectionPoolConfigurationInfo")).get("MaxConnectionsPercent")) / 100;
        assertThat(databaseContainers).as("containers that may hold a database connection").isLessThanOrEqualTo(proxyConnections);
    }

    @Test
    void noIamPolicyAllowsEveryResource_unlessConditioned_andNoSqsEventBringsAwsManagedPollerPolicies() {
        List<Map<String, Object>> statements = iamStatements();
        assertThat(statements).hasSizeGreaterThan(5);
        assertThat(statements).allSatisfy(st -> {
            Object resource = st.get("Resource");
            boolean everything = "*".equals(resource) || (resource instanceof List<?> l && l.contains("*"));
            assertThat(everything && !st.containsKey("Condition")).as("Resource * in %s", st).isFalse();
        });
        functions().keySet().forEach(f -> map(props(f).get("Events")).forEach((name, e) ->
                assertThat(map(e).get("Type")).as("%s event %s: SAM attaches AWSLambdaSQSQueueExecutionRole (Resource *)", f, name).isNotEqualTo("SQS")));
    }

    @Test
    void importFunction_readsOnlyTheStacksImportBucket() {
        assertThat(environment("ImportFunction")).containsEntry("IMPORT_BUCKET", ref("ImportBucket"));
        assertThat((List<Object>) props("ImportFunction").get("Policies")).contains((Object) Map.of("S3ReadPolicy", Map.of("BucketName", ref("ImportBucket"))));
        assertThat(map(props("ImportBucket").get("PublicAccessBlockConfiguration")).values()).containsOnly(true);
        assertThat(map(TEMPLATE.get("Outputs")).keySet()).contains("ImportBucketName", "ImportFunctionAlias");
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
        Stream.of("RateFunction", "RecommendFunction", "StatsFunction", "ProfileFunction", "TrainFunction", "ImportFunction")
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
