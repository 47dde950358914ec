package app.cinesync.aws;

/**
 * Where the database is. In AWS: {@code DB_HOST} (the RDS Proxy endpoint), {@code DB_PORT}
 * (default 5432), {@code DB_NAME}, {@code DB_USER}, authenticated with a fresh IAM token per
 * connection, so no password exists anywhere. For {@code sam local invoke} against a local
 * database: {@code DATABASE_URL} ({@code jdbc:postgresql://host:port/db?user=..&password=..}).
 *
 * <p>TLS to the proxy is {@code verify-full}: the certificate must chain to a trusted root and
 * name the host. RDS Proxy presents an ACM certificate (Amazon Trust Services roots, which every
 * JDK's {@code cacerts} carries), not one of the RDS CA bundle, so the driver checks it against
 * the JVM's default trust store ({@code DefaultJavaSSLFactory}) rather than libpq's
 * {@code ~/.postgresql/root.crt}, which does not exist in Lambda.
 */
public record DatabaseConfig(String jdbcUrl, String host, int port, String name, String user, String region) {
    static final String TLS = "sslmode=verify-full&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory";

    public static DatabaseConfig fromEnv(Env env) {
        var url = env.optional("DATABASE_URL");
        if (url.isPresent()) {
            return new DatabaseConfig(url.get(), null, 0, null, null, null);
        }
        String host = env.required("DB_HOST");
        int port = Integer.parseInt(env.optional("DB_PORT").orElse("5432"));
        String name = env.required("DB_NAME");
        return new DatabaseConfig("jdbc:postgresql://" + host + ":" + port + "/" + name + "?" + TLS,
                host, port, name, env.required("DB_USER"), env.required("AWS_REGION"));
    }

    public boolean iamAuth() {
        return host != null;
    }
}
