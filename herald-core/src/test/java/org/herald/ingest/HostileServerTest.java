package org.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.herald.ingest.internal.Addresses;
import org.herald.ingest.internal.HttpFetcher;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that attack the fetcher, started on 127.0.0.1 by the test: a gzip bomb, redirect loops,
 * redirects to private addresses, and a slow-loris server that sends a byte now and then forever.
 * Each fetch ends in one problem naming what the server did.
 */
class HostileServerTest {

    private HttpServer server;
    private ExecutorService pool;
    private String base;
    private final AtomicInteger privateHits = new AtomicInteger();

    /** 64 MB of zeros in about 64 KB of gzip. */
    private static final byte[] BOMB = bomb(64 << 20);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/robots.txt", ex -> send(ex, 404, "text/plain", null, new byte[0]));
        server.createContext("/page", ex -> send(ex, 200, "text/html", null, "<p>A story.</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/zipped", ex -> send(ex, 200, "text/html", "gzip",
                gzip("<p>A compressed story.</p>".getBytes(StandardCharsets.UTF_8))));
        server.createContext("/bomb", ex -> send(ex, 200, "text/html", "gzip", BOMB));
        server.createContext("/brotli", ex -> send(ex, 200, "text/html", "br", new byte[] {1, 2, 3}));
        server.createContext("/ping", ex -> redirect(ex, "/pong"));
        server.createContext("/pong", ex -> redirect(ex, "/ping"));
        server.createContext("/secret", ex -> {
            privateHits.incrementAndGet();
            send(ex, 200, "text/html", null, "<p>internal</p>".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/to", ex -> redirect(ex, ex.getRequestURI().getRawQuery()));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    @Test
    void a_gzip_bomb_stops_at_the_size_cap_and_a_plain_gzip_page_is_read() {
        Ingester in = ingester(1 << 20, Duration.ofSeconds(20));
        assertThat(fetch(in, "/bomb")).singleElement().satisfies(o -> {
            assertThat(o).isInstanceOf(Outcome.Failed.class);
            assertThat(o.problem().code()).isEqualTo(Problem.Code.HTTP_TOO_LARGE);
        });
        RawDocument page = ((Outcome.Ok<RawDocument>) fetch(in, "/zipped").get(0)).value();
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>A compressed story.</p>");
        assertThat(fetch(in, "/brotli").get(0).problem().message()).contains("encoding").contains("br");
    }

    @Test
    void a_redirect_loop_ends_at_the_redirect_limit() {
        assertThat(fetch(ingester(1 << 20, Duration.ofSeconds(5)), "/ping")).singleElement()
                .satisfies(o -> assertThat(o.problem().code()).isEqualTo(Problem.Code.HTTP_REDIRECTS));
    }

    @Test
    void a_redirect_to_a_private_address_is_refused_before_any_request_is_made() {
        int port = server.getAddress().getPort();
        // 127.0.0.1 stands for the public internet here; every other private address stays private
        HttpFetcher fetcher = new HttpFetcher(new HttpFetcher.Limits(1 << 20, Duration.ofSeconds(2), Duration.ofSeconds(5),
                5, Duration.ZERO, false, "Herald-test", "herald"),
                a -> Addresses.isPrivate(a) && !a.getHostAddress().equals("127.0.0.1"));
        assertThat(fetcher.fetch(base + "/page", RawDocument.Hints.NONE)).isInstanceOf(Outcome.Ok.class);
        for (String target : List.of("http://127.0.0.2:" + port + "/secret",
                "http://[::1]:" + port + "/secret", "http://0.0.0.0:" + port + "/secret", "http://10.1.2.3/secret",
                "http://169.254.169.254/latest/meta-data/", "http://192.168.0.1/", "http://2130706434:" + port + "/secret")) {
            Outcome<RawDocument> o = fetcher.fetch(base + "/to?" + target, RawDocument.Hints.NONE);
            assertThat(o).as(target).isInstanceOf(Outcome.Failed.class);
            assertThat(o.problem().code()).as(target).isEqualTo(Problem.Code.HTTP_PRIVATE_ADDRESS);
        }
        assertThat(privateHits.get()).isZero();
    }

    @Test
    void a_slow_loris_server_is_given_up_on_at_the_deadline() throws Exception {
        for (boolean inHeaders : new boolean[] {true, false}) {
            try (SlowLoris loris = new SlowLoris(inHeaders)) {
                List<Outcome<RawDocument>> out;
                try (var s = ingester(1 << 20, Duration.ofSeconds(1)).read(loris.url() + "/page")) {
                    out = s.toList();
                }
                assertThat(out).singleElement().satisfies(o -> {
                    assertThat(o).isInstanceOf(Outcome.Failed.class);
                    assertThat(o.problem().code()).isEqualTo(Problem.Code.HTTP_TIMEOUT);
                });
                assertThat(loris.bytesSent()).as("the server kept sending").isPositive();
            }
        }
    }

    /** Answers every connection with a start and then one byte every 50 ms, without end. */
    private static final class SlowLoris implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> clients = new ArrayList<>();
        private final AtomicInteger sent = new AtomicInteger();
        private final Thread acceptor;

        SlowLoris(boolean inHeaders) throws IOException {
            acceptor = new Thread(() -> {
                try {
                    while (!socket.isClosed()) {
                        Socket c = socket.accept();
                        synchronized (clients) {
                            clients.add(c);
                        }
                        Thread t = new Thread(() -> dribble(c, inHeaders));
                        t.setDaemon(true);
                        t.start();
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void dribble(Socket c, boolean inHeaders) {
            try (c; OutputStream out = c.getOutputStream()) {
                String start = inHeaders ? "HTTP/1.1 200 OK\r\nX-Slow: "
                        : "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000000\r\n\r\n<p>";
                out.write(start.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                while (true) {
                    Thread.sleep(50);
                    out.write('a');
                    out.flush();
                    sent.incrementAndGet();
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up, or the test is over
            }
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        int bytesSent() {
            return sent.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (clients) {
                for (Socket c : clients) {
                    c.close();
                }
            }
        }
    }

    private static Ingester ingester(long maxBytes, Duration timeout) {
        return new Ingester(Ingester.Options.DEFAULT.withAllowPrivate(true).withMaxBytes(maxBytes)
                .withTimeouts(timeout, timeout, Duration.ZERO));
    }

    private List<Outcome<RawDocument>> fetch(Ingester ingester, String path) {
        try (var s = ingester.read(base + path)) {
            return s.toList();
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        send(ex, 302, "text/plain", null, new byte[0]);
    }

    private static void send(HttpExchange ex, int status, String type, String encoding, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        if (encoding != null) {
            ex.getResponseHeaders().add("Content-Encoding", encoding);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] bomb(int zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 20];
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            for (int i = 0; i < zeros; i += chunk.length) {
                gz.write(chunk);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
