package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.herald.ingest.Ingester;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.OffsetMap;
import org.herald.model.Outcome;
import org.herald.model.RawDocument;

/**
 * Random and mutated documents through every reader and the extractor: nothing escapes as an
 * exception, spans stay inside the text, offsets point at the same characters, and the same input
 * always gives the same article.
 */
class ExtractPropertiesTest {

    private static final String[] FIXTURES = {"/extract/page.html", "/extract/scraped.txt"};
    private static final String[] NAMES = {"x.html", "x.txt", "x.rss", "x.atom", "x.jsonl", "x.warc", "x.warc.gz", "-"};

    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.of("<p>", "</p>", "<div class=\"article-body\">", "</div>", "<a href=\"/x\">", "</a>", "<br>",
                        "<h2>", "READ MORE: ", "Don't miss…\n", "\n\n", "\n", "By Jane Roe\n", "Source: x\n", "<script>",
                        "<!--", "]]>", "&amp;", "&#x", "<?xml version=\"1.0\"?>", "<rss version=\"2.0\">", "WARC/1.0\r\n",
                        "{\"text\":\"", "\"}", "Ã©", "â€™", "\uFEFF", "\uD800", "<meta charset=\"latin1\">",
                        "The minister said on Tuesday that the talks would continue next week in the capital."));
    }

    @Provide
    Arbitrary<String> documents() {
        return pieces().list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void random_text_never_breaks_the_extractor(@ForAll("documents") String doc, @ForAll boolean asHtml) {
        RawDocument raw = new RawDocument("random", doc.getBytes(StandardCharsets.UTF_8), asHtml ? "text/html" : null, null,
                null, Instant.EPOCH, RawDocument.Hints.NONE);
        check(raw, doc.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void random_bytes_never_break_the_extractor(@ForAll byte[] bytes) {
        check(new RawDocument("bytes", bytes, null, null, null, Instant.EPOCH, RawDocument.Hints.NONE), bytes);
    }

    @Property(tries = 150)
    void mutated_fixtures_never_break_the_extractor(@ForAll @IntRange(min = 0, max = 1) int which,
                                                    @ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int mutations) {
        byte[] b = mutate(Fixtures.bytes(FIXTURES[which]), new Random(seed), mutations);
        check(new RawDocument(FIXTURES[which], b, which == 0 ? "text/html" : "text/plain", null,
                "https://courier.example/a", Instant.EPOCH, RawDocument.Hints.NONE), b);
    }

    @Property(tries = 300)
    void every_reader_turns_random_input_into_outcomes(@ForAll("documents") String doc, @ForAll @IntRange(min = 0, max = 7) int name,
                                                       @ForAll long seed) {
        byte[] b = doc.getBytes(StandardCharsets.UTF_8);
        if (seed % 3 == 0) {
            b = mutate(b, new Random(seed), 3);
        }
        Ingester ingester = new Ingester(Ingester.Options.DEFAULT.withFetchFeedLinks(false).withMaxBytes(1 << 20));
        List<Outcome<RawDocument>> out;
        try (var s = ingester.read(NAMES[name], new ByteArrayInputStream(b))) {
            out = s.limit(1000).toList();
        }
        Extractor x = new Extractor();
        for (Outcome<RawDocument> o : out) {
            assertThat(o).isNotNull();
            if (o instanceof Outcome.Ok<RawDocument> ok) {
                Outcome<Article> a = x.extract(ok.value());
                assertThat(a.problem() == null ? "ok" : a.problem().code()).isNotEqualTo("internal");
            } else {
                assertThat(o.problem()).isNotNull();
            }
        }
    }

    private static void check(RawDocument raw, byte[] bytes) {
        Outcome<Article> first = new Extractor().extract(raw);
        Outcome<Article> again = new Extractor().extract(raw);
        assertThat(again).isEqualTo(first);
        if (first instanceof Outcome.Ok<Article> ok) {
            Article a = ok.value();
            org.herald.fuzz.FuzzTargets.checkArticle(first); // spans, blocks, id, well-formed texts
            OffsetMap m = a.offsets();
            if (m != null && isAscii(bytes)) {
                String decoded = new String(bytes, StandardCharsets.US_ASCII);
                for (OffsetMap.Segment s : m.segments()) {
                    assertThat(decoded.substring(s.raw(), s.raw() + s.length()))
                            .isEqualTo(a.text().substring(s.article(), s.article() + s.length()));
                }
            }
            for (Block b : a.blocks()) {
                assertThat(b.span().start()).isBetween(0, a.text().length());
            }
        } else {
            // "internal" is the code of an exception the extractor caught from itself: a bug.
            assertThat(first.problem().code()).isNotEqualTo("internal");
        }
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    /** Deletes, duplicates, inserts and flips ranges of bytes, and sometimes truncates. */
    static byte[] mutate(byte[] in, Random r, int n) {
        byte[] b = in.clone();
        for (int i = 0; i < n && b.length > 0; i++) {
            int at = r.nextInt(b.length);
            int len = Math.min(b.length - at, 1 + r.nextInt(64));
            switch (r.nextInt(5)) {
                case 0 -> b = concat(slice(b, 0, at), slice(b, at + len, b.length));
                case 1 -> b = concat(slice(b, 0, at + len), slice(b, at, b.length));
                case 2 -> {
                    byte[] junk = new byte[len];
                    r.nextBytes(junk);
                    b = concat(concat(slice(b, 0, at), junk), slice(b, at, b.length));
                }
                case 3 -> {
                    for (int k = at; k < at + len; k++) {
                        b[k] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                default -> b = slice(b, 0, at);
            }
        }
        return b;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(Math.max(from, to), b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
