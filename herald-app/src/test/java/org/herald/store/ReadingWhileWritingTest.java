package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herald.model.Json;
import org.herald.serve.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process writes a store while this one reads it, directly and through the server, at the
 * same time: DuckDB's file lock lets only one of them in at a time, and a shared store lets go
 * of the file between uses, so both make progress and the reader sees articles as they arrive.
 */
class ReadingWhileWritingTest {

    @TempDir
    Path dir;

    private static final int ARTICLES = 40;

    @Test
    void a_reader_and_the_server_see_articles_arrive_while_another_process_writes() throws Exception {
        Path db = dir.resolve("shared.duckdb");
        try (Store s = Store.open(db)) {
            s.put(Reports.report("Before the run", "Chile sent its minister to visit Peru.", "zero.example"));
        }
        Path seen = dir.resolve("seen");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(),
                db.toString(), Integer.toString(ARTICLES), "50", seen.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("writer.log").toFile()).start();
        List<Long> direct = new ArrayList<>();
        List<Long> served = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (Store reader = Store.readOnly(db); Server server = Server.start(reader, Server.Config.local(0), () -> {
            throw new IllegalStateException("a read-only server loads no pipeline");
        })) {
            URI health = URI.create("http://127.0.0.1:" + server.port() + "/api/health");
            // bounded: at most 600 rounds, and the writer is given 120 s
            for (int round = 0; round < 600 && writer.isAlive(); round++) {
                direct.add(reader.counts().articles());
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                served.add(Json.MAPPER.readTree(r.body()).get("articles").asLong());
                // what both readers have seen, for the writer's checkpoints
                Path next = dir.resolve("seen.next");
                Files.writeString(next, Long.toString(Math.min(direct.get(direct.size() - 1), served.get(served.size() - 1))));
                Files.move(next, seen, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Thread.sleep(30);
            }
            assertThat(writer.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).as(Files.readString(dir.resolve("writer.log"))).isZero();
            direct.add(reader.counts().articles());
            // the writer's search index is read too, as it committed it
            assertThat(((Number) reader.search("minister", 10, 0).get("total")).longValue()).isEqualTo(1L + ARTICLES);
        } finally {
            writer.destroyForcibly();
        }
        assertThat(direct).isSorted().endsWith(1L + ARTICLES);
        assertThat(served).isSorted();
        // the reader saw the store part-way filled, more than once: it read while the other process wrote
        assertThat(direct.stream().filter(n -> n > 1 && n < 1 + ARTICLES).distinct().count()).as(direct.toString())
                .isGreaterThanOrEqualTo(3);
        assertThat(served.stream().filter(n -> n > 1 && n < 1 + ARTICLES).distinct().count()).as(served.toString())
                .isGreaterThanOrEqualTo(3);
    }
}
