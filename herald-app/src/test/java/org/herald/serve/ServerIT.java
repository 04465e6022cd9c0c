package org.herald.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.Json;
import org.herald.model.Outcome;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;
import org.herald.pipeline.Pipeline;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes through the API with the real pipeline: an article posted is coded, stored and served. */
class ServerIT {

    @TempDir
    Path dir;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String ARTICLE = """
            Norway hosts Chile and Peru for fisheries talks

            OSLO, 12 May 2025 - Norway's foreign minister met Chile's foreign minister in Oslo on Monday
            to discuss a fisheries agreement, the Norwegian government said.

            Peru will send a delegation to the talks next week, officials in Lima said.
            """;

    @Test
    void a_posted_article_is_coded_stored_and_served_with_its_evidence() throws Exception {
        try (Store store = Store.open(dir.resolve("api.duckdb"));
             Server server = Server.start(store, new Server.Config("127.0.0.1", 0, "tok"), Pipeline::standard)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", ARTICLE);
            body.put("published", "2025-05-12");
            body.put("url", "https://news.example/fisheries-talks");
            HttpResponse<String> first = post(server, Json.write(body));
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            JsonNode made = Json.read(first.body(), JsonNode.class);
            assertThat(made.get("stored").asBoolean()).isTrue();
            assertThat(made.get("events").asInt()).isPositive();

            HttpResponse<String> again = post(server, Json.write(body));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(Json.read(again.body(), JsonNode.class).get("stored").asBoolean()).isFalse();

            JsonNode art = get(server, "/api/articles/" + made.get("id").asText());
            String text = art.get("text").asText();
            assertThat(art.get("events").size()).isEqualTo(made.get("events").asInt());
            for (JsonNode e : art.get("events")) {
                // the evidence points at the words it names
                assertThat(text.substring(e.get("trigger_start").asInt(), e.get("trigger_end").asInt()))
                        .isEqualTo(e.get("trigger_text").asText());
            }
            assertThat(get(server, "/api/events?actor=NOR").get("total").asInt()).isPositive();
        }
    }

    @Test
    void a_page_without_an_article_is_refused_and_nothing_is_stored() throws Exception {
        try (Store store = Store.open(dir.resolve("api.duckdb"));
             Server server = Server.start(store, new Server.Config("127.0.0.1", 0, "tok"), Pipeline::standard)) {
            HttpResponse<String> r = post(server, "{\"text\":\"<html><body><nav>Home</nav></body></html>\",\"media_type\":\"text/html\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            assertThat(Json.read(r.body(), JsonNode.class).get("message").asText()).isNotBlank();
            assertThat(store.counts().articles()).isZero();
        }
    }

    @Test
    void the_api_stores_every_event_the_chain_codes_even_two_on_one_span() throws Exception {
        Path input = Path.of("..", "herald-core", "src", "test", "resources", "org", "herald", "golden", "water-accord",
                "input.txt");
        String text = Files.readString(input, StandardCharsets.UTF_8);
        // what herald code and herald run make of it: the same chain
        Pipeline pipeline = Pipeline.builder().published(ResolvedDate.day(LocalDate.of(2025, 6, 2))).build();
        Article article = ((Outcome.Ok<Article>) pipeline.extract(new RawDocument("water-accord.txt",
                text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", null, Instant.EPOCH, RawDocument.Hints.NONE))).value();
        Set<String> coded = new HashSet<>();
        pipeline.code(article).events().forEach(e -> coded.add(e.id()));
        try (Store store = Store.open(dir.resolve("spans.duckdb"));
             Server server = Server.start(store, new Server.Config("127.0.0.1", 0, "tok"), Pipeline::standard)) {
            HttpResponse<String> r = post(server, Json.write(Map.of("text", text, "published", "2025-06-02")));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode made = Json.read(r.body(), JsonNode.class);
            assertThat(made.get("id").asText()).isEqualTo(article.id());
            assertThat(made.get("events").asInt()).isEqualTo(coded.size());
            Set<String> served = new HashSet<>();
            get(server, "/api/articles/" + article.id()).get("events").forEach(e -> served.add(e.get("id").asText()));
            assertThat(served).isEqualTo(coded);
        }
    }

    private static HttpResponse<String> post(Server s, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/articles"))
                .header("Authorization", "Bearer tok").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(Server s, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.read(r.body(), JsonNode.class);
    }
}
