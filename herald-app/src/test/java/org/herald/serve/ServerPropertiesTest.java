package org.herald.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.herald.store.Reports;
import org.herald.store.Store;

/** Whatever a client sends, the server answers or refuses it (a 2xx or a 4xx), never a 5xx. */
class ServerPropertiesTest {

    static Path dir;
    static Store store;
    static Server server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("herald-serve-props");
        store = Store.open(dir.resolve("p.duckdb"));
        store.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
        server = Server.start(store, new Server.Config("127.0.0.1", 0, "tok"), () -> {
            throw new IllegalStateException("no property here reaches the pipeline");
        });
    }

    @AfterContainer
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static int get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Property(tries = 300)
    void any_query_value_is_answered_or_refused(@ForAll("views") String view, @ForAll("names") String name,
            @ForAll @StringLength(max = 40) String value) throws Exception {
        int status = get(view + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        assertThat(status).as(view + "?" + name + "=" + value).isIn(200, 400);
    }

    @Property(tries = 100)
    void any_path_segment_is_found_or_not_found(@ForAll @StringLength(min = 1, max = 40) String id) throws Exception {
        String seg = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        // Jetty itself refuses ambiguous paths (an encoded '/' or control character) with a 400
        assertThat(get("/api/articles/" + seg)).as(seg).isIn(200, 400, 404);
        assertThat(get("/api/events/" + seg)).as(seg).isIn(200, 400, 404);
    }

    /** Bodies without a usable "text" never reach the pipeline: they are refused as a 400. */
    @Property(tries = 150)
    void any_body_without_usable_text_is_refused(@ForAll @StringLength(max = 200) String body) throws Exception {
        if (body.contains("\"text\"")) {
            return; // might be a real article; the property is about everything else
        }
        int status = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Authorization", "Bearer tok").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).as(body).isEqualTo(400);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> views() {
        return net.jqwik.api.Arbitraries.of("/api/events", "/api/network", "/api/timeline", "/api/places", "/api/facets",
                "/api/search");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return net.jqwik.api.Arbitraries.of("actor", "source", "target", "root", "mode", "attributed", "place", "from", "to", "q",
                "level", "bin", "limit", "offset", "other");
    }
}
