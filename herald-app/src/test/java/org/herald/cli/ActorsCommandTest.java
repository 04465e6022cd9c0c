package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actors command's failures that come before any model is loaded. */
class ActorsCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_bad_knowledge_base_file_is_a_usage_error_naming_file_and_line() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Headline\n\nThe Kremlin said nothing.\n");
        Path kb = Files.writeString(dir.resolve("mine.kb"), "# mine\ncountry Freedonia = FREEDONIAN\n");
        Run r = Run.of("actors", article.toString(), "--actors", kb.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("mine.kb:2", "not a valid actor code");
    }

    @Test
    void a_bad_date_is_an_error() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Headline\n\nThe Kremlin said nothing.\n");
        Run r = Run.of("actors", article.toString(), "--published", "yesterday");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("herald actors");
    }
}
