package app.cinesync.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TCP relay on loopback between a PostgreSQL client and server that keeps a copy of what the
 * client sends, and reads it back as PostgreSQL frontend messages: what RDS Proxy would see.
 */
final class PgWireRecorder implements AutoCloseable {
    /** A Parse message: the statement name ("" for unnamed) and its SQL. */
    record Parse(String name, String sql) {
    }

    private final ServerSocket listener;
    private final int serverPort;
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final List<Socket> sockets = new ArrayList<>();

    PgWireRecorder(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        try {
            Socket client = listener.accept(); // one client connection is all a test records
            Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
            synchronized (sockets) {
                sockets.add(client);
                sockets.add(server);
            }
            Thread.ofVirtual().start(() -> pump(client, server, true));
            Thread.ofVirtual().start(() -> pump(server, client, false));
        } catch (IOException e) {
            // closed before a client came
        }
    }

    private void pump(Socket from, Socket to, boolean record) {
        byte[] buf = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                if (record) {
                    synchronized (sent) {
                        sent.write(buf, 0, n);
                    }
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side closed
        }
    }

    private ByteBuffer recorded() {
        synchronized (sent) {
            return ByteBuffer.wrap(sent.toByteArray());
        }
    }

    /** The startup packet's parameters (the client must not ask for SSL: the relay does not speak it). */
    Map<String, String> startupParameters() {
        ByteBuffer b = recorded();
        int length = b.getInt();
        int protocol = b.getInt();
        if (protocol != 196608) {
            throw new IllegalStateException("not a startup packet (protocol " + protocol + ")");
        }
        Map<String, String> params = new LinkedHashMap<>();
        List<String> strings = strings(b, length - 8);
        for (int i = 0; i + 1 < strings.size(); i += 2) {
            params.put(strings.get(i), strings.get(i + 1));
        }
        return params;
    }

    /** The SQL of every simple-protocol Query message after the startup packet. */
    List<String> simpleQueries() {
        List<String> out = new ArrayList<>();
        messages((type, body) -> {
            if (type == 'Q') {
                out.add(strings(body, body.remaining()).getFirst());
            }
        });
        return out;
    }

    /** Every extended-protocol Parse message. */
    List<Parse> parses() {
        List<Parse> out = new ArrayList<>();
        messages((type, body) -> {
            if (type == 'P') {
                List<String> s = strings(body, body.remaining());
                out.add(new Parse(s.get(0), s.get(1)));
            }
        });
        return out;
    }

    private interface MessageVisitor {
        void visit(char type, ByteBuffer body);
    }

    private void messages(MessageVisitor visitor) {
        ByteBuffer b = recorded();
        b.position(b.getInt(0)); // skip the startup packet
        while (b.remaining() >= 5) {
            char type = (char) b.get();
            int length = b.getInt();
            ByteBuffer body = b.slice(b.position(), length - 4);
            b.position(b.position() + length - 4);
            visitor.visit(type, body);
        }
    }

    private static List<String> strings(ByteBuffer b, int limit) {
        List<String> out = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        for (int i = 0; i < limit; i++) {
            byte c = b.get();
            if (c == 0) {
                out.add(current.toString(StandardCharsets.UTF_8));
                current.reset();
            } else {
                current.write(c);
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            listener.close();
            synchronized (sockets) {
                for (Socket s : sockets) {
                    s.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
