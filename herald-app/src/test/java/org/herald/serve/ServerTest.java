package org.herald.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.CodedArticle;
import org.herald.model.Json;
import org.herald.store.Reports;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server on a free port over a real DuckDB file filled with hand-made articles; every
 * answer is checked against the contract in openapi.yaml. Writes are tested in ServerIT (they
 * load the models).
 */
class ServerTest {

    @TempDir
    static Path dir;

    static Store store;
    static Server server;
    static JsonNode spec;
    static SchemaCheck schemas;
    static CodedArticle chile;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("served.duckdb"));
        chile = Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example");
        store.put(chile);
        store.put(Reports.report("Talks in Lima", "On Monday Chile began a visit to Peru, officials said.", "two.example"));
        // a pipeline loads its stages on first use: a body refused before coding loads no model
        server = Server.start(store, new Server.Config("127.0.0.1", 0, "s3cret"), Pipeline::standard);
        spec = new ObjectMapper(new YAMLFactory()).readTree(Server.openApi());
        schemas = new SchemaCheck(spec);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return Json.read(body, JsonNode.class);
        }
    }

    static Answer get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static Answer post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** Checks an answer's body against the schema the contract gives for that path, method and status. */
    static void conforms(String path, String method, Answer a) {
        JsonNode schema = spec.path("paths").path(path).path(method).path("responses").path(String.valueOf(a.status()))
                .path("content").path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as("the contract documents %s %s answering %d", method, path, a.status()).isFalse();
        assertThat(schemas.check(a.json(), schema)).as("%s %s %d: %s", method, path, a.status(), a.body()).isEmpty();
    }

    @Test
    void every_route_is_in_the_contract_and_every_documented_operation_is_served() {
        Set<String> served = new HashSet<>();
        for (Server.Route r : server.routes()) {
            served.add(r.method().toLowerCase() + " " + r.path());
        }
        Set<String> documented = new HashSet<>();
        spec.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(m)) {
                documented.add(m + " " + p.getKey());
            }
        }));
        assertThat(served).isEqualTo(documented);
    }

    /** Every GET of the contract, with its documented example parameters, answers as documented. */
    @Test
    void every_documented_read_answers_as_the_contract_says() throws Exception {
        String key = store.events(null, 1, 0).get(0).get("event_key").toString();
        List<String> checked = new ArrayList<>();
        var paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            var p = paths.next();
            JsonNode get = p.getValue().path("get");
            if (get.isMissingNode() || p.getKey().endsWith(".yaml")) {
                continue;
            }
            StringBuilder q = new StringBuilder();
            String path = p.getKey().replace("{key}", key).replace("{id}", chile.article().id());
            for (JsonNode param : get.path("parameters")) {
                JsonNode pr = schemas.resolve(param);
                if (pr.path("in").asText().equals("query") && pr.has("example")) {
                    q.append(q.length() == 0 ? '?' : '&').append(pr.get("name").asText()).append('=')
                            .append(URLEncoder.encode(pr.get("example").asText(), StandardCharsets.UTF_8));
                }
            }
            Answer a = get(path + q);
            assertThat(a.status()).as(path + q + ": " + a.body()).isEqualTo(200);
            conforms(p.getKey(), "get", a);
            checked.add(path + q);
        }
        assertThat(checked).hasSize(12);
    }

    @Test
    void events_roll_up_reports_and_say_how_many_match() throws Exception {
        JsonNode page = get("/api/events?actor=chl&root=04&from=2024-03&to=2024-03").json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.at("/events/0/mentions").asInt()).isEqualTo(2);
        assertThat(page.at("/events/0/stories").asInt()).isEqualTo(2);
        assertThat(get("/api/events?actor=USA").json().get("total").asInt()).isZero();
        JsonNode one = get("/api/events/" + page.at("/events/0/event_key").asText()).json();
        assertThat(one.get("reports")).hasSize(2);
        assertThat(one.at("/reports/0/trigger_text").asText()).isEqualTo("visit");
    }

    @Test
    void the_views_behind_the_dashboard_answer_for_the_same_filters() throws Exception {
        JsonNode net = get("/api/network?level=country&source=CHL").json();
        assertThat(net.at("/edges/0/source").asText()).isEqualTo("CHL");
        assertThat(net.at("/edges/0/target").asText()).isEqualTo("PER");
        assertThat(net.at("/edges/0/events").asInt()).isEqualTo(1);
        assertThat(get("/api/network?source=PER").json().get("edges")).isEmpty();
        JsonNode time = get("/api/timeline?bin=day&place=lima").json();
        assertThat(time.at("/bins/0/start").asText()).isEqualTo("2024-03-04");
        assertThat(time.at("/bins/0/quad1").asInt()).isEqualTo(1);
        assertThat(get("/api/places?root=04").json().get("unplaced").asInt()).isZero();
        assertThat(get("/api/facets?attributed=true").json().get("events").asInt()).isZero();
        JsonNode found = get("/api/search?q=" + URLEncoder.encode("\"began a visit\"", StandardCharsets.UTF_8)).json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.at("/hits/0/title").asText()).isEqualTo("Talks in Lima");
        assertThat(found.at("/hits/0/events/0/code").asText()).isEqualTo("042");
        assertThat(get("/api/events?q=began").json().get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/events?q=zebra").json().get("total").asInt()).isZero();
    }

    @Test
    void bad_parameters_are_refused_with_a_message_naming_them() throws Exception {
        for (String q : List.of("limit=lots", "offset=-1", "root=4", "mode=rumoured", "from=March", "to=2024-13",
                "attributed=maybe", "actor=%3Bdrop", "source=a+b", "q=" + "a+".repeat(300))) {
            Answer a = get("/api/events?" + q);
            assertThat(a.status()).as(q).isEqualTo(400);
            conforms("/api/events", "get", a);
            assertThat(a.json().get("message").asText()).contains(q.substring(0, q.indexOf('=')));
        }
        for (String path : List.of("/api/network?level=planet", "/api/timeline?bin=hour", "/api/search", "/api/places?from=x",
                "/api/facets?mode=x")) {
            Answer a = get(path);
            assertThat(a.status()).as(path).isEqualTo(400);
            conforms(path.substring(0, path.indexOf('?') < 0 ? path.length() : path.indexOf('?')), "get", a);
        }
    }

    @Test
    void unknown_things_are_404_with_a_json_error() throws Exception {
        Answer a = get("/api/articles/no-such-article");
        assertThat(a.status()).isEqualTo(404);
        conforms("/api/articles/{id}", "get", a);
        Answer e = get("/api/events/no-such-event");
        assertThat(e.status()).isEqualTo(404);
        conforms("/api/events/{key}", "get", e);
        assertThat(get("/api/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void writes_need_the_token_and_a_json_body_with_text() throws Exception {
        Answer none = post("/api/articles", "{\"text\":\"x\"}", null);
        assertThat(none.status()).isEqualTo(401);
        conforms("/api/articles", "post", none);
        assertThat(post("/api/articles", "{\"text\":\"x\"}", "guess").status()).isEqualTo(401);
        Answer broken = post("/api/articles", "{\"text\": \"unterminated", "s3cret");
        assertThat(broken.status()).isEqualTo(400);
        conforms("/api/articles", "post", broken);
        assertThat(broken.json().get("message").asText()).contains("line 1");
        Answer empty = post("/api/articles", "{\"title\":\"no text\"}", "s3cret");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("message").asText()).contains("'text'");
        assertThat(post("/api/articles", "{\"text\":\"x\",\"media_type\":\"image/png\"}", "s3cret").status()).isEqualTo(400);
    }

    @Test
    void every_crasher_body_is_refused_with_a_4xx_and_a_message() throws Exception {
        Path folder = Path.of(ServerTest.class.getResource("crashers").toURI());
        List<Path> files;
        try (var list = java.nio.file.Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path f : files) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/articles"))
                    .header("Authorization", "Bearer s3cret")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(java.nio.file.Files.readAllBytes(f))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(f.getFileName() + ": " + r.body()).isBetween(400, 499);
            assertThat(Json.read(r.body(), JsonNode.class).path("message").asText()).as(f.getFileName().toString()).isNotBlank();
        }
        assertThat(store.counts().articles()).as("no crasher is stored").isEqualTo(2);
    }

    @Test
    void a_body_over_the_cap_is_refused() throws Exception {
        String big = "{\"text\": \"" + "a".repeat(Server.MAX_BODY + 10) + "\"}";
        assertThat(post("/api/articles", big, "s3cret").status()).isEqualTo(413);
    }

    @Test
    void a_server_without_a_token_is_read_only() throws Exception {
        try (Server ro = Server.start(store, Server.Config.local(0), () -> {
            throw new AssertionError("a read-only server loads no pipeline");
        })) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ro.port() + "/api/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).header("Authorization", "Bearer x").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(Json.read(r.body(), JsonNode.class).get("error").asText()).isEqualTo("read_only");
        }
    }

    @Test
    void the_contract_and_the_dashboard_are_served() throws Exception {
        Answer yaml = get("/api/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.1");
        Answer page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
    }
}
