package app.cinesync.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

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
    private static final String CORE = "app.cinesync.core..";
    /** shared/core's application layer, the one core package that knows Discord; every other is the domain or its storage. */
    private static final String APPLICATION = "app.cinesync.core.app..";
    private static final String[] SHARED = {"app.cinesync.core..", "app.cinesync.discord..", "app.cinesync.aws..", "app.cinesync.logging.."};
    private static final String[] AWS_AND_LAMBDA = {"app.cinesync.aws..", "software.amazon..", "com.amazonaws..", "org.crac.."};

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
    void core_hasNoCyclesBetweenItsPackages() {
        slices().matching("app.cinesync.core.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void domain_neverDependsOnTheDiscordProtocolAwsLambdaOrWhatRunsThem() {
        noClasses().that().resideInAPackage(CORE).and().resideOutsideOfPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage("app.cinesync.discord..", "app.cinesync.functions..", "app.cinesync.cli..")
                .orShould().dependOnClassesThat().resideInAnyPackage(AWS_AND_LAMBDA)
                .check(CLASSES);
    }

    @Test
    void core_neverDependsOnAwsOrLambda() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(AWS_AND_LAMBDA)
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
}
