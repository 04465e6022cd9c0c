package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {

    @TempDir
    Path dir;

    private static final String A = "{\"id\": \"x-1\", \"dataset\": \"bbc-news\", \"field\": \"text\", \"published\": null,"
            + " \"text_sha256\": \"" + "0".repeat(64) + "\", \"events\": [{\"trigger\": [0, 4], \"code\": \"173\", \"mode\": \"asserted\","
            + " \"source\": {\"actor\": \"GBRCOP\", \"span\": null}, \"target\": {\"actor\": \"GBRPOL\", \"span\": null}, \"attribution\": null}]}\n";

    @Test
    void prints_precision_recall_and_f1_of_the_second_coding_against_the_first() throws IOException {
        Path a = Files.writeString(dir.resolve("a.jsonl"), A);
        Path b = Files.writeString(dir.resolve("b.jsonl"), A.replace("GBRPOL", "---CVL"));
        Run r = Run.of("eval", "agreement", "--first", a.toString(), "--second", b.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("agreement a.jsonl vs b.jsonl (1 articles)");
        assertThat(r.out()).containsPattern("root\\.country +0\\.000 +0\\.000 +0\\.000");
        assertThat(r.out()).containsPattern("root\\.source +1\\.000 +1\\.000 +1\\.000");
        assertThat(r.out()).contains("target missing=1");
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        Run r = Run.of("eval", "agreement", "--first", dir.resolve("none.jsonl").toString(), "--second", dir.resolve("none.jsonl").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("herald eval agreement:");
    }

    @Test
    void the_eval_command_still_takes_a_task() {
        assertThat(Run.of("eval", "no-such-task", "--data", dir.toString()).exit()).isEqualTo(2);
    }
}
