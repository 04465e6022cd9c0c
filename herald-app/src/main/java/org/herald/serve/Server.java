package org.herald.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.herald.events.EventCoder;
import org.herald.model.CodedArticle;
import org.herald.model.Json;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.herald.model.Stage;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;

/**
 * Herald's HTTP API over a store: the rolled-up events, their mentions with evidence, the
 * articles with everything coded in them, a summary, and the views of the dashboard (actor
 * network, timeline, facets, places, full-text search), all selected by one filter, as JSON; the contract
 * is {@code openapi.yaml}, served at {@code /api/openapi.yaml}. When a token is configured,
 * {@code POST /api/articles} codes and stores a submitted article.
 *
 * <p>Binds to 127.0.0.1 unless told otherwise; reads need no token, writes always do. The
 * pipeline (CoreNLP) is loaded on the first write, so a read-only server starts in a second.
 * Bad requests get a JSON body {@code {"error": code, "message": ...}} that names the parameter
 * or the position in the body.
 */
public final class Server implements AutoCloseable {

    /** With {@code bin=auto}, the timeline's bin is the finest that gives at most this many. */
    static final int AUTO_BINS = 150;

    /** The longest full-text query accepted, in characters. */
    static final int MAX_QUERY = 500;

    /** The largest article body accepted, in bytes. */
    public static final int MAX_BODY = 4 * 1024 * 1024;

    /** How the server is started: where it listens and the write token (null: read-only). */
    public record Config(String host, int port, String token) {
        public Config {
            if (token != null && token.isBlank()) {
                throw new IllegalArgumentException("the write token is empty");
            }
        }

        public static Config local(int port) {
            return new Config("127.0.0.1", port, null);
        }
    }

    /** A route the server answers; the contract test checks each against openapi.yaml. */
    public record Route(String method, String path) {
    }

    private final Store store;
    private final Config config;
    private final Supplier<Pipeline> pipelines;
    private final List<Route> routes = new ArrayList<>();
    private final Javalin app;
    private Batch<CodedArticle> batch;
    private List<Map<String, Object>> codes;

    private Server(Store store, Config config, Supplier<Pipeline> pipelines) {
        this.store = store;
        this.config = config;
        this.pipelines = pipelines;
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            c.http.maxRequestSize = MAX_BODY;
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/herald/serve/web";
                s.location = Location.CLASSPATH;
            });
        });
        get("/api/health", this::health);
        get("/api/summary", ctx -> ctx.json(store.summary()));
        get("/api/events", this::events);
        get("/api/events/{key}", this::event);
        get("/api/facets", ctx -> ctx.json(store.facets(filter(ctx))));
        get("/api/network", this::network);
        get("/api/timeline", this::timeline);
        get("/api/places", ctx -> ctx.json(store.places(filter(ctx), intParam(ctx, "limit", 500))));
        get("/api/search", this::search);
        get("/api/articles", ctx -> ctx.json(Map.of("articles",
                store.articles(intParam(ctx, "limit", 50), intParam(ctx, "offset", 0)))));
        get("/api/articles/{id}", this::article);
        get("/api/codes", ctx -> ctx.json(Map.of("codes", codes())));
        get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi()));
        routes.add(new Route("POST", "/api/articles"));
        app.post("/api/articles", this::submit);
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.code, e.getMessage()));
        app.exception(SQLException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "store", e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                e.getClass().getSimpleName() + ": " + e.getMessage()));
        // Javalin answers an unknown route (or method) in plain text; a handler's own 404 is JSON already
        app.error(404, ctx -> {
            if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
                error(ctx, HttpStatus.NOT_FOUND, "not_found", "no route or resource at " + ctx.method() + " " + ctx.path());
            }
        });
    }

    /** Starts a server over the store; {@code pipelines} is asked once, on the first write. */
    public static Server start(Store store, Config config, Supplier<Pipeline> pipelines) {
        Server s = new Server(store, config, pipelines);
        s.app.start(config.host(), config.port());
        return s;
    }

    /** The port listened on (the one the system chose when the config said 0). */
    public int port() {
        return app.port();
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
    }

    private void get(String path, Handler h) {
        routes.add(new Route("GET", path));
        app.get(path, h);
    }

    // ---- handlers

    private void health(Context ctx) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "ok");
        out.put("store", store.file().toString());
        out.put("articles", store.counts().articles());
        out.put("writable", config.token() != null);
        ctx.json(out);
    }

    private void events(Context ctx) throws SQLException {
        Store.Filter f = filter(ctx);
        Store.EventQuery q = new Store.EventQuery(f, intParam(ctx, "limit", 50), intParam(ctx, "offset", 0));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", store.countEvents(f));
        out.put("events", store.events(q));
        ctx.json(out);
    }

    private void event(Context ctx) throws SQLException {
        String key = ctx.pathParam("key");
        var row = store.event(key);
        if (row.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "not_found", "no event with key " + key);
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>(row.get());
        out.put("reports", store.mentions(key, intParam(ctx, "limit", 100), intParam(ctx, "offset", 0)));
        ctx.json(out);
    }

    private void network(Context ctx) throws SQLException {
        String level = ctx.queryParamAsClass("level", String.class).getOrDefault("country");
        if (!level.equals("country") && !level.equals("role")) {
            throw new BadRequest("bad_parameter", "level must be country or role, not '" + level + "'");
        }
        ctx.json(store.network(filter(ctx), level.equals("role"), intParam(ctx, "limit", 60)));
    }

    private void timeline(Context ctx) throws SQLException {
        String bin = ctx.queryParamAsClass("bin", String.class).getOrDefault("auto");
        if (bin.equals("auto")) {
            ctx.json(store.timeline(filter(ctx), Store.Bin.DAY, AUTO_BINS));
            return;
        }
        Store.Bin b = switch (bin) {
            case "day" -> Store.Bin.DAY;
            case "week" -> Store.Bin.WEEK;
            case "month" -> Store.Bin.MONTH;
            case "year" -> Store.Bin.YEAR;
            default -> throw new BadRequest("bad_parameter", "bin must be auto, day, week, month or year, not '" + bin + "'");
        };
        ctx.json(store.timeline(filter(ctx), b, Store.MAX_ROWS));
    }

    private void search(Context ctx) throws SQLException {
        String q = words(ctx);
        if (q == null) {
            throw new BadRequest("bad_parameter", "q must be the words to search for");
        }
        ctx.json(store.search(q, intParam(ctx, "limit", 20), intParam(ctx, "offset", 0)));
    }

    /** A full-text query, short enough to stay within Lucene's limit on clauses. */
    private static String words(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUERY) {
            throw new BadRequest("bad_parameter", "q must be at most " + MAX_QUERY + " characters, not " + q.length());
        }
        return q == null || q.isBlank() ? null : q;
    }

    /** The filter every view of events takes from the query (see Store.Filter). */
    private static Store.Filter filter(Context ctx) {
        String mode = ctx.queryParam("mode");
        if (mode != null && !mode.isBlank() && !mode.matches("asserted|future|hypothetical|negated")) {
            throw new BadRequest("bad_parameter", "mode must be asserted, future, hypothetical or negated, not '" + mode + "'");
        }
        String root = ctx.queryParam("root");
        if (root != null && !root.isBlank() && !root.matches("\\d{2}")) {
            throw new BadRequest("bad_parameter", "root must be a two-digit CAMEO root code, not '" + root + "'");
        }
        String attributed = ctx.queryParam("attributed");
        if (attributed != null && !attributed.isBlank() && !attributed.matches("true|false")) {
            throw new BadRequest("bad_parameter", "attributed must be true or false, not '" + attributed + "'");
        }
        return new Store.Filter(code(ctx, "actor"), code(ctx, "source"), code(ctx, "target"), root, mode,
                attributed == null || attributed.isBlank() ? null : Boolean.valueOf(attributed), ctx.queryParam("place"),
                date(ctx, "from"), date(ctx, "to"), words(ctx));
    }

    private void article(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        var row = store.article(id);
        if (row.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "not_found", "no article with id " + id);
            return;
        }
        ctx.json(row.get());
    }

    /** Codes and stores one article: JSON {text, media_type?, url?, title?, published?}. */
    private void submit(Context ctx) throws SQLException, InterruptedException {
        if (config.token() == null) {
            error(ctx, HttpStatus.FORBIDDEN, "read_only", "this server was started without a write token");
            return;
        }
        if (!authorised(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            error(ctx, HttpStatus.UNAUTHORIZED, "unauthorised", "POST /api/articles needs 'Authorization: Bearer TOKEN'");
            return;
        }
        ArticleRequest.Read read = ArticleRequest.read(ctx.body());
        if (read instanceof ArticleRequest.Read.Refused no) {
            throw new BadRequest(no.error(), no.message());
        }
        RawDocument raw = ((ArticleRequest.Read.Document) read).raw();
        // the batch engine of herald run, on one document: the same chain, time limit, resume and store
        List<Batch.Report<CodedArticle>> reports = new ArrayList<>();
        batch().run(Stream.of(Outcome.ok(raw)), store.sink(), reports::add);
        Batch.Report<CodedArticle> r = reports.get(0);
        if (r instanceof Batch.Report.Failed<CodedArticle> f) {
            Problem p = f.problem();
            boolean input = p.stage() == Stage.INGEST || p.stage() == Stage.EXTRACT;
            error(ctx, p.stage() == Stage.STORE ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.UNPROCESSABLE_CONTENT,
                    p.stage() == Stage.STORE ? "store" : input ? "not_an_article" : "not_coded", p.toString());
            return;
        }
        if (r instanceof Batch.Report.Skipped<CodedArticle> sk) {
            error(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "not_an_article", sk.problem().toString());
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (r instanceof Batch.Report.Stored<CodedArticle> st) {
            CodedArticle c = st.value();
            out.put("id", c.article().id());
            out.put("stored", true);
            out.put("events", c.events().size());
            out.put("quotes", c.quotes().size());
            out.put("places", c.places().size());
            ctx.status(HttpStatus.CREATED).json(out);
        } else if (r instanceof Batch.Report.Known<CodedArticle> k) {
            String id = k.article().id();
            Map<String, Object> row = store.article(id).orElseThrow();
            out.put("id", id);
            out.put("stored", false);
            out.put("events", size(row.get("events")));
            out.put("quotes", size(row.get("quotes")));
            out.put("places", size(row.get("places")));
            ctx.status(HttpStatus.OK).json(out);
        }
    }

    private static int size(Object list) {
        return list instanceof List<?> l ? l.size() : 0;
    }

    /** The CAMEO table, read once: the dashboard names codes with it. */
    private synchronized List<Map<String, Object>> codes() {
        if (codes == null) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (EventCoder.CameoCode c : EventCoder.standard().cameoCodes()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", c.code());
                row.put("name", c.name());
                row.put("quad", c.quad());
                row.put("goldstein", c.goldstein());
                row.put("plover_type", c.plover() == null ? null : c.plover().type());
                out.add(row);
            }
            codes = List.copyOf(out);
        }
        return codes;
    }

    private synchronized Batch<CodedArticle> batch() {
        if (batch == null) {
            batch = Batch.coding(pipelines.get(), Batch.Options.defaults().withLanes(1));
        }
        return batch;
    }

    /** Compares in constant time, so the token cannot be guessed a byte at a time. */
    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8));
    }

    // ---- helpers

    private static int intParam(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Math.min(n, Store.MAX_ROWS);
        } catch (NumberFormatException e) {
            throw new BadRequest("bad_parameter", name + " must be a whole number ≥ 0, not '" + v + "'");
        }
    }

    private static String date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            Store.firstDay(v.strip());
            return v;
        } catch (IllegalArgumentException e) {
            throw new BadRequest("bad_parameter", name + " must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** An actor code prefix: letters, digits and dashes (CAMEO's "---" is an unknown country). */
    private static String code(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && !v.isBlank() && !v.strip().matches("[A-Za-z0-9-]{1,30}")) {
            throw new BadRequest("bad_parameter", name + " must be an actor code or its first letters (RUS, USAGOV), not '" + v + "'");
        }
        return v;
    }

    private static void error(Context ctx, HttpStatus status, String code, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", code);
        out.put("message", message);
        ctx.status(status).json(out);
    }

    static String openApi() throws IOException {
        try (InputStream in = Server.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IOException("openapi.yaml is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A request the server refuses, with the code and message the client gets. */
    static final class BadRequest extends RuntimeException {
        final String code;

        BadRequest(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
