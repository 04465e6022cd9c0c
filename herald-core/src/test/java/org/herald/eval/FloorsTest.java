package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorsTest {

    @TempDir
    Path dir;

    @Test
    void a_score_below_its_floor_is_a_miss_and_one_above_is_not() throws IOException {
        Path f = dir.resolve("floors.tsv");
        Files.writeString(f, "# task dataset metric floor\nextract aeb body.f1 0.90\nevents gsr root.f1 0.5\n");
        Floors floors = Floors.load(f);
        List<Report> reports = List.of(
                new Report("extract", "aeb", 10, Map.of("body.f1", 0.93), List.of()),
                new Report("events", "gsr", 10, Map.of("root.f1", 0.41), List.of()));
        List<Floors.Miss> misses = floors.check(reports);
        assertThat(misses).hasSize(1);
        assertThat(misses.get(0).toString()).contains("events gsr root.f1", "0.4100", "floors line 3");
    }

    @Test
    void a_floor_nobody_measured_is_a_miss() throws IOException {
        Path f = dir.resolve("floors.tsv");
        Files.writeString(f, "places lgl acc161 0.5\n");
        assertThat(Floors.load(f).check(List.of())).singleElement()
                .satisfies(m -> assertThat(m.toString()).contains("not measured"));
    }

    @Test
    void a_malformed_line_is_named() throws IOException {
        Path f = dir.resolve("floors.tsv");
        Files.writeString(f, "extract aeb body.f1\n");
        assertThatThrownBy(() -> Floors.load(f)).hasMessageContaining("line 1");
    }
}
