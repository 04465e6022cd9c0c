package org.herald.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign machinery on a reader built to fail: crashes, hangs and memory blow-ups are told apart and kept. */
class FuzzerTest {

    private static final Fuzzer FUZZER = new Fuzzer(new Fuzzer.Limits(Duration.ofMillis(300), 64L << 20, 4096));

    /** Crashes on a 'C' at the start, hangs on an 'H', allocates without end on an 'M'. */
    private static Fuzzer.Target brittle(List<byte[]> seen) {
        return new Fuzzer.Target("brittle", ".txt", Fuzzer.Dialect.TEXT,
                List.of("Cat".getBytes(StandardCharsets.UTF_8), "Hat".getBytes(StandardCharsets.UTF_8),
                        "Mat".getBytes(StandardCharsets.UTF_8), "sat".getBytes(StandardCharsets.UTF_8)),
                Fuzzer.Encoding.NONE, d -> {
                    seen.add(d);
                    if (d.length > 0 && d[0] == 'C') {
                        throw new IllegalStateException("a crash");
                    }
                    if (d.length > 0 && d[0] == 'H') {
                        while (!Thread.currentThread().isInterrupted()) {
                            Thread.onSpinWait();
                        }
                    }
                    if (d.length > 0 && d[0] == 'M') {
                        List<byte[]> hoard = new ArrayList<>();
                        for (int i = 0; i < 1000 && !Thread.currentThread().isInterrupted(); i++) {
                            hoard.add(new byte[1 << 20]);
                            hoard.remove(0);
                        }
                    }
                });
    }

    @Test
    void crashes_hangs_and_blowups_are_told_apart_and_saved_in_the_readers_folder(@TempDir Path dir)
            throws IOException, InterruptedException {
        StringWriter log = new StringWriter();
        Fuzzer.Report r = FUZZER.run(brittle(new ArrayList<>()), 30, 3, 0, dir, new PrintWriter(log));
        assertThat(r.documents()).isEqualTo(30);
        assertThat(r.crashes()).isPositive();
        assertThat(r.hangs()).isPositive();
        assertThat(r.blowups()).isPositive();
        assertThat(r.passed() + r.findingCount()).isEqualTo(30);
        assertThat(Fuzzer.files(dir.resolve("brittle"))).isNotEmpty()
                .allSatisfy(f -> assertThat(f.getFileName().toString()).matches("(crash|hang|memory)-[0-9a-f]{12}\\.txt"));
        assertThat(log.toString()).contains("brittle: document").contains("IllegalStateException: a crash");
        // one bug, one signature: the same crash is kept twice at most
        assertThat(Fuzzer.files(dir.resolve("brittle")).stream().filter(f -> f.getFileName().toString().startsWith("crash")))
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void the_same_seed_makes_the_same_documents(@TempDir Path dir) throws IOException, InterruptedException {
        List<byte[]> a = new ArrayList<>();
        List<byte[]> b = new ArrayList<>();
        Fuzzer calm = new Fuzzer(new Fuzzer.Limits(Duration.ofSeconds(30), 1L << 30, 4096));
        Fuzzer.Target html = FuzzTargets.html();
        calm.run(recording(html, a), 40, 5, 10, dir, new PrintWriter(new StringWriter()));
        calm.run(recording(html, b), 40, 5, 10, dir, new PrintWriter(new StringWriter()));
        assertThat(a).hasSize(40 + html.seeds().size()); // the seeds go first, untimed
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i)).isEqualTo(a.get(i));
        }
    }

    @Test
    void a_replay_names_what_went_wrong() throws InterruptedException {
        Fuzzer.Target t = brittle(new ArrayList<>());
        assertThat(FUZZER.replay(t, "sat".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(FUZZER.replay(t, "Cat".getBytes(StandardCharsets.UTF_8))).startsWith("crash: java.lang.IllegalStateException");
        assertThat(FUZZER.replay(t, "Hat".getBytes(StandardCharsets.UTF_8))).startsWith("hang:");
        assertThat(FUZZER.replay(t, "Mat".getBytes(StandardCharsets.UTF_8))).startsWith("memory:");
    }

    @Test
    void every_reader_of_untrusted_input_is_a_target_with_seeds() {
        Map<String, Fuzzer.Target> all = FuzzTargets.all();
        assertThat(all.keySet()).containsExactly("html", "text", "feed", "warc", "warc-gz", "jsonl", "petrarch", "geonames");
        assertThat(all.values()).allSatisfy(t -> assertThat(t.seeds()).isNotEmpty());
    }

    private static Fuzzer.Target recording(Fuzzer.Target t, List<byte[]> seen) {
        return new Fuzzer.Target(t.name() + "-recorded", t.extension(), t.dialect(), t.seeds(), t.encoding(), d -> {
            seen.add(d);
            t.check().check(d);
        });
    }
}
