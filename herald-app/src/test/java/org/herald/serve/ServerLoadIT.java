package org.herald.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.herald.model.Json;
import org.herald.model.Mode;
import org.herald.pipeline.Pipeline;
import org.herald.store.Reports;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under a bounded load: a fixed plan of requests, run from a few threads on
 * 127.0.0.1, reads of every GET route in the contract (with the parameters the contract names,
 * filled with good values and with hostile ones: SQL, path traversal, Lucene syntax, huge and
 * malformed numbers, bytes that are not UTF-8) together with writes ({@code POST /api/articles}
 * coded by the real pipeline, and bad bodies). It stops by itself, prints throughput, p50 and p99
 * latency per kind of request, and the heap; it asserts no 5xx, no answer holding a file from
 * beside the store or from the system, the store's tables whole and counted as the writes said,
 * and the heap after the run back within bounds. No timing is asserted.
 *
 * <p>Sizes: {@code -Dload.requests} (reads, default 600), {@code -Dload.posts} (new articles,
 * default 6), {@code -Dload.threads} (default 4); {@code -Dload.store=FILE} serves a copy of a
 * store instead of hand-made articles.
 */
class ServerLoadIT {

    private static final int READS = Integer.getInteger("load.requests", 600);
    private static final int POSTS = Integer.getInteger("load.posts", 6);
    private static final int THREADS = Integer.getInteger("load.threads", 4);
    private static final String TOKEN = "load-" + UUID.randomUUID();

    @TempDir
    Path dir;

    /** One planned request; {@code raw} requests are written on a socket as they are, for paths a client would tidy. */
    record Planned(String kind, String method, String target, String body, String token, boolean raw) {
    }

    record Done(Planned request, int status, long nanos, String body) {
    }

    private static final List<String> HOSTILE = List.of("' OR '1'='1", "1; DROP TABLE articles; --",
            "x') UNION SELECT id, text FROM articles --", "\"; SELECT * FROM duckdb_settings(); --",
            "../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "%00", "%ED%A0%80", "%C0%AF", "*", "%", "_",
            "title:(a OR b)~2", "[* TO *]", "\\", "AND OR NOT", "a".repeat(5000), "-1", "99999999999999999999",
            "1e400", "NaN", "0x10", "2024-13-45", "9999-99", "null", "{}", "()", "?*?", "\u202e", "RUS%", "RUS_");

    private static final List<String> TRAVERSALS = List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/..%2f..%2f..%2f..%2fetc%2fpasswd", "/%252e%252e/%252e%252e/etc/passwd", "//etc/passwd",
            "/assets/../../../../etc/passwd", "/..\\..\\..\\etc\\passwd", "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
            "/api/articles/..%2f..%2fcanary.txt", "/api/articles/../../canary.txt", "/../canary.txt",
            "/%2e%2e/canary.txt", "/org/herald/serve/Server.class", "/../org/herald/serve/Server.class",
            "/logback.xml", "/../store.duckdb", "/%2e%2e/store.duckdb", "/api/openapi.yaml/../../../etc/passwd",
            "/file:///etc/passwd", "/api/events/..%2F..%2F..%2Fetc%2Fpasswd");

    @Test
    void the_server_under_load_answers_every_request_without_a_server_error() throws Exception {
        Path db = dir.resolve("store.duckdb");
        String canary = "canary-" + UUID.randomUUID();
        Files.writeString(dir.resolve("canary.txt"), canary);
        String source = System.getProperty("load.store");
        if (source != null) {
            Files.copy(Path.of(source), db, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Store store = Store.open(db)) {
            if (source == null) {
                fill(store);
            }
            long articlesBefore = store.counts().articles();
            try (Server server = Server.start(store, new Server.Config("127.0.0.1", 0, TOKEN), Pipeline::standard)) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                // the first write loads the pipeline; it and a round of reads are not measured
                Done warm = send(http, base, new Planned("warm-up", "POST", "/api/articles", article(-1), TOKEN, false));
                assertThat(warm.status()).as(warm.body()).isEqualTo(201);
                List<Planned> plan = plan(http, base, new Random(17));
                for (Planned p : plan.subList(0, Math.min(40, plan.size()))) {
                    if (p.method().equals("GET")) {
                        send(http, base, p);
                    }
                }

                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                System.gc();
                long heapBefore = memory.getHeapMemoryUsage().getUsed();
                AtomicLong peakHeap = new AtomicLong(heapBefore);
                ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
                AtomicInteger next = new AtomicInteger();
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                long t0 = System.nanoTime();
                List<Thread> clients = new ArrayList<>();
                List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
                for (int t = 0; t < THREADS; t++) {
                    Thread c = new Thread(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < plan.size()) {
                            try {
                                done.add(send(http, base, plan.get(i)));
                            } catch (IOException | InterruptedException | RuntimeException e) {
                                failures.add(new AssertionError(plan.get(i) + ": " + e, e));
                            }
                        }
                    }, "load-client-" + t);
                    c.start();
                    clients.add(c);
                }
                for (Thread c : clients) {
                    c.join();
                }
                long wall = System.nanoTime() - t0;
                sampler.interrupt();
                System.gc();
                long heapAfter = memory.getHeapMemoryUsage().getUsed();

                print(new ArrayList<>(done), wall, heapBefore, peakHeap.get(), heapAfter, store, source);

                assertThat(failures).as("requests that got no answer").isEmpty();
                assertThat(done).hasSize(plan.size());
                List<Done> serverErrors = done.stream().filter(d -> d.status() >= 500).toList();
                assertThat(serverErrors).as("5xx answers").isEmpty();
                for (Done d : done) {
                    // no file from beside the store or from the system, no class file, no row of a query a
                    // parameter smuggled in (duckdb_settings() has access_mode), no SQL error of DuckDB's
                    assertThat(d.body()).as(d.request().target()).doesNotContain(canary).doesNotContain("root:x:0:0")
                            .doesNotContain("\u00CA\u00FE\u00BA\u00BE").doesNotContain("access_mode")
                            .doesNotContain("Parser Error").doesNotContain("Binder Error").doesNotContain("Catalog Error");
                }
                for (Done d : done) {
                    if (d.request().kind().equals("traversal")) {
                        assertThat(d.status()).as(d.request().target()).isIn(400, 403, 404);
                    }
                }
                long stored = done.stream().filter(d -> d.request().kind().equals("write") && d.status() == 201).count();
                assertThat(stored).as("new articles stored").isEqualTo(POSTS);
                assertThat(store.counts().articles()).isEqualTo(articlesBefore + 1 + stored);
                // what the run leaves on the heap is bounded by the work, not by the number of requests
                assertThat(heapAfter - heapBefore).as("heap kept after the run").isLessThan(512L << 20);
            }
        }
    }

    // ---- the plan

    private List<Planned> plan(HttpClient http, String base, Random r) throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Server.openApi());
        Map<String, List<String>> pathValues = new LinkedHashMap<>();
        pathValues.put("id", values(http, base, "/api/articles?limit=200", "articles", "id"));
        pathValues.put("key", values(http, base, "/api/events?limit=200", "events", "event_key"));
        List<String> routes = new ArrayList<>(); // every GET route of the contract but the contract itself
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getValue().has("get") && !p.getKey().endsWith(".yaml")) {
                routes.add(p.getKey());
            }
        }
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            if (i % 25 == 24) {
                plan.add(new Planned("traversal", "GET", TRAVERSALS.get(r.nextInt(TRAVERSALS.size())), null, null, true));
                continue;
            }
            String path = routes.get(r.nextInt(routes.size()));
            boolean hostile = r.nextInt(4) == 0;
            StringBuilder target = new StringBuilder();
            for (String part : path.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                target.append('/');
                if (part.startsWith("{")) {
                    List<String> v = pathValues.getOrDefault(part.substring(1, part.length() - 1), List.of());
                    target.append(hostile || v.isEmpty() ? encode(HOSTILE.get(r.nextInt(HOSTILE.size())))
                            : v.get(r.nextInt(v.size())));
                } else {
                    target.append(part);
                }
            }
            char sep = '?';
            for (JsonNode param : parameters(spec, path)) {
                if (!param.path("in").asText().equals("query") || r.nextInt(3) != 0 && !param.path("required").asBoolean()) {
                    continue;
                }
                String value = hostile ? HOSTILE.get(r.nextInt(HOSTILE.size())) : good(param, r);
                // a hostile value already percent-encoded goes as it is: bytes that are not UTF-8 once decoded
                target.append(sep).append(param.path("name").asText()).append('=')
                        .append(value.matches("(%[0-9A-F]{2})+") ? value : encode(value));
                sep = '&';
            }
            plan.add(new Planned(hostile ? "read (hostile)" : "read", "GET", target.toString(), null, null, false));
        }
        for (int i = 0; i < POSTS; i++) {
            plan.add(new Planned("write", "POST", "/api/articles", article(i), TOKEN, false));
            plan.add(new Planned("write (refused)", "POST", "/api/articles", List.of("{\"text\": \"unterminated",
                    "{\"title\": \"no text\"}", "[1, 2, 3]", "{\"text\": 7}", "{\"text\": \"x\", \"media_type\": \"image/png\"}",
                    "{\"text\":" + "[".repeat(5000) + "}").get(i % 6), TOKEN, false));
            plan.add(new Planned("write (refused)", "POST", "/api/articles", article(i), "wrong-token", false));
        }
        Collections.shuffle(plan, r);
        return plan;
    }

    private static List<JsonNode> parameters(JsonNode spec, String path) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : spec.path("paths").path(path).path("get").path("parameters")) {
            if (p.has("$ref")) {
                String[] ref = p.get("$ref").asText().replace("#/", "").split("/");
                JsonNode n = spec;
                for (String part : ref) {
                    n = n.path(part);
                }
                out.add(n);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** A value the contract allows: one of its enum, its example, or a small number. */
    private static String good(JsonNode param, Random r) {
        JsonNode schema = param.path("schema");
        if (schema.has("enum")) {
            return schema.get("enum").get(r.nextInt(schema.get("enum").size())).asText();
        }
        if (param.has("example")) {
            return param.get("example").asText();
        }
        return schema.path("type").asText().equals("integer") ? String.valueOf(r.nextInt(60)) : "Peru";
    }

    private static List<String> values(HttpClient http, String base, String path, String list, String field)
            throws Exception {
        Done d = send(http, base, new Planned("setup", "GET", path, null, null, false));
        List<String> out = new ArrayList<>();
        for (JsonNode n : Json.read(d.body(), JsonNode.class).path(list)) {
            out.add(n.path(field).asText());
        }
        return out;
    }

    /** A new article for each number: a fictional story in the form of a wire report. */
    private static String article(int n) {
        String[][] pairs = {{"Chile", "Peru"}, {"Norway", "Sweden"}, {"Kenya", "Uganda"}, {"Japan", "South Korea"},
            {"Brazil", "Argentina"}, {"Poland", "Lithuania"}, {"Egypt", "Jordan"}, {"Canada", "Mexico"}};
        String[] topics = {"fisheries", "border crossings", "rail links", "water rights", "electricity trade", "fishing quotas"};
        String[] p = pairs[Math.floorMod(n, pairs.length)];
        String topic = topics[Math.floorMod(n / pairs.length, topics.length)];
        String text = p[0] + " and " + p[1] + " hold talks on " + topic + " (report " + n + ")\n\n"
                + "The foreign minister of " + p[0] + " met her counterpart from " + p[1] + " on Monday to discuss "
                + topic + ", officials said.\n\n" + p[1] + " will send a delegation to the next round of talks, "
                + "a spokesman said. Report number " + n + ".";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("published", "2025-05-12");
        body.put("url", "https://news.example/talks/" + n);
        return Json.write(body);
    }

    /** Hand-made coded articles, for a run with no store given. */
    private static void fill(Store store) throws SQLException {
        String[] places = {"Lima", "Oslo", "Nairobi", "Tokyo"};
        for (int i = 0; i < 40; i++) {
            store.put(Reports.report("Chile minister visits Peru, report " + i,
                    "Chile sent its minister to visit Peru in " + places[i % places.length] + " (report " + i + ").",
                    "site" + (i % 5) + ".example"));
        }
        store.put(Reports.article("Peru protests", "Peru protested against Chile on Monday.", "x.example",
                new Reports.Act("111", 3, -2.0, "PER", "Peru", "CHL", "Chile", "protested", Mode.ASSERTED, null, null, null)));
    }

    // ---- sending

    private static Done send(HttpClient http, String base, Planned p) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        if (p.raw()) {
            return raw(base, p, t0);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + p.target())).timeout(Duration.ofMinutes(5));
        if (p.method().equals("POST")) {
            b.POST(HttpRequest.BodyPublishers.ofString(p.body())).header("Content-Type", "application/json");
            if (p.token() != null) {
                b.header("Authorization", "Bearer " + p.token());
            }
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Done(p, r.statusCode(), System.nanoTime() - t0, r.body());
    }

    /** The request line written as it is, so that nothing tidies its dots and slashes on the way. */
    private static Done raw(String base, Planned p, long t0) throws IOException {
        URI u = URI.create(base);
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), u.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + p.target() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String answer = all.toString(StandardCharsets.ISO_8859_1);
            int status = answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
            return new Done(p, status, System.nanoTime() - t0, answer);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- figures

    private static void print(List<Done> done, long wall, long heapBefore, long peak, long heapAfter, Store store,
                              String source) throws SQLException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nServerLoadIT: %d requests from %d threads in %.1f s: %.1f requests/s "
                        + "(store: %s, %d articles)%n", done.size(), THREADS, wall / 1e9, done.size() / (wall / 1e9),
                source == null ? "hand-made" : source, store.counts().articles()));
        out.append(String.format(Locale.ROOT, "%-18s %7s %9s %9s %9s  %s%n", "kind", "count", "p50 ms", "p99 ms", "max ms",
                "statuses"));
        Map<String, List<Done>> byKind = new java.util.TreeMap<>();
        for (Done d : done) {
            byKind.computeIfAbsent(d.request().kind(), k -> new ArrayList<>()).add(d);
        }
        byKind.put("all", done);
        for (Map.Entry<String, List<Done>> e : byKind.entrySet()) {
            long[] ns = e.getValue().stream().mapToLong(Done::nanos).sorted().toArray();
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (Done d : e.getValue()) {
                statuses.merge(d.status(), 1, Integer::sum);
            }
            out.append(String.format(Locale.ROOT, "%-18s %7d %9.1f %9.1f %9.1f  %s%n", e.getKey(), ns.length,
                    pct(ns, 50) / 1e6, pct(ns, 99) / 1e6, ns[ns.length - 1] / 1e6, statuses));
        }
        out.append(String.format(Locale.ROOT, "heap: %d MB before, %d MB at most during, %d MB after (after GC)%n",
                heapBefore >> 20, peak >> 20, heapAfter >> 20));
        System.out.print(out);
    }

    private static long pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
