package app.cinesync.functions.interactions;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The Lambda client, built once per container the cheap way: explicit region, credentials from
 * the environment Lambda sets, the JDK's URLConnection HTTP client (no Apache, no Netty).
 */
final class LambdaClients {
    private LambdaClients() {
    }

    static LambdaClient lambda(String region) {
        return LambdaClient.builder()
                .region(Region.of(region))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(1))
                        .socketTimeout(Duration.ofMillis(2500)))
                .build();
    }
}
