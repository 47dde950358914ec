package app.cinesync.aws;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * AWS SDK clients built the cheap way for Lambda: explicit region (no region lookup chain), the
 * JDK's URLConnection HTTP client (no Apache or Netty), credentials from the default chain (under
 * SnapStart Lambda provides container credentials, not the access-key environment variables).
 * Built once per container.
 */
public final class Clients {
    private Clients() {
    }

    public static SqsClient sqs(String region) {
        return SqsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)).socketTimeout(Duration.ofSeconds(5)))
                .build();
    }
}
