package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractEvalTest {

    @Test
    void bag_of_words_is_case_blind_and_counts_repeats() {
        double[] prf = ExtractEval.bagOfWords("The cat the cat", "the cat sat");
        assertThat(prf[0]).isCloseTo(0.5, within(1e-9));
        assertThat(prf[1]).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void shingle_counts_are_normalised_per_page() {
        double[] same = ExtractEval.shingleCounts("one two three four five", "one two three four five");
        assertThat(same).containsExactly(1, 0, 0);
        double[] half = ExtractEval.shingleCounts("one two three four five", "one two three four six");
        // one shared 4-gram, one predicted only, one gold only
        assertThat(half[0]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(half[1]).isCloseTo(1 / 3.0, within(1e-9));
        double[] none = ExtractEval.shingleCounts("", "one two three four");
        assertThat(none).containsExactly(0, 0, 1);
    }

    @Test
    void scores_a_small_set_with_body_snippets_title_and_date(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String page = """
                <html><head><title>Bridge closes for repairs</title>
                <meta property="article:published_time" content="2024-06-01T09:00:00+02:00"></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
                <h1>Bridge closes for repairs</h1>
                <p>The old bridge closed on Friday for repairs that will take most of the summer, the roads office said.</p>
                <p>Drivers face detours of up to twenty minutes while the work goes on, and buses will change routes.</p>
                </article><footer><p>Copyright the Courier, all rights reserved, do not copy any of this site.</p></footer></body></html>""";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write(page.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("dev.jsonl"), """
                {"id":"p1","url":"https://courier.example/bridge","html_file":"html/p1.html.gz","title":"Bridge closes for repairs","date":"2024-06-01","text":"The old bridge closed on Friday for repairs that will take most of the summer, the roads office said.\\n\\nDrivers face detours of up to twenty minutes while the work goes on, and buses will change routes.","with":["closed on Friday"],"without":["all rights reserved"]}
                """);
        Dataset ds = Dataset.at(dir);
        ExtractEval task = new ExtractEval();
        assertThat(task.accepts(ds)).isTrue();
        Report r = task.run(ds, new EvalContext(System.err, 0));
        assertThat(r.items()).isEqualTo(1);
        assertThat(r.metrics().get("body.f1")).isGreaterThan(0.99);
        assertThat(r.metrics().get("snippet.f1")).isGreaterThan(0.99);
        assertThat(r.metrics().get("title.acc")).isEqualTo(1.0);
        assertThat(r.metrics().get("date.acc")).isEqualTo(1.0);
        assertThat(Tasks.named("extract")).isPresent();
    }

    @Test
    void the_lead_is_the_first_gold_paragraph_of_eight_words_that_is_not_the_headline() {
        String gold = "Bridge closes\n\nBridge closes for repairs all summer long, the roads office says\n\n"
                + "The old bridge closed on Friday for repairs that will take most of the summer.\n\nDrivers face detours.";
        String title = "Bridge closes for repairs all summer long, the roads office says";
        assertThat(ExtractEval.leadKept("The old bridge closed on Friday for repairs that will take most of the summer.", gold, title, false))
                .isTrue();
        assertThat(ExtractEval.leadKept("Drivers face detours of up to twenty minutes while the work goes on.", gold, title, false)).isFalse();
        assertThat(ExtractEval.leadKept("anything", "Too short.\nAlso short.", "", false)).isNull();
    }

    @Test
    void a_gold_text_that_opens_with_the_pages_h1_under_another_title_has_its_lead_below_it() {
        byte[] html = ("<html><head><title>Harbour dues 2026: what boat owners pay | Harbour News</title></head><body>"
                + "<h1 class=\"headline\">The harbour board raises landing dues &amp; mooring fees for visiting boats.</h1>"
                + "<p>The board voted on Monday to raise landing dues for visiting boats by a tenth from May.</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String gold = "The harbour board raises landing dues & mooring fees for visiting boats.\n"
                + "The board voted on Monday to raise landing dues for visiting boats by a tenth from May.";
        String seoTitle = "Harbour dues 2026: what boat owners pay";
        String body = "The board voted on Monday to raise landing dues for visiting boats by a tenth from May.";
        List<String> headlines = ExtractEval.headlines(seoTitle, html);
        assertThat(ExtractEval.leadKept(body, gold, headlines, false)).isTrue();
        assertThat(ExtractEval.leadKept(body, gold, headlines, true)).isTrue();
        // with the gold title alone the headline is taken for the lead, and it is never body
        assertThat(ExtractEval.leadKept(body, gold, seoTitle, false)).isFalse();
        assertThat(ExtractEval.leadKept("Fishing crews keep their rates.", gold, headlines, false)).isFalse();
    }

    @Test
    void the_prose_lead_passes_over_bylines_labels_and_deks_that_end_no_sentence() {
        String gold = "By Ana Ruiz and Tomas Reyes | Harbour News Service\n"
                + "Posted on the harbour board's notice page on 2025-07-09:\n"
                + "A guide to the new harbour dues for visiting boats\n"
                + "The harbour board voted on Monday to raise landing dues for visiting boats by a tenth.\n"
                + "Fishing crews will keep their present rates.";
        String kept = "The harbour board voted on Monday to raise landing dues for visiting boats by a tenth.";
        assertThat(ExtractEval.leadKept(kept, gold, "Harbour dues to rise", true)).isTrue();
        assertThat(ExtractEval.leadKept(kept, gold, "Harbour dues to rise", false)).isFalse();
        assertThat(ExtractEval.leadKept("Fishing crews will keep their present rates.", gold, "", true)).isFalse();
        assertThat(ExtractEval.leadKept(kept, "\u201cWe had no choice,\u201d the harbour master said of the new dues on Monday.\u201d", "", true))
                .isFalse();
    }

    @Test
    void pages_that_lose_their_lead_or_part_of_the_story_are_counted(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String page = """
                <html><head><title>Bridge closes for repairs</title></head><body><article>
                <h1>Bridge closes for repairs</h1>
                <p>Drivers face detours of up to twenty minutes while the work goes on, and buses will change routes.</p>
                <p>The roads office said the bridge would reopen in September, a month later than first planned.</p>
                </article></body></html>""";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write(page.getBytes(StandardCharsets.UTF_8));
        }
        // the gold's lead is not on the page: the lead is lost, and recall is below 0.8
        Files.writeString(dir.resolve("dev.jsonl"), """
                {"id":"p1","html_file":"html/p1.html.gz","title":"Bridge closes for repairs","text":"The old bridge closed on Friday for repairs that will take most of the summer, the roads office said, after engineers found cracks in two of its piers during an inspection in the spring.\\n\\nDrivers face detours of up to twenty minutes while the work goes on, and buses will change routes.\\n\\nThe roads office said the bridge would reopen in September, a month later than first planned."}
                """);
        Report r = new ExtractEval().run(Dataset.at(dir), new EvalContext(System.err, 0));
        assertThat(r.metrics().get("pages.lead_lost")).isEqualTo(1.0);
        assertThat(r.metrics().get("pages.lead")).isEqualTo(0.0);
        assertThat(r.metrics().get("pages.prose_lead_lost")).isEqualTo(1.0);
        assertThat(r.metrics().get("pages.part_lost")).isEqualTo(1.0);
        assertThat(r.metrics().get("pages.whole")).isEqualTo(0.0);
        assertThat(r.metrics().get("body.p")).isGreaterThan(0.99);
    }

    private static org.herald.extract.Trace trace(String html) {
        return new org.herald.extract.Extractor().trace(new org.herald.model.RawDocument("t.html",
                html.getBytes(StandardCharsets.UTF_8), "text/html", null, null, java.time.Instant.EPOCH,
                org.herald.model.RawDocument.Hints.NONE));
    }

    @Test
    void a_lost_lead_is_told_by_where_it_went() {
        String body = "<p>Drivers face detours of up to twenty minutes while the work goes on, and buses will change routes this week.</p>"
                .repeat(1) + "<p>The roads office said the repairs would cost four million and last until the end of August at the latest.</p>"
                + "<p>Residents of the east bank asked for a ferry, which the council said it would look at in its next meeting.</p>";
        String lead = "The old bridge closed on Friday for repairs that will take most of the summer, the roads office said.";
        var leadGrams = ExtractEval.lead(lead, "", false);
        // in a box whose class names clutter: dropped in cleaning
        var banner = trace("<html><body><div class=\"promo\"><p>" + lead + "</p></div><article><h1>Bridge closes</h1>" + body
                + "</article></body></html>");
        assertThat(ExtractEval.whyLost(leadGrams, banner)).isEqualTo("cleaning: class promo");
        // in a box whose class says caption, beside the picture it captions (the picture in the box's parent)
        var caption = trace("<html><body><article><h1>Bridge closes</h1><div class=\"hero\"><img src=\"bridge.jpg\">"
                + "<div class=\"caption\">" + lead + "</div></div>" + body + "</article></body></html>");
        assertThat(ExtractEval.whyLost(leadGrams, caption)).isEqualTo("cleaning: class caption, beside a picture");
        // nowhere in the page: the gold's own text
        var absent = trace("<html><body><article><h1>Bridge closes</h1>" + body + "</article></body></html>");
        assertThat(ExtractEval.whyLost(leadGrams, absent)).isEqualTo("not in the page's text");
        // only in the description
        var described = trace("<html><head><meta name=\"description\" content=\"" + lead + "\"></head><body><article><h1>Bridge closes</h1>"
                + body + "</article></body></html>");
        assertThat(ExtractEval.whyLost(leadGrams, described)).isEqualTo("only in the page's metadata");
        // kept: the lead is in the body
        var kept = trace("<html><body><article><h1>Bridge closes</h1><p>" + lead + "</p>" + body + "</article></body></html>");
        assertThat(ExtractEval.whyLost(leadGrams, kept)).isEqualTo("kept in part");
        // the gold's first paragraph is the page's headline (its title is another): never body
        var headline = trace("<html><body><article><h1>The old bridge closed on Friday for repairs that take the summer</h1>" + body
                + "</article></body></html>");
        assertThat(ExtractEval.whyLost(ExtractEval.lead("The old bridge closed on Friday for repairs that take the summer", "", false),
                headline)).isEqualTo("the page's headline");
        // a byline inside the story is dropped by a named filter
        var byline = trace("<html><body><article><h1>Bridge closes</h1>" + body + "<p>By Jane Roe and John Doe, Courier staff</p>" + body
                + "</article></body></html>");
        assertThat(ExtractEval.whyLost(ExtractEval.lead("By Jane Roe and John Doe, Courier staff writers", "", false), byline))
                .startsWith("filter: byline");
    }
}
