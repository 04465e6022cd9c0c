package org.herald.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.herald.extract.Extractor;
import org.herald.ingest.Ingester;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to hurt the readers, generated on the fly: gzip bombs, entity bombs and external
 * entities, a million attributes, 10 MB lines, invalid UTF-8 and lone surrogates in every text
 * field, a 100 MB JSON line. Each ends in a value or a problem, inside the fuzz watchdog's guard,
 * with every text Herald would store well-formed; what the reader says is checked where it matters.
 */
class HostileInputTest {

    /** A guard against hangs and runaway memory, not a timing. */
    private static final Fuzzer GUARD = new Fuzzer(new Fuzzer.Limits(Duration.ofSeconds(120), 4L << 30, Integer.MAX_VALUE));
    private static final int MB = 1 << 20;

    private static void survives(Fuzzer.Target reader, byte[] doc) throws InterruptedException {
        assertThat(GUARD.replay(reader, doc)).as(reader.name()).isNull();
    }

    private static List<Outcome<RawDocument>> read(Ingester in, String name, InputStream bytes) {
        try (var s = in.read(name, bytes)) {
            return s.toList();
        }
    }

    // ---- gzip bombs

    @Test
    void a_gzip_bomb_in_a_warc_gz_ends_the_archive_after_little_of_it_is_inflated() {
        // a good record, then one that claims 10 GB of zeros in one gzip member, made as it is read
        byte[] good = gzip(record("https://courier.example/a", "text/html", null, html("A good story.")));
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://courier.example/bomb\r\n"
                + "WARC-Date: 2024-05-06T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000002>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: 10737418240\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n";
        ZeroBomb bomb = new ZeroBomb(head.getBytes(StandardCharsets.US_ASCII), 10L << 30);
        Ingester in = new Ingester(Ingester.Options.DEFAULT.withMaxBytes(MB));
        List<Outcome<RawDocument>> out = read(in, "bomb.warc.gz", new SequenceInputStream(new ByteArrayInputStream(good), bomb));
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isInstanceOf(Outcome.Ok.class);
        assertThat(out.get(1)).isInstanceOf(Outcome.Failed.class);
        assertThat(out.get(1).problem().code()).isEqualTo(Problem.Code.WARC_GZIP_BOMB);
        assertThat(out.get(1).problem().position()).hasToString("record at offset " + good.length);
        // zeros deflate about a thousand times: stopping at a hundred means well under a megabyte read
        assertThat(bomb.compressedBytes()).isLessThan(4 * MB);
    }

    @Test
    void a_gzip_bomb_in_an_archived_http_response_stops_at_the_size_cap_and_the_next_record_is_read() {
        byte[] bombBody = gzip(new byte[64 * MB]);
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(record("https://courier.example/bomb", "text/html", "gzip", bombBody));
        warc.writeBytes(record("https://courier.example/b", "text/html", null, html("The next story.")));
        Ingester in = new Ingester(Ingester.Options.DEFAULT.withMaxBytes(MB));
        for (boolean compressed : new boolean[] {false, true}) {
            byte[] file = compressed ? gzipEach(warc.toByteArray()) : warc.toByteArray();
            List<Outcome<RawDocument>> out = read(in, compressed ? "http-bomb.warc.gz" : "http-bomb.warc",
                    new ByteArrayInputStream(file));
            assertThat(out).as("compressed " + compressed).hasSize(2);
            assertThat(out.get(0).problem().code()).isEqualTo(Problem.Code.WARC_TOO_LARGE);
            assertThat(new String(((Outcome.Ok<RawDocument>) out.get(1)).value().bytes(), StandardCharsets.UTF_8))
                    .contains("The next story.");
        }
    }

    // ---- XML

    @Test
    void entity_bombs_and_external_entities_in_a_feed_are_refused_without_expansion() throws Exception {
        String laughs = "<!ENTITY a \"aaaaaaaaaa\">" + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">" + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">";
        List<String> feeds = List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE feed [" + laughs + "]><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                        + "<title>&d;</title><entry><title>&d;</title><content>&d;&d;&d;</content></entry></feed>",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM \"file:///etc/passwd\"> %ext;]>"
                        + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title></item></channel></rss>",
                "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
                        + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>d</description></item></channel></rss>",
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + "<rss version=\"2.0\"><channel><item><title>&x;</title></item></channel></rss>");
        Ingester in = new Ingester(Ingester.Options.DEFAULT.withFetchFeedLinks(false));
        for (String f : feeds) {
            byte[] bytes = f.contains("UTF-16") ? f.getBytes(StandardCharsets.UTF_16) : f.getBytes(StandardCharsets.UTF_8);
            List<Outcome<RawDocument>> out = read(in, "evil.rss", new ByteArrayInputStream(bytes));
            assertThat(out).as(f).singleElement().satisfies(o -> {
                assertThat(o).isInstanceOf(Outcome.Failed.class);
                assertThat(o.problem().message()).doesNotContain("root:").doesNotContain("aaaaaaaaaa");
            });
            survives(FuzzTargets.feed(), bytes);
        }
    }

    @Test
    void a_feed_nested_a_hundred_thousand_deep_is_refused_as_too_deep() throws Exception {
        String deep = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>t</title><description>"
                + "<x>".repeat(100_000) + "</description></item></channel></rss>";
        byte[] bytes = deep.getBytes(StandardCharsets.UTF_8);
        survives(FuzzTargets.feed(), bytes);
        List<Outcome<RawDocument>> out = read(new Ingester(Ingester.Options.DEFAULT.withFetchFeedLinks(false)), "deep.rss",
                new ByteArrayInputStream(bytes));
        assertThat(out).singleElement().satisfies(o -> assertThat(o.problem().code()).isEqualTo(Problem.Code.FEED_TOO_DEEP));
    }

    // ---- HTML and text

    @Test
    void a_page_with_a_million_attributes_on_one_element_is_read() throws Exception {
        StringBuilder sb = new StringBuilder("<html><head><title>Attributes</title></head><body><div");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(" a").append(i).append("=x");
        }
        sb.append("><p>The story beneath a million attributes is still read as a paragraph of the article.</p></div></body></html>");
        byte[] page = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(page.length).isLessThan(10 * MB);
        survives(FuzzTargets.html(), page);
        Outcome<Article> a = new Extractor().extract(html(page));
        assertThat(((Outcome.Ok<Article>) a).value().text()).contains("The story beneath a million attributes");
    }

    @Test
    void a_ten_megabyte_line_is_read_or_refused_by_every_reader() throws Exception {
        int size = 10 * MB - 4096; // under the extractor's cap, so the line is read, not refused for its size
        // words, then a long run of spaces: the shapes that make a pattern's search quadratic
        String line = fill("the minister said that ", size / 2) + " ".repeat(size / 2) + "word.";
        survives(FuzzTargets.text(), ("Headline\n\n" + line).getBytes(StandardCharsets.UTF_8));
        survives(FuzzTargets.html(), ("<html><head><title>" + fill("a | b - c ", size / 4) + "</title></head><body><p>"
                + line.substring(0, size / 2) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        survives(FuzzTargets.jsonl(), ("{\"title\": \"t\", \"text\": \"" + line + "\"}\n").getBytes(StandardCharsets.UTF_8));
        survives(FuzzTargets.petrarch(), ("NAME " + fill("[USA ", size / 2) + "\n!M! = " + fill("A, ", size / 2)
                + "\nX_!M! [~GOV]\n").getBytes(StandardCharsets.UTF_8));
        survives(FuzzTargets.geonames(), ("1\t" + fill("Riverton,", size) + "\t\t41\t-72\tP\tPPL\tUS\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_hundred_megabyte_json_line_is_refused_by_number_and_the_next_line_is_read() {
        InputStream big = new SequenceInputStream(
                new ByteArrayInputStream("{\"text\": \"".getBytes(StandardCharsets.UTF_8)),
                new SequenceInputStream(new Repeat((byte) 'a', 100L * MB), new ByteArrayInputStream(
                        "\"}\n{\"title\": \"Next\", \"text\": \"The second line is a story.\"}\n".getBytes(StandardCharsets.UTF_8))));
        List<Outcome<RawDocument>> out = read(new Ingester(), "big.jsonl", big);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).problem().code()).isEqualTo(Problem.Code.JSONL_TOO_LARGE);
        assertThat(out.get(0).problem().position()).hasToString("line 1");
        assertThat(out.get(1)).isInstanceOf(Outcome.Ok.class);
    }

    // ---- encodings

    /** Each way a text goes bad: a lone surrogate as a character reference, as a JSON escape, as UTF-8 bytes; bytes that are not UTF-8. */
    private static final List<String> BAD_HTML = List.of("&#xD800;", "&#55296;", "&#xDFFF;", "\uFFFF", "\u0000");

    @Test
    void bad_text_in_every_field_of_a_page_leaves_only_well_formed_text() throws Exception {
        for (String bad : BAD_HTML) {
            String page = ("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Title ¤</title>"
                    + "<meta name=\"author\" content=\"Ada ¤\"><meta property=\"og:site_name\" content=\"Courier ¤\">"
                    + "<meta property=\"og:title\" content=\"Headline ¤\"><meta name=\"description\" content=\"Standfirst ¤\">"
                    + "<meta property=\"article:published_time\" content=\"2024-05-06¤\"><link rel=\"canonical\" href=\"https://x.example/¤\">"
                    + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H ¤\",\"author\":{\"name\":\"N ¤\"}}</script>"
                    + "</head><body><h1>Headline ¤</h1><p class=\"byline\">By Ada ¤</p>"
                    + "<p>The body of the story ¤ goes on long enough to be a paragraph of an article.</p>"
                    + "<ul><li><a href=\"/news/¤\">Another story ¤</a></li></ul></body></html>").replace("¤", bad);
            survives(FuzzTargets.html(), page.getBytes(StandardCharsets.UTF_8));
            survives(FuzzTargets.html(), withInvalidUtf8(page));
        }
    }

    @Test
    void bad_text_in_every_field_of_a_feed_a_json_line_and_scraped_text_leaves_only_well_formed_text() throws Exception {
        for (String bad : List.of("&#xD800;", "&#56320;", "\uFFFD")) {
            String feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                    + "<title>Feed ¤</title><link>https://x.example/¤</link><description>d ¤</description><item>"
                    + "<title>Title ¤</title><link>https://x.example/item-¤</link><dc:creator>Ada ¤</dc:creator>"
                    + "<pubDate>Mon, 06 May 2024 10:00:00 GMT ¤</pubDate><description>The story ¤ is told in the feed itself.</description>"
                    + "</item></channel></rss>").replace("¤", bad);
            survives(FuzzTargets.feed(), withInvalidUtf8(feed));
        }
        for (String bad : List.of("\\ud800", "\\udfff\\ud800", "\\u0000", "&#xD800;", "\uFFFD")) {
            String line = ("{\"url\": \"https://x.example/¤\", \"title\": \"Title ¤\", \"published\": \"2024-05-06¤\", "
                    + "\"text\": \"A story ¤ told in a JSON line.\"}\n{\"html\": \"<p>A page ¤ in a JSON line.</p>\"}\n").replace("¤", bad);
            survives(FuzzTargets.jsonl(), withInvalidUtf8(line));
        }
        // an archived page whose address, declared charset and text hold bytes that are not UTF-8
        byte[] page = withInvalidUtf8("<html><head><title>T \uFFFD</title></head><body><p>The archived story \uFFFD is long enough.</p></body></html>");
        byte[] rec = record("https://x.example/@@", "text/html; charset=utf-8@@", null, page);
        for (int i = 0; i + 1 < rec.length; i++) {
            if (rec[i] == '@' && rec[i + 1] == '@') {
                rec[i] = (byte) 0xC0; // the same length, so the record's lengths still hold
                rec[i + 1] = (byte) 0xAF;
            }
        }
        survives(FuzzTargets.warc(), rec);
        assertThat(read(new Ingester(), "bad.warc", new ByteArrayInputStream(rec))).singleElement()
                .isInstanceOf(Outcome.Ok.class);
        survives(FuzzTargets.warcGz(), gzip(rec));
        String text = "Headline \uFFFD\n\nBy Ada \uFFFD\n\nThe story \uFFFD is told in scraped text.";
        survives(FuzzTargets.text(), withInvalidUtf8(text));
    }

    @Test
    void utf16_with_lone_surrogates_reads_as_replacement_characters() throws Exception {
        String page = "<html><head><title>T\uD800</title></head><body><p>A story\uDC00 in UTF-16 with a lone surrogate in it.</p></body></html>";
        for (boolean little : new boolean[] {true, false}) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(little ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
            for (char c : page.toCharArray()) {
                b.write(little ? c & 0xFF : c >> 8);
                b.write(little ? c >> 8 : c & 0xFF);
            }
            survives(FuzzTargets.html(), b.toByteArray());
            Outcome<Article> a = new Extractor().extract(html(b.toByteArray()));
            assertThat(((Outcome.Ok<Article>) a).value().text()).contains("A story\uFFFD in UTF-16");
        }
    }

    @Test
    void bad_text_in_a_petrarch_dictionary_and_a_geonames_dump_is_read_past() throws Exception {
        survives(FuzzTargets.petrarch(), withInvalidUtf8("NORTH\uFFFDLAND [NTL]\n+NORTH\uFFFD [NTL]\nMINISTER\uFFFD [~GOV]\n"));
        survives(FuzzTargets.geonames(), withInvalidUtf8("1\tRiver\uFFFDton\tRiverton\tR\uFFFD,S\t41\t-72\tP\tPPL\tUS\t\tCT\t\t\t\t10\t\t\tX\t2024-01-01\n"
                + "\f\nUS.CT\tConn\uFFFD\tConn\t1\n\f\nUS\tUSA\t840\tUS\tUnited \uFFFD\tW\t1\t1\tNA\t.us\tUSD\tD\t1\t\t\ten\t1\t\t\n"));
    }

    // ---- helpers

    private static RawDocument html(byte[] page) {
        return new RawDocument("hostile.html", page, "text/html", null, null, Instant.EPOCH, RawDocument.Hints.NONE);
    }

    private static byte[] html(String paragraph) {
        return ("<html><body><article><p>" + paragraph + " It is long enough to be read as a paragraph.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The text as UTF-8 with every U+FFFD written as bytes that are not UTF-8: a lone surrogate, an overlong, a stray continuation. */
    private static byte[] withInvalidUtf8(String text) {
        byte[][] bad = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xF5}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int k = 0;
        for (String part : text.split("\uFFFD", -1)) {
            if (k > 0) {
                out.writeBytes(bad[k % bad.length]);
            }
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
            k++;
        }
        if (k == 1) {
            out.writeBytes(bad[0]);
        }
        return out.toByteArray();
    }

    private static String fill(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    private static byte[] record(String uri, String type, String encoding, byte[] body) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n"
                + (encoding == null ? "" : "Content-Encoding: " + encoding + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes(http.getBytes(StandardCharsets.US_ASCII));
        block.writeBytes(body);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-05-06T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block.toByteArray());
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] gzipEach(byte[] warc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String s = new String(warc, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < s.length()) {
            int next = s.indexOf("\r\n\r\nWARC/1.0\r\n", at);
            int end = next < 0 ? s.length() : next + 4;
            out.writeBytes(gzip(s.substring(at, end).getBytes(StandardCharsets.ISO_8859_1)));
            at = end;
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The same byte, {@code n} times, made as it is read. */
    private static final class Repeat extends InputStream {
        private final byte b;
        private long left;

        Repeat(byte b, long n) {
            this.b = b;
            this.left = n;
        }

        @Override
        public int read() {
            return left-- > 0 ? b & 0xFF : -1;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(buf, off, off + n, b);
            left -= n;
            return n;
        }
    }

    /** One gzip member: a header, then zeros deflated as they are read, up to {@code zeros} of them. */
    private static final class ZeroBomb extends InputStream {
        private final Deflater deflater = new Deflater(9, true);
        private final byte[] zeros = new byte[1 << 16];
        private final byte[] out = new byte[1 << 16];
        private byte[] pending;
        private int pos;
        private long left;
        private long compressed;
        private boolean done;

        ZeroBomb(byte[] head, long zeros) {
            this.left = zeros;
            ByteArrayOutputStream h = new ByteArrayOutputStream();
            h.writeBytes(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, (byte) 0xFF});
            deflater.setInput(head);
            int n = deflater.deflate(out, 0, out.length, Deflater.NO_FLUSH);
            h.write(out, 0, n);
            pending = h.toByteArray();
        }

        long compressedBytes() {
            return compressed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            while (pending == null || pos == pending.length) {
                if (done) {
                    return -1;
                }
                if (deflater.needsInput() && left > 0) {
                    int n = (int) Math.min(zeros.length, left);
                    deflater.setInput(zeros, 0, n);
                    left -= n;
                }
                if (left == 0 && deflater.needsInput()) {
                    deflater.finish();
                }
                int n = deflater.deflate(out, 0, out.length, Deflater.NO_FLUSH);
                if (deflater.finished()) {
                    done = true; // no trailer: a bomb never gets that far
                }
                pending = java.util.Arrays.copyOf(out, n);
                pos = 0;
            }
            int n = Math.min(len, pending.length - pos);
            System.arraycopy(pending, pos, buf, off, n);
            pos += n;
            compressed += n;
            return n;
        }
    }
}
