package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * herald watch against a real HTTP server this test starts on 127.0.0.1 (so private addresses
 * are allowed for it): a feed of news pages, polled with conditional GETs, the new pages coded
 * with the real models and stored in a real DuckDB file; a restart fetches nothing twice.
 */
class WatchCommandIT {

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private volatile List<String> pages = List.of("a1", "a2", "a3");
    private volatile String etag = "\"v1\"";

    private static final Map<String, String> TEXTS = Map.of(
            "a1", "Ecuador and Colombia agree to reopen border crossings|Ecuador's foreign minister met her Colombian "
                    + "counterpart in Quito on Monday and the two governments agreed to reopen three border crossings.",
            "a2", "Farmers block roads in Paraguay|Thousands of farmers blocked highways across Paraguay on Tuesday to protest "
                    + "against rising fuel prices, and police arrested twelve demonstrators near the capital.",
            "a3", "Chile recalls its ambassador|Chile recalled its ambassador to Peru on Wednesday after Peru's president "
                    + "accused Chilean officials of meddling in the election.",
            "a4", "Brazil and Argentina sign a trade deal|Brazil and Argentina signed a trade agreement in Buenos Aires on "
                    + "Thursday, the two foreign ministries said.");

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        String body;
        String type = "text/html; charset=utf-8";
        if (path.equals("/robots.txt")) {
            body = "User-agent: *\nAllow: /\n";
            type = "text/plain";
        } else if (path.equals("/feed.xml")) {
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            StringBuilder items = new StringBuilder();
            for (String p : pages) {
                items.append("<item><title>").append(TEXTS.get(p).split("\\|")[0]).append("</title><link>").append(base())
                        .append("/").append(p).append(".html</link><pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate></item>");
            }
            body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title><link>" + base()
                    + "/</link><description>news</description>" + items + "</channel></rss>";
            type = "application/rss+xml";
            x.getResponseHeaders().add("ETag", etag);
        } else if (path.matches("/a\\d\\.html")) {
            String[] t = TEXTS.get(path.substring(1, 3)).split("\\|");
            body = "<html><head><title>" + t[0] + "</title><meta property=\"article:published_time\" content=\"2024-06-03\">"
                    + "</head><body><article><h1>" + t[0] + "</h1><p>" + t[1] + "</p><p>Officials said talks would go on "
                    + "next week.</p></article></body></html>";
        } else {
            x.sendResponseHeaders(404, -1);
            x.close();
            return;
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(200, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    private int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private Run watch(Path db) {
        return Run.of("watch", base() + "/feed.xml", "--db", db.toString(), "--allow-private", "--cycles", "1",
                "--every", "1s", "--threads", "1");
    }

    @Test
    void a_feed_is_followed_and_a_restart_fetches_nothing_twice() throws Exception {
        Path db = dir.resolve("watch.duckdb");
        Run first = watch(db);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).as(first.err()).contains("cycle 1", "1 sources (0 unchanged, 0 failed), 3 new entries",
                "read 3, stored 3");
        assertThat(List.of(hits("/a1.html"), hits("/a2.html"), hits("/a3.html"))).containsOnly(1);
        try (Store s = Store.open(db)) {
            assertThat(s.counts().articles()).isEqualTo(3);
            assertThat(s.counts().eventMentions()).isPositive();
        }

        // a restart: the feed answers 304 to the conditional GET, and no page is fetched again
        Run again = watch(db);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 sources (1 unchanged, 0 failed), 0 new entries");
        assertThat(notModified.get()).isEqualTo(1);
        assertThat(List.of(hits("/a1.html"), hits("/a2.html"), hits("/a3.html"))).containsOnly(1);

        // the feed changes: only its new entry is fetched
        pages = List.of("a4", "a1", "a2", "a3");
        etag = "\"v2\"";
        Run later = watch(db);
        assertThat(later.out()).as(later.err()).contains("1 new entries", "read 1, stored 1");
        assertThat(hits("/a4.html")).isEqualTo(1);
        assertThat(List.of(hits("/a1.html"), hits("/a2.html"), hits("/a3.html"))).containsOnly(1);
        try (Store s = Store.open(db)) {
            assertThat(s.counts().articles()).isEqualTo(4);
        }
    }

    @Test
    void private_addresses_stay_refused_unless_allowed() {
        Run r = Run.of("watch", base() + "/feed.xml", "--db", dir.resolve("x.duckdb").toString(), "--cycles", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 failed");
        assertThat(r.err()).contains("private");
        assertThat(hits("/feed.xml")).isZero();
    }
}
