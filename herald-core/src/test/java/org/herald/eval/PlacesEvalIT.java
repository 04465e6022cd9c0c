package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The places scorer on a hand-made gold set whose answers are known. */
class PlacesEvalIT {

    @TempDir
    Path dir;

    @Test
    void a_right_and_a_wrong_gold_point_score_half() throws Exception {
        String text = "Officials met in Vladivostok on Monday and later flew on to Madrid.";
        int v = text.indexOf("Vladivostok");
        int m = text.indexOf("Madrid");
        // Vladivostok's gold point is right; Madrid's is put in Australia on purpose, so Herald's
        // (right) answer must count as a miss there.
        String line = "{\"id\":\"t1\",\"text\":\"" + text + "\",\"toponyms\":["
                + "{\"start\":" + v + ",\"end\":" + (v + 11) + ",\"lat\":43.1,\"lon\":131.9,\"type\":\"Literal\"},"
                + "{\"start\":" + m + ",\"end\":" + (m + 6) + ",\"lat\":-33.9,\"lon\":151.2,\"type\":\"Literal\"}]}\n";
        Files.writeString(dir.resolve("dev.jsonl"), line);
        Dataset ds = Dataset.at(dir);
        PlacesEval eval = new PlacesEval();
        assertThat(eval.accepts(ds)).isTrue();
        Report r = eval.run(ds, new EvalContext(new PrintStream(PrintStream.nullOutputStream()), 0));
        assertThat(r.metrics().get("resolve.acc161")).isCloseTo(0.5, within(1e-9));
        assertThat(r.metrics().get("recognize.r")).isCloseTo(1.0, within(1e-9));
        assertThat(r.metrics().get("recognize.p")).isCloseTo(1.0, within(1e-9));
        assertThat(r.metrics().get("e2e.acc161")).isCloseTo(0.5, within(1e-9));
    }
}
