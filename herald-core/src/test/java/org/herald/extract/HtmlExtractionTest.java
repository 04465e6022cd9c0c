package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.herald.model.Article;
import org.herald.model.Link;
import org.herald.model.Precision;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

    private final Extractor extractor = new Extractor();

    private Article page() {
        return Fixtures.ok(extractor.extract(Fixtures.html("page.html", Fixtures.bytes("/extract/page.html"),
                "https://courier.example/news/2024/03/harbour-strike")));
    }

    @Test
    void finds_the_story_paragraphs_and_subheading_and_nothing_else() {
        Article a = page();
        assertThat(a.paragraphs()).containsExactly(
                "Dockworkers at Port Aldren walked out on Monday morning, leaving container ships queued in the bay and cranes standing still along the eastern quay.",
                "The Aldren Dockers' Union said the strike would last until the port authority returned to the table with an offer that matched inflation.",
                "A spokesperson for the port authority said it regretted the action and that its offer of a four percent rise & a one-off bonus remained open.",
                "Freight costs",
                "Shipping agents warned that a stoppage of more than a week would push freight costs up across the region, with smaller importers hit first.",
                "Talks are due to resume on Thursday, the union said.");
    }

    @Test
    void reads_title_date_author_site_and_language_from_the_page_metadata() {
        Article a = page();
        assertThat(a.title()).isEqualTo("Harbour cranes idle as dockworkers strike");
        assertThat(a.published().value()).isEqualTo("2024-03-11");
        assertThat(a.published().precision()).isEqualTo(Precision.DAY);
        assertThat(a.publishedFrom()).isEqualTo("json-ld");
        assertThat(a.authors()).containsExactly("Mara Velde");
        assertThat(a.site()).isEqualTo("The Aldren Courier");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void read_more_links_and_related_boxes_become_related_links_with_absolute_urls() {
        Article a = page();
        assertThat(a.related()).contains(
                new Link("Port Aldren expansion plan approved despite objections", "https://courier.example/news/expansion"),
                new Link("Fishing fleet returns early as storm season arrives", "https://courier.example/news/fleet"));
    }

    @Test
    void paragraphs_copied_verbatim_map_back_to_the_page_source() {
        String raw = new String(Fixtures.bytes("/extract/page.html"), StandardCharsets.UTF_8);
        Article a = page();
        String first = a.paragraphs().get(0);
        int at = a.text().indexOf(first);
        int rawAt = a.offsets().toRaw(at);
        assertThat(raw.substring(rawAt, rawAt + first.length())).isEqualTo(first);
        // A paragraph with an entity in the source is not a verbatim copy and gets no offset.
        int amp = a.text().indexOf("four percent rise &");
        assertThat(a.offsets().toRaw(amp)).isEqualTo(-1);
    }

    @Test
    void date_falls_back_to_meta_tags_then_time_elements_then_the_url() {
        String body = "<p>" + "The committee met for the third time this month to discuss the plan in detail. ".repeat(3) + "</p>";
        Article meta = Fixtures.ok(extractor.extract(Fixtures.html("<html><head><meta property=\"article:published_time\" "
                + "content=\"2022-05-04T10:00:00Z\"></head><body><article>" + body + "</article></body></html>", null)));
        assertThat(meta.published().value()).isEqualTo("2022-05-04");
        assertThat(meta.publishedFrom()).isEqualTo("meta");
        Article time = Fixtures.ok(extractor.extract(Fixtures.html("<html><body><article><time datetime=\"2021-12-30\">30 Dec</time>"
                + body + "</article></body></html>", null)));
        assertThat(time.published().value()).isEqualTo("2021-12-30");
        assertThat(time.publishedFrom()).isEqualTo("time");
        Article url = Fixtures.ok(extractor.extract(Fixtures.html("<html><body><article>" + body + "</article></body></html>",
                "https://news.example/2020/07/15/committee-plan")));
        assertThat(url.published().value()).isEqualTo("2020-07-15");
        assertThat(url.publishedFrom()).isEqualTo("url");
        Article month = Fixtures.ok(extractor.extract(Fixtures.html("<html><body><article>" + body + "</article></body></html>",
                "https://news.example/2019/11/committee-plan")));
        assertThat(month.published().value()).isEqualTo("2019-11");
        assertThat(month.published().precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void a_page_declared_in_windows_1252_is_decoded_by_its_meta_charset() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 owners protest</title></head><body><p>"
                + "Caf\u00e9 owners in the old town said the new rules would cost them \u20ac2,000 a month in lost trade.</p></body></html>";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html("cp1252.html", html.getBytes(Charset.forName("windows-1252")), null)));
        assertThat(a.paragraphs().get(0)).contains("Caf\u00e9 owners", "\u20ac2,000");
    }

    @Test
    void a_byte_order_mark_wins_over_a_wrong_declaration() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Na\u00efve voters and \u201cclever\u201d "
                + "campaigns met in the square on Sunday for the last rally.</p></body></html>";
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Article a = Fixtures.ok(extractor.extract(Fixtures.html("bom.html", withBom, null)));
        assertThat(a.paragraphs().get(0)).contains("Na\u00efve voters and \u201cclever\u201d");
    }

    @Test
    void mojibake_from_a_double_decoding_is_repaired() {
        String good = "The minister\u2019s office said the caf\u00e9 \u2018will reopen\u2019 and the fa\u00e7ade is safe, "
                + "according to the town\u2019s engineers.";
        String broken = new String(good.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        Article a = Fixtures.ok(extractor.extract(Fixtures.text("Town hall update\n\n" + broken)));
        assertThat(a.paragraphs().get(0)).isEqualTo(good);
    }

    @Test
    void json_ld_article_body_vouches_for_short_paragraphs() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Bridge closes","articleBody":"The old bridge closed on Friday for repairs that will take most of the summer, the roads office said. Drivers face long detours. The ferry will run extra crossings during the works."}
                </script></head><body><div class="content">
                <p>The old bridge closed on Friday for repairs that will take most of the summer, the roads office said.</p>
                <p>Drivers face long detours.</p>
                <p>The ferry will run extra crossings during the works.</p>
                </div></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, null)));
        assertThat(a.paragraphs()).contains("Drivers face long detours.");
        assertThat(a.title()).isEqualTo("Bridge closes");
    }
}
