package org.herald.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The closed set of problem codes: stable dotted names, each of its stage, each documented. */
class ProblemCodesTest {

    @Test
    void every_code_has_a_dotted_name_of_its_stage_and_no_two_share_one() {
        Set<String> names = new HashSet<>();
        for (Problem.Code c : Problem.Code.values()) {
            assertThat(c.dotted()).matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");
            assertThat(names.add(c.dotted())).as(c.dotted()).isTrue();
            String prefix = c.stage() == null ? "stage" : c.stage().name().toLowerCase(Locale.ROOT);
            assertThat(c.dotted()).startsWith(prefix + ".");
            assertThat(Problem.Code.of(c.dotted())).isEqualTo(c);
        }
    }

    @Test
    void a_stages_code_is_no_other_stages_problem_and_the_any_stage_codes_name_theirs() {
        assertThatThrownBy(() -> new Problem("x", Stage.ANNOTATE, null, Problem.Code.WARC_CORRUPT, "m"))
                .hasMessageContaining("ingest.warc.corrupt is a problem of the ingest stage, not of annotate");
        Problem late = new Problem("a.txt", Stage.EVENTS, null, Problem.Code.TIME_LIMIT, "gave up");
        assertThat(late.toString()).isEqualTo("a.txt: events: gave up [stage.time-limit]");
        assertThat(new Problem("w.warc", Problem.Code.WARC_TOO_LARGE, Position.record(5120), "too big").toString())
                .isEqualTo("w.warc: ingest: record at offset 5120: too big [ingest.warc.too-large]");
    }

    @Test
    void docs_design_lists_every_code() throws IOException {
        Path design = Path.of("..", "docs", "design.md");
        String text = Files.readString(design);
        for (Problem.Code c : Problem.Code.values()) {
            assertThat(text).as("docs/design.md names " + c.dotted()).contains("| `" + c.dotted() + "` |");
        }
    }
}
