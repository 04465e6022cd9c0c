package org.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.herald.model.Outcome;
import org.herald.model.Position;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;
import org.herald.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    private final Ingester ingester = new Ingester(Ingester.Options.DEFAULT.withFetchFeedLinks(false));

    private List<Outcome<RawDocument>> read(String source) {
        try (var s = ingester.read(source)) {
            return s.toList();
        }
    }

    private List<Outcome<RawDocument>> read(String origin, byte[] bytes) {
        try (var s = ingester.read(origin, new ByteArrayInputStream(bytes))) {
            return s.toList();
        }
    }

    private static RawDocument ok(Outcome<RawDocument> o) {
        assertThat(o).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<RawDocument>) o).value();
    }

    @Test
    void a_directory_is_read_recursively_in_name_order_by_content_type(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Headline\n\nBody text of a scraped story.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.html"), "<!doctype html><html><body><p>Hello</p></body></html>");
        Files.writeString(dir.resolve(".hidden"), "not read");
        Files.write(dir.resolve("c.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        List<Outcome<RawDocument>> all = read(dir.toString());
        assertThat(all).hasSize(3);
        assertThat(ok(all.get(0)).mediaType()).isEqualTo("text/plain");
        assertThat(all.get(1).problem().code()).isEqualTo(Code.INGEST_BINARY);
        assertThat(all.get(1).problem().input()).endsWith("c.bin");
        assertThat(ok(all.get(2)).mediaType()).isEqualTo("text/html");
    }

    @Test
    void a_missing_file_is_a_problem_not_an_exception() {
        List<Outcome<RawDocument>> all = read("/no/such/file.txt");
        assertThat(all).singleElement().satisfies(o -> {
            assertThat(o.problem().code()).isEqualTo(Code.INGEST_NO_FILE);
            assertThat(o.problem().stage()).isEqualTo(Stage.INGEST);
        });
    }

    @Test
    void a_file_over_the_size_limit_is_refused(@TempDir Path dir) throws IOException {
        Ingester small = new Ingester(Ingester.Options.DEFAULT.withMaxBytes(100));
        Path f = dir.resolve("big.html");
        Files.writeString(f, "<p>" + "x".repeat(500) + "</p>");
        try (var s = small.read(f.toString())) {
            assertThat(s.toList()).singleElement().satisfies(o -> assertThat(o.problem().code()).isEqualTo(Code.INGEST_TOO_LARGE));
        }
    }

    @Test
    void json_lines_give_one_document_a_line_and_bad_lines_name_their_number() {
        String jsonl = """
                {"url":"https://a.example/1","title":"One","published":"2024-01-02","text":"Body one."}
                not json
                {"url":"https://a.example/2","html":"<p>Two</p>"}
                {"url":"https://a.example/3"}
                """;
        List<Outcome<RawDocument>> all = read("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        assertThat(all).hasSize(4);
        RawDocument one = ok(all.get(0));
        assertThat(one.url()).isEqualTo("https://a.example/1");
        assertThat(one.hints().title()).isEqualTo("One");
        assertThat(one.hints().published()).isEqualTo("2024-01-02");
        assertThat(new String(one.bytes(), StandardCharsets.UTF_8)).isEqualTo("One\n\nBody one.");
        assertThat(all.get(1).problem().position()).isEqualTo(Position.line(2));
        assertThat(ok(all.get(2)).mediaType()).isEqualTo("text/html");
        assertThat(all.get(3).problem().code()).isEqualTo(Code.JSONL_NO_CONTENT);
        assertThat(all.get(3).problem().position()).isEqualTo(Position.line(4));
    }

    @Test
    void rss_entries_become_documents_with_their_title_and_date_as_hints() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Courier</title><link>https://courier.example/</link><description>News</description>
                <item><title>Strike at the port</title><link>https://courier.example/strike</link>
                <pubDate>Mon, 11 Mar 2024 08:00:00 GMT</pubDate>
                <description>&lt;p&gt;Dockworkers walked out on Monday.&lt;/p&gt;</description></item>
                <item><title>Empty one</title><link>https://courier.example/empty</link></item>
                </channel></rss>
                """;
        List<Outcome<RawDocument>> all = read("courier.rss", rss.getBytes(StandardCharsets.UTF_8));
        assertThat(all).hasSize(2);
        RawDocument d = ok(all.get(0));
        assertThat(d.url()).isEqualTo("https://courier.example/strike");
        assertThat(d.hints().title()).isEqualTo("Strike at the port");
        assertThat(d.hints().published()).startsWith("2024-03-11");
        assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).contains("Dockworkers walked out on Monday.");
        assertThat(all.get(1).problem().code()).isEqualTo(Code.FEED_NO_CONTENT);
    }

    @Test
    void atom_feeds_are_read_too() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>urn:x</id><updated>2024-03-11T08:00:00Z</updated>
                <entry><title>Ferry cut</title><id>urn:y</id><link href="https://courier.example/ferry"/>
                <updated>2024-03-10T08:00:00Z</updated><content type="html">&lt;p&gt;The winter timetable has fewer crossings.&lt;/p&gt;</content></entry>
                </feed>
                """;
        List<Outcome<RawDocument>> all = read("courier.atom", atom.getBytes(StandardCharsets.UTF_8));
        assertThat(all).singleElement().satisfies(o -> assertThat(ok(o).url()).isEqualTo("https://courier.example/ferry"));
    }

    @Test
    void a_feed_with_an_external_entity_is_refused_and_nothing_is_read_from_disk() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link><description>d</description>
                <item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
                """;
        List<Outcome<RawDocument>> all = read("evil.rss", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(all).singleElement().satisfies(o -> {
            assertThat(o).isInstanceOf(Outcome.Failed.class);
            assertThat(o.problem().input()).isEqualTo("evil.rss");
            assertThat(o.problem().message()).doesNotContain("root:");
        });
    }

    @Test
    void an_entity_expansion_bomb_is_refused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        sb.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><link>https://x.example/</link><description>d</description></channel></rss>");
        List<Outcome<RawDocument>> all = read("bomb.rss", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(all).singleElement().satisfies(o -> assertThat(o).isInstanceOf(Outcome.Failed.class));
    }

    static byte[] warcRecord(String type, String uri, String httpContentType, String body) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + httpContentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        byte[] block = http.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
                + ">\r\nWARC-Date: 2024-03-11T08:00:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void warc_html_responses_become_documents_and_other_responses_are_skipped(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(gzip(warcRecord("response", "https://courier.example/a", "text/html; charset=utf-8",
                "<html><body><p>Archived story text.</p></body></html>")));
        warc.writeBytes(gzip(warcRecord("response", "https://courier.example/logo.png", "image/png", "PNG")));
        warc.writeBytes(gzip(warcRecord("response", "https://courier.example/b", "text/html",
                "<html><body><p>Second story.</p></body></html>")));
        Path f = dir.resolve("news.warc.gz");
        Files.write(f, warc.toByteArray());
        List<Outcome<RawDocument>> all = read(f.toString());
        assertThat(all).hasSize(3);
        RawDocument a = ok(all.get(0));
        assertThat(a.url()).isEqualTo("https://courier.example/a");
        assertThat(a.charset()).isEqualTo("utf-8");
        assertThat(a.origin()).isEqualTo(f + "@0");
        assertThat(new String(a.bytes(), StandardCharsets.UTF_8)).contains("Archived story text.");
        assertThat(all.get(1)).isInstanceOf(Outcome.Skipped.class);
        assertThat(ok(all.get(2)).url()).isEqualTo("https://courier.example/b");
    }

    @Test
    void a_corrupt_warc_record_is_a_problem_naming_its_offset_after_the_good_ones(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        byte[] good = warcRecord("response", "https://courier.example/a", "text/html", "<p>Good record.</p>");
        warc.writeBytes(good);
        warc.writeBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: notanumber\r\n\r\ngarbage".getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("bad.warc");
        Files.write(f, warc.toByteArray());
        List<Outcome<RawDocument>> all = read(f.toString());
        assertThat(all).hasSize(2);
        assertThat(all.get(0)).isInstanceOf(Outcome.Ok.class);
        assertThat(all.get(1)).isInstanceOf(Outcome.Failed.class);
        assertThat(all.get(1).problem().position()).isEqualTo(Position.record(good.length));
    }

    @Test
    void a_corrupt_record_loses_that_record_only_in_a_plain_and_a_gzip_archive(@TempDir Path dir) throws IOException {
        byte[] first = warcRecord("response", "https://courier.example/a", "text/html", "<p>First record.</p>");
        byte[] corrupt = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: notanumber\r\n\r\ngarbage WARC/1.0 inside\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] last = warcRecord("response", "https://courier.example/b", "text/html", "<p>Last record.</p>");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes(first);
        plain.writeBytes(corrupt);
        plain.writeBytes(last);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        gz.writeBytes(gzip(first));
        int bad = gz.size();
        gz.writeBytes(gzip(corrupt));
        gz.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}); // a member cut short: passed over
        gz.writeBytes(gzip(last));
        for (var c : List.of(Map.entry("bad.warc", plain.toByteArray()), Map.entry("bad.warc.gz", gz.toByteArray()))) {
            Path f = dir.resolve(c.getKey());
            Files.write(f, c.getValue());
            List<Outcome<RawDocument>> all = read(f.toString());
            assertThat(all).as(c.getKey()).hasSize(3);
            assertThat(ok(all.get(0)).url()).isEqualTo("https://courier.example/a");
            assertThat(all.get(1).problem().code()).isEqualTo(Code.WARC_CORRUPT);
            assertThat(all.get(1).problem().position()).isEqualTo(Position.record(c.getKey().endsWith(".gz") ? bad : first.length));
            assertThat(ok(all.get(2)).url()).isEqualTo("https://courier.example/b");
        }
    }

    @Test
    void the_search_for_the_next_record_after_a_corrupt_one_is_bounded(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        gz.writeBytes(gzip(warcRecord("response", "https://courier.example/a", "text/html", "<p>First record.</p>")));
        for (int i = 0; i < 5_000; i++) {
            gz.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8}); // a place a record could start, again and again
        }
        Path f = dir.resolve("hostile.warc.gz");
        Files.write(f, gz.toByteArray());
        List<Outcome<RawDocument>> all = read(f.toString());
        assertThat(all).hasSize(3);
        assertThat(all.get(1).problem().code()).isEqualTo(Code.WARC_CORRUPT);
        assertThat(all.get(2).problem().message()).contains("no readable record in 1000 places");
    }

    @Test
    void standard_input_style_streams_are_sniffed_like_files() {
        List<Outcome<RawDocument>> all = read("stdin", "Headline\n\nSome body text.".getBytes(StandardCharsets.UTF_8));
        assertThat(all).singleElement().satisfies(o -> {
            assertThat(ok(o).origin()).isEqualTo("stdin");
            assertThat(ok(o).mediaType()).isEqualTo("text/plain");
        });
    }

    @Test
    void urls_of_other_schemes_are_refused() {
        assertThat(read("file:///etc/passwd")).singleElement().satisfies(o -> assertThat(o.problem().code()).isEqualTo(Code.INGEST_BAD_URL));
        assertThat(read("ftp://example.org/x")).singleElement().satisfies(o -> assertThat(o.problem().code()).isEqualTo(Code.INGEST_BAD_URL));
    }
}
