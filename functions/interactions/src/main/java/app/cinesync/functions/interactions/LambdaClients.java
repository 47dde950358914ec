package app.cinesync.functions.interactions;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The Lambda client, built once per container the cheap way: explicit region and the JDK's
 * URLConnection HTTP client (no Apache, no Netty). Credentials come from the default chain:
 * under SnapStart, Lambda provides container credentials instead of the access-key environment
 * variables, so an environment-only provider would fail after every restore. The whole call,
 * retry included, must fit in Discord's 3 seconds: 2.2 s, at most two attempts.
 */
final class LambdaClients {
    private LambdaClients() {
    }

    static LambdaClient lambda(String region) {
        return LambdaClient.builder()
                .region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(1))
                        .socketTimeout(Duration.ofMillis(2000)))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMillis(2200))
                        .retryStrategy(r -> r.maxAttempts(2)))
                .build();
    }
}
