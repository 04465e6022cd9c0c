package org.herald.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.herald.model.Json;
import org.herald.store.Reports;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A route the server does not have answers with the documented JSON error, whatever the method. */
class UnknownRouteTest {

    @TempDir
    Path dir;

    @Test
    void unknown_routes_and_methods_answer_the_json_error() throws Exception {
        Path db = dir.resolve("h.duckdb");
        try (Store s = Store.open(db)) {
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
        }
        HttpClient http = HttpClient.newHttpClient();
        try (Store store = Store.readOnly(db); Server server = Server.start(store, Server.Config.local(0), () -> {
            throw new AssertionError("no write here");
        })) {
            String base = "http://127.0.0.1:" + server.port();
            for (String[] c : new String[][] {{"GET", "/api/nope"}, {"GET", "/api/events/x/y"}, {"DELETE", "/api/events"},
                {"PUT", "/api/articles"}, {"POST", "/api/summary"}, {"GET", "/no-such-page.html"}}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + c[1]))
                        .method(c[0], HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(c[0] + " " + c[1]).isIn(404, 405);
                assertThat(r.headers().firstValue("content-type").orElse("")).as(c[0] + " " + c[1]).startsWith("application/json");
                var body = Json.MAPPER.readTree(r.body());
                assertThat(body.path("error").asText()).as(c[0] + " " + c[1] + ": " + r.body()).isIn("not_found", "method_not_allowed");
                assertThat(body.path("message").asText()).contains(c[1]);
            }
        }
    }
}
