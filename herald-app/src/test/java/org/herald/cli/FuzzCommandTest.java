package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.herald.fuzz.Fuzzer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald fuzz}, and the server's POST body as a fuzz target: its crashers and its hostile fields. */
class FuzzCommandTest {

    /** A guard against hangs, not a timing. */
    private static final Fuzzer GUARD = new Fuzzer(new Fuzzer.Limits(Duration.ofSeconds(60), 2L << 30, Integer.MAX_VALUE));

    @TestFactory
    Stream<DynamicTest> every_post_body_crasher_ends_as_a_document_or_a_refusal() throws IOException, URISyntaxException {
        Path dir = Path.of(FuzzCommandTest.class.getResource("/crashers/post-body").toURI());
        List<Path> files = Fuzzer.files(dir);
        assertThat(files).isNotEmpty();
        Fuzzer.Target body = FuzzCommand.postBody();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> assertThat(GUARD.replay(body, Files.readAllBytes(f))).isNull()));
    }

    @Test
    void bad_text_in_every_field_of_a_post_body_leaves_only_well_formed_text() throws Exception {
        Fuzzer.Target body = FuzzCommand.postBody();
        for (String bad : List.of("\\ud800", "\\udfff", "\\ud800\\ud800", "\\u0000", "&#xD800;")) {
            for (String type : List.of("text/plain", "text/html")) {
                String json = ("{\"text\": \"Headline B\\n\\nA story B sent to the server, long enough to read.\", "
                        + "\"media_type\": \"" + type + "\", \"url\": \"https://x.example/B\", \"title\": \"Title B\", "
                        + "\"published\": \"2024-05-06B\"}").replace("B", bad);
                assertThat(GUARD.replay(body, json.getBytes(StandardCharsets.UTF_8))).as(json).isNull();
                // the same with bytes that are not UTF-8 where the text was
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                raw.writeBytes(json.replace(bad, "\u0001").getBytes(StandardCharsets.UTF_8));
                byte[] b = raw.toByteArray();
                for (int i = 0; i < b.length; i++) {
                    if (b[i] == 1) {
                        b[i] = (byte) 0xC0;
                    }
                }
                assertThat(GUARD.replay(body, b)).isNull();
            }
        }
    }

    @Test
    void a_short_campaign_prints_its_figures_and_finds_nothing(@TempDir Path dir) {
        Run r = Run.of("fuzz", "post-body", "--documents", "40", "--seed", "3", "--crashers", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("fuzz post-body +40 documents \\(seed 3, from 0\\) in +[0-9.]+ s: 0 crashes, 0 hangs, 0 memory");
    }

    @Test
    void an_unknown_reader_is_a_usage_error_naming_the_readers() {
        Run r = Run.of("fuzz", "pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no reader 'pdf'").contains("html").contains("geonames").contains("post-body");
    }
}
