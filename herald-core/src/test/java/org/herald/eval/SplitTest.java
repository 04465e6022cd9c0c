package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitTest {

    @TempDir
    Path dir;

    @Test
    void the_same_key_always_lands_in_the_same_part() {
        for (int i = 0; i < 200; i++) {
            assertThat(Split.of("case-" + i)).isEqualTo(Split.of("case-" + i));
        }
    }

    @Test
    void about_sixty_percent_of_cases_are_tune() {
        int tune = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            if (Split.of("record-" + i) == Split.Part.TUNE) {
                tune++;
            }
        }
        assertThat(tune / (double) n).isBetween(0.58, 0.62);
    }

    @Test
    void parts_of_a_dataset_are_disjoint_and_cover_it() throws IOException {
        Dataset ds = write(40, i -> "{\"id\":\"c" + i + "\",\"text\":\"sentence " + i + "\"}");
        List<String> tune = ids(ds.part(Split.Part.TUNE));
        List<String> check = ids(ds.part(Split.Part.CHECK));
        assertThat(tune).doesNotContainAnyElementsOf(check);
        List<String> both = new ArrayList<>(tune);
        both.addAll(check);
        assertThat(both).containsExactlyInAnyOrderElementsOf(ids(ds));
        assertThat(tune).isNotEmpty();
        assertThat(check).isNotEmpty();
    }

    @Test
    void sentences_of_one_story_and_records_of_one_text_stay_together() throws IOException {
        Dataset ds = write(60, i -> i % 3 == 0
                ? "{\"id\":\"s" + i + "\",\"story\":\"story-" + (i / 6) + "\",\"text\":\"a sentence " + i + "\"}"
                : "{\"id\":\"t" + i + "\",\"text\":\"The  Same text " + (i % 7) + "\"}");
        for (Split.Part p : Split.Part.values()) {
            List<com.fasterxml.jackson.databind.JsonNode> rs = ds.part(p).records();
            for (Split.Part other : Split.Part.values()) {
                if (other == p) {
                    continue;
                }
                for (var o : ds.part(other).records()) {
                    for (var r : rs) {
                        assertThat(o.path("story").asText("x")).isNotEqualTo(r.path("story").asText("y"));
                        assertThat(o.path("text").asText().toLowerCase().replaceAll("\\s+", " "))
                                .isNotEqualTo(r.path("text").asText().toLowerCase().replaceAll("\\s+", " "));
                    }
                }
            }
        }
    }

    @Test
    void a_report_of_parts_names_each_measure_per_part_with_the_ratio() {
        Report tune = new Report("events", "set", 6, Map.of("f1", 0.8), List.of("a note"));
        Report check = new Report("events", "set", 4, Map.of("f1", 0.6), List.of("a note"));
        Report r = Report.ofParts(tune, check);
        assertThat(r.items()).isEqualTo(10);
        assertThat(r.metrics()).containsEntry("tune.f1", 0.8).containsEntry("check.f1", 0.6);
        assertThat(r.metrics().get("ratio.f1")).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.notes()).filteredOn(n -> n.equals("a note")).hasSize(1);
    }

    @Test
    void the_check_part_gets_no_case_by_case_detail() {
        EvalContext ctx = new EvalContext(System.err, 0, System.err);
        assertThat(ctx.forPart(Split.Part.TUNE).detail()).isNotNull();
        assertThat(ctx.forPart(Split.Part.CHECK).detail()).isNull();
    }

    private Dataset write(int n, java.util.function.IntFunction<String> line) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line.apply(i)).append('\n');
        }
        Path f = dir.resolve("dev.jsonl");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return Dataset.at(dir);
    }

    private static List<String> ids(Dataset ds) throws IOException {
        return ds.records().stream().map(r -> r.path("id").asText()).toList();
    }
}
