package app.cinesync.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * RDS Proxy's certificate is issued by ACM and chains to Amazon Trust Services roots (or, cross-
 * signed, to Starfield Services Root G2). {@link DatabaseConfig} verifies it with the JVM's
 * default trust store; this checks that store (here the build's JDK, in Lambda Corretto's, which
 * carries the same roots) holds them.
 */
class ProxyTrustTest {
    @Test
    void theJvmsDefaultTrustStore_trustsTheRootsRdsProxyCertificatesChainTo() throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null); // the JVM's default: $JAVA_HOME/lib/security/cacerts
        List<String> roots = Arrays.stream(factory.getTrustManagers())
                .filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast)
                .flatMap(tm -> Arrays.stream(tm.getAcceptedIssuers()))
                .map(X509Certificate::getSubjectX500Principal).map(Object::toString).toList();

        assertThat(roots).contains("CN=Amazon Root CA 1, O=Amazon, C=US", "CN=Amazon Root CA 2, O=Amazon, C=US",
                "CN=Amazon Root CA 3, O=Amazon, C=US", "CN=Amazon Root CA 4, O=Amazon, C=US");
        assertThat(roots).anyMatch(r -> r.startsWith("CN=Starfield Services Root Certificate Authority - G2"));
    }
}
