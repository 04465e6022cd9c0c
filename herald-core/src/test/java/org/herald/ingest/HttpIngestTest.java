package org.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.herald.model.Outcome;
import org.herald.model.Position;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching from a server on the loopback interface, which only an explicit allowance reaches. */
class HttpIngestTest {

    private HttpServer server;
    private ExecutorService pool;
    private String base;
    private volatile String lastAgent;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private\n"));
        server.createContext("/page", ex -> {
            lastAgent = ex.getRequestHeaders().getFirst("User-Agent");
            send(ex, 200, "text/html; charset=utf-8", "<html><body><p>A fetched story.</p></body></html>");
        });
        server.createContext("/private", ex -> send(ex, 200, "text/html", "<p>secret</p>"));
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            send(ex, 302, "text/plain", "");
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/page");
            send(ex, 301, "text/plain", "");
        });
        server.createContext("/big", ex -> send(ex, 200, "text/html", "<p>" + "x".repeat(300_000) + "</p>"));
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "no"));
        server.createContext("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4"));
        server.createContext("/hang", ex -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", "<p>late</p>");
        });
        server.createContext("/feed", ex -> send(ex, 200, "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>%s/</link><description>d</description>
                <item><title>Fetched story</title><link>%s/page</link></item></channel></rss>""".formatted(base, base)));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private List<Outcome<RawDocument>> fetch(Ingester ingester, String path) {
        try (var s = ingester.read(base + path)) {
            return s.toList();
        }
    }

    private static Ingester allowed(long maxBytes) {
        return new Ingester(Ingester.Options.DEFAULT.withAllowPrivate(true).withMaxBytes(maxBytes)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO));
    }

    @Test
    void loopback_addresses_are_refused_by_default() {
        assertThat(fetch(new Ingester(), "/page")).singleElement()
                .satisfies(o -> assertThat(o.problem().code()).isEqualTo(Code.HTTP_PRIVATE_ADDRESS));
    }

    @Test
    void an_allowed_fetch_sends_an_identifying_agent_and_keeps_type_and_charset() {
        RawDocument d = ((Outcome.Ok<RawDocument>) fetch(allowed(1 << 20), "/page").get(0)).value();
        assertThat(d.mediaType()).isEqualTo("text/html");
        assertThat(d.charset()).isEqualTo("utf-8");
        assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).contains("A fetched story.");
        assertThat(lastAgent).startsWith("Herald/");
    }

    @Test
    void robots_txt_is_honoured() {
        assertThat(fetch(allowed(1 << 20), "/private/doc")).singleElement().satisfies(o -> {
            assertThat(o).isInstanceOf(Outcome.Skipped.class);
            assertThat(o.problem().code()).isEqualTo(Code.HTTP_ROBOTS);
        });
    }

    @Test
    void redirects_are_followed_up_to_a_limit() {
        RawDocument moved = ((Outcome.Ok<RawDocument>) fetch(allowed(1 << 20), "/moved").get(0)).value();
        assertThat(moved.url()).isEqualTo(base + "/page");
        assertThat(fetch(allowed(1 << 20), "/loop").get(0).problem().code()).isEqualTo(Code.HTTP_REDIRECTS);
    }

    @Test
    void size_cap_status_type_and_timeout_are_problems() {
        Ingester in = allowed(100_000);
        assertThat(fetch(in, "/big").get(0).problem().code()).isEqualTo(Code.HTTP_TOO_LARGE);
        assertThat(fetch(in, "/missing").get(0).problem()).satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.HTTP_STATUS);
            assertThat(p.message()).contains("404");
        });
        assertThat(fetch(in, "/pdf").get(0)).isInstanceOf(Outcome.Skipped.class);
        assertThat(fetch(in, "/hang").get(0).problem().code()).isEqualTo(Code.HTTP_TIMEOUT);
    }

    @Test
    void a_feed_url_gives_its_entries_pages() {
        List<Outcome<RawDocument>> all = fetch(allowed(1 << 20), "/feed");
        assertThat(all).singleElement().satisfies(o -> {
            RawDocument d = ((Outcome.Ok<RawDocument>) o).value();
            assertThat(d.hints().title()).isEqualTo("Fetched story");
            assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).contains("A fetched story.");
        });
    }
}
