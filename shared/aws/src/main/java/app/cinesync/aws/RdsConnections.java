package app.cinesync.aws;

import app.cinesync.core.db.ConnectionFactory;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rds.RdsUtilities;
import software.amazon.awssdk.services.rds.model.GenerateAuthenticationTokenRequest;

/**
 * Opens connections; on RDS with an IAM authentication token generated for each new connection
 * (tokens live 15 minutes, connections longer, and a restored SnapStart snapshot opens new
 * connections, hence new tokens). The token is never logged.
 *
 * <p>Driver settings, the same locally and on RDS ({@link #driverProperties}):
 * <ul>
 *   <li>{@code assumeMinServerVersion=17}: pgJDBC then sends {@code application_name} in the
 *       startup packet; by default it sends {@code SET application_name = ...} after login. RDS
 *       Proxy pins a client to its database connection for the whole session when it sees a
 *       {@code SET}, so without this every warm container would hold a database connection of
 *       its own ({@code DriverSessionIT} records what the driver sends).</li>
 *   <li>{@code prepareThreshold=0}: only unnamed statements (by default a statement run five
 *       times becomes the named {@code S_1}). RDS Proxy multiplexes the extended query protocol,
 *       re-preparing a named statement on whichever database connection serves the next
 *       transaction, so server-side preparation buys nothing behind it and only adds state the
 *       proxy must track.</li>
 *   <li>timeouts: 5 s to connect, and a socket timeout the caller chooses (the socket timeouts of
 *       {@link app.cinesync.core.db.DatabaseTimeouts}, the same as locally: short for the request
 *       functions, long for training and import; the migration's own deadline). No
 *       {@code statement_timeout}: it would travel as a session option, which RDS Proxy would have
 *       to pin a connection for.</li>
 * </ul>
 */
public final class RdsConnections {
    private RdsConnections() {
    }

    public static ConnectionFactory factory(DatabaseConfig config, Duration socketTimeout) {
        if (!config.iamAuth()) {
            return () -> DriverManager.getConnection(config.jdbcUrl(), driverProperties(socketTimeout));
        }
        RdsUtilities rds = RdsUtilities.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .build();
        return () -> {
            Properties props = driverProperties(socketTimeout);
            props.setProperty("user", config.user());
            props.setProperty("password", rds.generateAuthenticationToken(GenerateAuthenticationTokenRequest.builder()
                    .hostname(config.host()).port(config.port()).username(config.user()).build()));
            return DriverManager.getConnection(config.jdbcUrl(), props);
        };
    }

    /** What every connection is opened with, besides user and password. */
    static Properties driverProperties(Duration socketTimeout) {
        Properties props = new Properties();
        props.setProperty("assumeMinServerVersion", "17");
        props.setProperty("prepareThreshold", "0");
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", Long.toString(Math.max(1, socketTimeout.toSeconds())));
        return props;
    }
}
