package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald actors on a short article written for this test, with the real models. */
class ActorsCommandIT {

    @TempDir
    Path dir;

    @Test
    void lists_each_mention_with_span_and_code() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Envoys meet in Geneva\n\n"
                + "Russian Foreign Minister Sergei Lavrov met the German chancellor in Geneva on Monday. "
                + "The Kremlin said the talks were useful, according to South Korean media.\n");
        Run r = Run.of("actors", f.toString(), "--published", "2015-03-02");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("RUSGOV", "Russian Foreign Minister Sergei Lavrov", "KORMED", "South Korean media");
        assertThat(r.out()).containsPattern("\\[\\d+,\\d+\\)\\s+RUSGOV\\s+metonym\\s+The Kremlin");
    }
}
