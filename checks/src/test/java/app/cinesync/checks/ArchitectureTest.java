package app.cinesync.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The package rules that hold today, over every module's production classes
 * ({@link ProductionClasses}); a class that breaks one fails the build, naming the class and the
 * dependency. Module-level rules (what a Lambda jar may carry) are Maven Enforcer bans in the
 * function poms; these are the rules inside and across modules that Maven cannot see.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = ProductionClasses.ALL;
    private static final String[] DOMAIN = {"app.cinesync.core.catalog..", "app.cinesync.core.rating..", "app.cinesync.core.embedding..",
            "app.cinesync.core.model..", "app.cinesync.core.recommend..", "app.cinesync.core.preference.."};
    private static final String[] SHARED = {"app.cinesync.core..", "app.cinesync.discord..", "app.cinesync.aws..", "app.cinesync.logging.."};
    /**
     * Known, and to be removed when one place renders domain exceptions (issue 10, second part):
     * two domain exceptions still use the protocol module, to cut the member's input
     * ({@code Text.cut}) and, for a film not found, to render themselves ({@code Texts}).
     */
    private static final Set<String> CUTS_DISCORD_TEXT_FOR_NOW = Set.of(
            "app.cinesync.core.rating.Stars$InvalidRatingException", "app.cinesync.core.catalog.MovieNotFoundException");

    @Test
    void theImport_seesEveryModule() {
        Set<String> packages = CLASSES.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).contains("app.cinesync.core.catalog", "app.cinesync.core.recommend", "app.cinesync.discord", "app.cinesync.aws",
                "app.cinesync.eval", "app.cinesync.embedded", "app.cinesync.cli",
                "app.cinesync.functions.interactions", "app.cinesync.functions.rate", "app.cinesync.functions.recommend",
                "app.cinesync.functions.stats", "app.cinesync.functions.profile", "app.cinesync.functions.migrate",
                "app.cinesync.functions.train", "app.cinesync.functions.imports", "app.cinesync.functions.notice");
    }

    @Test
    void domain_neverDependsOnAwsLambdaOrTheDiscordProtocol() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("app.cinesync.aws..", "software.amazon..", "com.amazonaws..", "org.crac..",
                        "app.cinesync.functions..", "app.cinesync.cli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage(DOMAIN).and(doNotHaveNames(CUTS_DISCORD_TEXT_FOR_NOW))
                .should().dependOnClassesThat().resideInAnyPackage("app.cinesync.discord..")
                .check(CLASSES);
    }

    @Test
    void core_neverDependsOnAws() {
        noClasses().that().resideInAPackage("app.cinesync.core..")
                .should().dependOnClassesThat().resideInAnyPackage("app.cinesync.aws..", "software.amazon..", "com.amazonaws..")
                .check(CLASSES);
    }

    @Test
    void model_neverDependsOnRecommend() {
        noClasses().that().resideInAPackage("app.cinesync.core.model..")
                .should().dependOnClassesThat().resideInAPackage("app.cinesync.core.recommend..")
                .check(CLASSES);
    }

    @Test
    void eval_isUsedByTheCommandLineAndTheBenchmarksOnly() {
        noClasses().that().resideOutsideOfPackages("app.cinesync.eval..", "app.cinesync.cli..", "app.cinesync.bench..")
                .should().dependOnClassesThat().resideInAPackage("app.cinesync.eval..")
                .check(CLASSES);
    }

    @Test
    void functions_dependOnShared_neverOnEachOther() {
        slices().matching("app.cinesync.functions.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    @Test
    void shared_neverDependsOnFunctionsOrWhatRunsOnlyLocally() {
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat().resideInAnyPackage("app.cinesync.functions..", "app.cinesync.cli..", "app.cinesync.eval..",
                        "app.cinesync.embedded..", "app.cinesync.bench..")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> doNotHaveNames(Set<String> names) {
        return DescribedPredicate.describe("are not one of " + names, c -> !names.contains(c.getName()));
    }
}
