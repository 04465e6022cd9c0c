package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.model.Json;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Herald's main job with the real models: a folder in, a store out, on one lane and on two. */
class RunCommandIT {

    @TempDir
    Path dir;

    private static final String TALKS = """
            Ecuador and Colombia agree to reopen border crossings

            QUITO, 3 June 2024 - Ecuador's foreign minister met her Colombian counterpart in Quito on Monday
            and the two governments agreed to reopen three border crossings closed since March, officials said.

            Colombia's president praised the agreement and said trade would resume within weeks.
            """;

    private static final String PROTEST = """
            Farmers block roads in Paraguay over fuel prices

            ASUNCION, 4 June 2024 - Thousands of farmers blocked highways across Paraguay on Tuesday to
            protest against rising fuel prices, and police arrested twelve demonstrators near the capital.

            The interior minister accused the protest leaders of endangering lives.
            """;

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("talks.txt"), TALKS);
        // a syndicated copy of the same story under another headline: one story, two articles
        Files.writeString(in.resolve("talks-copy.txt"), TALKS.replace("Ecuador and Colombia agree to reopen border crossings",
                "Border crossings to reopen, Ecuador and Colombia say"));
        Files.writeString(in.resolve("protest.txt"), PROTEST);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        return in;
    }

    private static Set<String> eventKeys(Path db) throws Exception {
        Set<String> keys = new HashSet<>();
        try (Store s = Store.open(db)) {
            for (var row : s.events(Store.EventQuery.page(Store.MAX_ROWS, 0))) {
                keys.add(row.get("event_key") + " " + row.get("mentions") + " " + row.get("stories"));
            }
        }
        return keys;
    }

    @Test
    void a_folder_is_read_coded_and_stored_with_counts_and_a_rerun_resumes() throws Exception {
        Path in = inputs();
        Path one = dir.resolve("one.duckdb");
        Run r = Run.of("run", in.toString(), "--db", one.toString(), "--threads", "1");
        // the empty file is a failure that names it; the batch goes on and exits 1
        assertThat(r.out()).as(r.err()).contains("read 4, stored 3, skipped 0, failed 1");
        assertThat(r.err()).containsPattern("failed: .*empty\\.txt");
        assertThat(r.exit()).isEqualTo(1);
        try (Store s = Store.open(one)) {
            assertThat(s.counts().articles()).isEqualTo(3);
            assertThat(s.counts().stories()).isEqualTo(2);
            assertThat(s.counts().eventMentions()).isPositive();
        }

        Run again = Run.of("run", in.toString(), "--db", one.toString());
        assertThat(again.out()).as(again.err()).contains("read 4, stored 0, skipped 3, failed 1");

        // two lanes store exactly what one lane stores
        Path two = dir.resolve("two.duckdb");
        Run r2 = Run.of("run", in.toString(), "--db", two.toString(), "--threads", "2");
        assertThat(r2.out()).as(r2.err()).contains("read 4, stored 3, skipped 0, failed 1");
        assertThat(eventKeys(two)).isEqualTo(eventKeys(one)).isNotEmpty();
    }

    /**
     * An article written for the project in which events share a trigger, a code and the spans of
     * both sides: "Hungarian and Romanian officials urged ..." is one act of each country.
     */
    static final Path SHARED_SPANS = Path.of("src", "test", "resources", "org", "herald", "cli", "shared-spans.txt");

    @Test
    void herald_run_stores_every_event_herald_code_prints_even_two_on_one_span() throws Exception {
        Run code = Run.of("code", SHARED_SPANS.toString(), "--published", "2025-06-02", "--format", "json");
        assertThat(code.exit()).as(code.err()).isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : code.out().strip().split("\n")) {
            events.add(Json.MAPPER.readTree(line));
        }
        Map<String, Integer> bySpans = new HashMap<>();
        for (JsonNode e : events) {
            bySpans.merge(e.path("sentence").asText() + " " + e.path("code").asText() + " " + e.path("trigger").path("span")
                    + " " + e.path("source").path("span") + " " + e.path("target").path("span"), 1, Integer::sum);
        }
        assertThat(bySpans.values()).as("events that share every span (the case the store used to lose)").contains(2);
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.path("id").asText()));
        assertThat(ids).hasSize(events.size());

        Path db = dir.resolve("spans.duckdb");
        Run run = Run.of("run", SHARED_SPANS.toString(), "--db", db.toString(), "--published", "2025-06-02");
        assertThat(run.exit()).as(run.err()).isZero();
        String article = events.get(0).path("article").asText();
        assertThat(run.err()).contains("stored " + article + ": " + events.size() + " events");
        assertThat(run.out()).contains("stored " + events.size() + " events");
        try (Store s = Store.open(db)) {
            assertThat(s.counts().eventMentions()).isEqualTo(events.size());
            Set<String> stored = new HashSet<>();
            for (Object row : (List<?>) s.article(article).orElseThrow().get("events")) {
                stored.add(String.valueOf(((Map<?, ?>) row).get("id")));
            }
            assertThat(stored).isEqualTo(ids);
        }
    }

    @Test
    void zero_threads_is_a_usage_error() throws Exception {
        Run r = Run.of("run", inputs().toString(), "--db", dir.resolve("x.duckdb").toString(), "--threads", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--threads must be at least 1");
    }
}
