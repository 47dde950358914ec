package app.cinesync.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the database functions read from their environment, as template.yaml sets it. */
class ConfigFromEnvTest {
    private static final Map<String, String> AWS = Map.of(
            "DB_HOST", "cinesync-proxy.proxy-abc.eu-west-1.rds.amazonaws.com", "DB_NAME", "cinesync",
            "DB_USER", "cinesync", "AWS_REGION", "eu-west-1");

    @Test
    void databaseConfig_inAws_usesTheProxyWithIamAuth_andVerifiesItsCertificateAgainstTheJvmTrustStore() {
        DatabaseConfig config = DatabaseConfig.fromEnv(new Env(AWS));

        assertThat(config.iamAuth()).isTrue();
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://cinesync-proxy.proxy-abc.eu-west-1.rds.amazonaws.com:5432/cinesync"
                + "?sslmode=verify-full&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory");
        assertThat(config.region()).isEqualTo("eu-west-1");
    }

    @Test
    void databaseConfig_withDatabaseUrl_connectsThereWithoutIam() {
        DatabaseConfig config = DatabaseConfig.fromEnv(new Env(Map.of("DATABASE_URL", "jdbc:postgresql://localhost:5432/cinesync")));

        assertThat(config.iamAuth()).isFalse();
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/cinesync");
    }

    @Test
    void databaseConfig_whenAVariableIsMissing_failsNamingIt() {
        Map<String, String> noUser = new java.util.HashMap<>(AWS);
        noUser.remove("DB_USER");

        assertThatThrownBy(() -> DatabaseConfig.fromEnv(new Env(noUser))).hasMessage("environment variable DB_USER is not set");
    }

    @Test
    void env_treatsBlankAsMissing_andStripsValues() {
        Env env = new Env(Map.of("A", "  ", "B", " x "));

        assertThat(env.optional("A")).isEmpty();
        assertThat(env.required("B")).isEqualTo("x");
    }
}
