package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Position;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;
import org.herald.model.Stage;
import org.junit.jupiter.api.Test;

class BadInputTest {

    private final Extractor extractor = new Extractor();

    private static RawDocument doc(String origin, byte[] bytes, String type) {
        return new RawDocument(origin, bytes, type, null, null, Instant.EPOCH, RawDocument.Hints.NONE);
    }

    @Test
    void an_empty_document_is_a_problem_naming_the_input() {
        Outcome<Article> o = extractor.extract(doc("empty.html", new byte[0], "text/html"));
        assertThat(o).isInstanceOf(Outcome.Failed.class);
        assertThat(o.problem().input()).isEqualTo("empty.html");
        assertThat(o.problem().stage()).isEqualTo(Stage.EXTRACT);
        assertThat(o.problem().code()).isEqualTo(Code.EXTRACT_EMPTY);
        Outcome<Article> blank = extractor.extract(doc("blank.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8), null));
        assertThat(blank.problem().code()).isEqualTo(Code.EXTRACT_EMPTY);
    }

    @Test
    void binary_data_is_refused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThat(extractor.extract(doc("logo.png", png, null)).problem().code()).isEqualTo(Code.EXTRACT_BINARY);
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThat(extractor.extract(doc("noise.bin", noise, null)).problem().code()).isEqualTo(Code.EXTRACT_BINARY);
    }

    @Test
    void a_page_over_the_size_limit_is_a_problem_with_its_position() {
        Extractor small = new Extractor(new Extractor.Options(1000, false));
        byte[] big = ("<html><body>" + "<p>word</p>".repeat(200) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        Outcome<Article> o = small.extract(doc("big.html", big, "text/html"));
        assertThat(o.problem().code()).isEqualTo(Code.EXTRACT_TOO_LARGE);
        assertThat(o.problem().position()).isEqualTo(Position.byteOffset(1000));
        assertThat(o.problem().toString()).startsWith("big.html: extract: byte 1000: ");
    }

    @Test
    void a_fifty_megabyte_page_is_refused_without_reading_it() {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(extractor.extract(doc("huge.html", huge, "text/html")).problem().code()).isEqualTo(Code.EXTRACT_TOO_LARGE);
    }

    @Test
    void deeply_nested_html_is_read_or_refused_but_never_crashes() {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep inside the page a sentence waits to be read by someone patient.</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        Outcome<Article> o = extractor.extract(doc("deep.html", deep.getBytes(StandardCharsets.UTF_8), "text/html"));
        assertThat(o).isNotNull();
        if (o instanceof Outcome.Ok<Article> a) {
            assertThat(a.value().text()).contains("Deep inside the page");
        }
    }

    @Test
    void truncated_html_still_gives_the_text_before_the_cut() {
        String html = "<html><head><title>Cut off</title></head><body><article><p>The first paragraph arrived whole and says "
                + "what happened in the harbour on Monday.</p><p>The second paragraph was cut in the mid";
        Article a = Fixtures.ok(extractor.extract(doc("cut.html", html.getBytes(StandardCharsets.UTF_8), "text/html")));
        assertThat(a.paragraphs().get(0)).startsWith("The first paragraph arrived whole");
    }

    @Test
    void a_page_without_text_is_a_problem() {
        String html = "<html><body><nav><a href=/a>Home</a><a href=/b>News</a></nav><script>var x=1;</script></body></html>";
        assertThat(extractor.extract(doc("nav.html", html.getBytes(StandardCharsets.UTF_8), "text/html")).problem().code())
                .isEqualTo(Code.EXTRACT_NO_TEXT);
    }
}
