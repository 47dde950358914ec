package app.cinesync.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

/**
 * Under SnapStart Lambda gives container credentials, not the access-key environment variables:
 * an SDK client pinned to EnvironmentVariableCredentialsProvider fails after every restore.
 * Checked on the compiled classes of every module ({@link ProductionClasses}), so neither a
 * comment nor a fully qualified name can fool it.
 */
class SnapStartCredentialsTest {
    @Test
    void noProductionCodePinsCredentialsToEnvironmentVariables() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider")
                .check(ProductionClasses.ALL);
    }
}
