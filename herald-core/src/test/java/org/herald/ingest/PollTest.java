package org.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.model.Outcome;
import org.herald.model.Problem.Code;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A feed polled on a real HTTP server on 127.0.0.1: conditional GETs, entries fetched only when asked. */
class PollTest {

    private HttpServer server;
    private final AtomicInteger pages = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            String body;
            if (path.equals("/feed.xml")) {
                if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    x.sendResponseHeaders(304, -1);
                    x.close();
                    return;
                }
                x.getResponseHeaders().add("ETag", "\"v1\"");
                x.getResponseHeaders().add("Content-Type", "application/rss+xml");
                String base = "http://127.0.0.1:" + server.getAddress().getPort();
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + base + "/</link>"
                        + "<description>d</description><item><title>One</title><link>" + base + "/one.html</link></item>"
                        + "<item><title>Two</title><link>" + base + "/two.html</link></item></channel></rss>";
            } else if (path.endsWith(".html")) {
                pages.incrementAndGet();
                x.getResponseHeaders().add("Content-Type", "text/html");
                body = "<html><body><p>A story.</p></body></html>";
            } else {
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Ingester ingester(boolean allowPrivate) {
        return new Ingester(Ingester.Options.DEFAULT.withAllowPrivate(allowPrivate)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ZERO));
    }

    private String feed() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    @Test
    void a_poll_gives_entries_by_link_fetches_pages_only_when_asked_and_a_second_poll_is_unchanged() {
        Ingester in = ingester(true);
        Ingester.Poll first = in.poll(feed(), null, null);
        assertThat(first.unchanged()).isFalse();
        assertThat(first.etag()).isEqualTo("\"v1\"");
        List<Ingester.Entry> entries = ((Outcome.Ok<List<Ingester.Entry>>) first.entries()).value();
        assertThat(entries).extracting(Ingester.Entry::key).allMatch(k -> k.endsWith("/one.html") || k.endsWith("/two.html"));
        assertThat(pages.get()).isZero();
        assertThat(entries.get(0).document().get()).isInstanceOf(Outcome.Ok.class);
        assertThat(pages.get()).isEqualTo(1);

        Ingester.Poll again = in.poll(feed(), first.etag(), first.lastModified());
        assertThat(again.unchanged()).isTrue();
    }

    @Test
    void a_poll_keeps_the_address_rules() {
        Ingester.Poll p = ingester(false).poll(feed(), null, null);
        assertThat(p.entries().problem().code()).isEqualTo(Code.HTTP_PRIVATE_ADDRESS);
    }
}
