package app.cinesync.aws;

import app.cinesync.core.db.ConnectionFactory;
import java.sql.DriverManager;
import java.util.Properties;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rds.RdsUtilities;
import software.amazon.awssdk.services.rds.model.GenerateAuthenticationTokenRequest;

/**
 * Opens connections; on RDS with an IAM authentication token generated for each new connection
 * (tokens live 15 minutes, connections longer, and a restored SnapStart snapshot opens new
 * connections, hence new tokens). The token is never logged.
 */
public final class RdsConnections {
    private RdsConnections() {
    }

    public static ConnectionFactory factory(DatabaseConfig config) {
        if (!config.iamAuth()) {
            return () -> DriverManager.getConnection(config.jdbcUrl());
        }
        RdsUtilities rds = RdsUtilities.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .build();
        return () -> {
            Properties props = new Properties();
            props.setProperty("user", config.user());
            props.setProperty("password", rds.generateAuthenticationToken(GenerateAuthenticationTokenRequest.builder()
                    .hostname(config.host()).port(config.port()).username(config.user()).build()));
            props.setProperty("connectTimeout", "5");
            props.setProperty("socketTimeout", "8"); // well under the functions' 20 s, so a hung query still ends in a reply
            return DriverManager.getConnection(config.jdbcUrl(), props);
        };
    }
}
