package app.cinesync.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.Commands;
import app.cinesync.commands.QuickRateId;
import app.cinesync.commands.RecommendId;
import app.cinesync.discord.Responses;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules between the Discord protocol ({@code app.cinesync.discord}), CineSync's commands
 * ({@code app.cinesync.commands}) and the functions, over every module's production classes
 * ({@link ProductionClasses}): the protocol knows Discord only, the commands know the protocol only,
 * and a function's module holds its handler and wiring, not CineSync's command grammar.
 */
class ProtocolArchitectureTest {
    private static final JavaClasses CLASSES = ProductionClasses.ALL;
    private static final String[] JDK = {"java..", "javax.."};

    @Test
    void protocol_dependsOnlyOnTheJdkJacksonBouncyCastleAndSlf4j() {
        classes().that().resideInAPackage("app.cinesync.discord..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(JDK, "app.cinesync.discord..", "com.fasterxml.jackson..",
                        "org.bouncycastle..", "org.slf4j.."))
                .check(CLASSES);
    }

    /** SLF4J too: the router logs a failed dispatch or autocomplete through the facade every module logs through. */
    @Test
    void commands_dependOnlyOnTheProtocolAndTheJdk() {
        classes().that().resideInAPackage("app.cinesync.commands..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(JDK, "app.cinesync.commands..", "app.cinesync.discord..",
                        "org.slf4j.."))
                .check(CLASSES);
    }

    @Test
    void protocol_neverReferencesTheCommands() {
        noClasses().that().resideInAPackage("app.cinesync.discord..")
                .should().dependOnClassesThat().resideInAPackage("app.cinesync.commands..")
                .check(CLASSES);
    }

    /**
     * A constant such as {@code Commands.RATE} is copied into the class that uses it, so no
     * dependency shows it: the protocol's string constants are read from its class files.
     */
    @Test
    void protocol_holdsNoCineSyncCommandNameOrCustomIdPrefix() throws IOException {
        Set<String> names = commandAndOptionNames();
        assertThat(names).contains(Commands.RATE, Commands.MY_RECOMMENDATIONS, Commands.MY_STATS, Commands.MOVIE, Commands.GENRE);
        Map<String, Set<String>> found = new HashMap<>();
        for (JavaClass c : CLASSES.that(JavaClass.Predicates.resideInAPackage("app.cinesync.discord.."))) {
            for (String literal : stringConstants(c)) {
                if (names.contains(literal) || literal.contains(RecommendId.PREFIX) || literal.contains(QuickRateId.PREFIX)) {
                    found.computeIfAbsent(c.getName(), k -> new HashSet<>()).add(literal);
                }
            }
        }
        assertThat(found).as("CineSync's command names and custom_id prefixes in the protocol's classes").isEmpty();
    }

    @Test
    void protocolModule_carriesNeitherTheCommandDefinitionsNorCineSyncsTexts() throws IOException {
        Set<String> entries = entriesOfTheModuleOf(Responses.class);
        assertThat(entries).contains("app/cinesync/discord/Responses.class")
                .noneMatch(e -> e.equals("discord/commands.json") || e.startsWith("i18n/"));
    }

    @Test
    void lambdaHandlers_areTheFunctionsOwn_oneNamedHandlerPerFunction() {
        List<JavaClass> handlers = CLASSES.stream().filter(ProtocolArchitectureTest::isLambdaHandler).toList();
        Map<String, List<String>> byFunction = handlers.stream()
                .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.mapping(JavaClass::getSimpleName, Collectors.toList())));

        assertThat(handlers).as("Lambda handlers").isNotEmpty()
                .allSatisfy(h -> assertThat(h.getName()).startsWith("app.cinesync.functions.").endsWith("Handler"));
        Set<String> functions = CLASSES.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith("app.cinesync.functions."))
                .collect(Collectors.toSet());
        assertThat(byFunction.keySet()).as("every function has a handler").isEqualTo(functions);
        assertThat(byFunction).as("handlers by function").allSatisfy((function, names) -> assertThat(names).as(function).hasSize(1));
    }

    /** A concrete class that implements Lambda's handler interfaces, itself or through a superclass. */
    private static boolean isLambdaHandler(JavaClass c) {
        Set<String> lambda = Set.of(RequestHandler.class.getName(), RequestStreamHandler.class.getName());
        return !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT)
                && Stream.concat(Stream.of(c), c.getAllRawSuperclasses().stream())
                .flatMap(k -> k.getRawInterfaces().stream()).anyMatch(i -> lambda.contains(i.getName()));
    }

    /** A function wires; what members did and what CineSync's commands and custom_ids mean is read in shared/. */
    @Test
    void functions_neitherReadMembersInteractionsNorKnowTheCommandGrammar() {
        noClasses().that().resideInAPackage("app.cinesync.functions..")
                .should().dependOnClassesThat().haveFullyQualifiedName("app.cinesync.commands.Commands")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.cinesync.commands.RateInput")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.cinesync.commands.QuickRateId")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.cinesync.commands.RecommendId")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.cinesync.discord.CommandInteraction")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.cinesync.discord.ComponentInteraction")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.cinesync.discord.ModalSubmitInteraction")
                .check(CLASSES);
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
    }

    /** Every command's and option's name in {@code discord/commands.json}, English and translated. */
    private static Set<String> commandAndOptionNames() throws IOException {
        try (InputStream in = ProtocolArchitectureTest.class.getClassLoader().getResourceAsStream("discord/commands.json")) {
            assertThat(in).as("discord/commands.json on the class path").isNotNull();
            Set<String> names = new HashSet<>();
            collectNames(new ObjectMapper().readTree(in), names);
            return names;
        }
    }

    private static void collectNames(JsonNode node, Set<String> out) {
        for (JsonNode n : node) {
            if (n.has("name")) {
                out.add(n.path("name").asText());
                n.path("name_localizations").forEach(l -> out.add(l.asText()));
            }
            collectNames(n.path("options"), out);
        }
    }

    /** The string literals of a class: its constant pool's CONSTANT_String entries (JVMS 4.4). */
    private static Set<String> stringConstants(JavaClass c) throws IOException {
        try (InputStream raw = ProtocolArchitectureTest.class.getClassLoader().getResourceAsStream(c.getName().replace('.', '/') + ".class");
             DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            Map<Integer, String> utf8 = new HashMap<>();
            Set<Integer> strings = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.put(i, in.readUTF());
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // takes two entries
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + c.getName());
                }
            }
            return strings.stream().map(utf8::get).collect(Collectors.toSet());
        }
    }

    /** The entries of the jar, or the class directory, that {@code type} was loaded from. */
    private static Set<String> entriesOfTheModuleOf(Class<?> type) throws IOException {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(location)) {
            try (var files = Files.walk(location)) {
                return files.filter(Files::isRegularFile).map(p -> location.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
    }
}
