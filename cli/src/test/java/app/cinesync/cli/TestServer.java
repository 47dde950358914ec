package app.cinesync.cli;

import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.RequestSigner;

/**
 * One local endpoint over the test database per test JVM, with its own signing key, started on
 * first use and closed when the JVM exits: the endpoint tests share it as they share the database.
 */
final class TestServer {
    static final RequestSigner SIGNER = RequestSigner.random();
    private static LocalServer server;

    private TestServer() {
    }

    static synchronized LocalServer get() {
        if (server == null) {
            server = LocalServer.start(TestDatabase.get(), 0, SIGNER.publicKeyHex(), null);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
