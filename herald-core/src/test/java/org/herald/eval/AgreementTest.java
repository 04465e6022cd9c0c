package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.eval.ArticleEventsEval.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two codings of the same articles compared with the article gold's scorer (docs/article-gold.md, Agreement). */
class AgreementTest {

    @TempDir
    Path dir;

    private static String event(String code, String mode, String source, String target) {
        return "{\"trigger\": [0, 4], \"code\": \"" + code + "\", \"mode\": \"" + mode + "\", \"source\": {\"actor\": \"" + source
                + "\", \"span\": null}, \"target\": " + (target == null ? "null" : "{\"actor\": \"" + target + "\", \"span\": null}")
                + ", \"attribution\": null}";
    }

    private static String record(String id, String... events) {
        return "{\"id\": \"" + id + "\", \"dataset\": \"bbc-news\", \"field\": \"text\", \"published\": null, \"text_sha256\": \""
                + "0".repeat(64) + "\", \"events\": [" + String.join(", ", events) + "]}";
    }

    private Path file(String name, String... records) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", records) + "\n");
    }

    @Test
    void a_coding_agrees_fully_with_itself() throws IOException {
        Path a = file("a.jsonl", record("x-1", event("173", "asserted", "GBRCOP", "GBRPOL"), event("111", "asserted", "GBRPOL", "GBRGOV")),
                record("x-2", event("042", "future", "GBRGOV", "IND")));
        Report r = Agreement.score(a, a, null);
        assertThat(r.items()).isEqualTo(2);
        assertThat(r.metrics()).containsEntry("root.country.f1", 1.0).containsEntry("root.country.strict.f1", 1.0)
                .containsEntry("code.country.f1", 1.0).containsEntry("root.only.f1", 1.0);
    }

    @Test
    void another_target_country_is_wrong_at_root_and_countries_but_right_at_root_and_source() throws IOException {
        Path a = file("a.jsonl", record("x-1", event("0356", "asserted", "NLDGOV", "IRQ")));
        Path b = file("b.jsonl", record("x-1", event("0356", "asserted", "NLDGOV", null)));
        Report r = Agreement.score(a, b, null);
        assertThat(r.metrics()).containsEntry("root.country.p", 0.0).containsEntry("root.country.r", 0.0)
                .containsEntry("root.source.f1", 1.0).containsEntry("root.target.f1", 0.0);
        assertThat(r.notes()).anyMatch(n -> n.contains("target missing=1"));
    }

    @Test
    void a_second_event_with_the_same_key_is_a_repeat_for_the_scorer_and_one_more_event_when_strict() throws IOException {
        Path a = file("a.jsonl", record("x-1", event("111", "asserted", "---NGO", "GBRGOV")));
        Path b = file("b.jsonl", record("x-1", event("111", "asserted", "---NGO", "GBRGOV"), event("112", "asserted", "---NGO", "GBRGOV")));
        Report r = Agreement.score(a, b, null);
        assertThat(r.metrics()).containsEntry("root.country.p", 1.0).containsEntry("root.country.strict.p", 0.5)
                .containsEntry("root.country.strict.r", 1.0);
    }

    @Test
    void the_factual_view_leaves_a_hypothetical_event_out_on_both_sides() throws IOException {
        Path a = file("a.jsonl", record("x-1", event("173", "hypothetical", "GBRCOP", "GBRCVL"), event("055", "asserted", "GBRGOV", "GBRCVL")));
        Path b = file("b.jsonl", record("x-1", event("055", "asserted", "GBRGOV", "GBRCVL")));
        Report r = Agreement.score(a, b, null);
        assertThat(r.metrics()).containsEntry("root.country.f1", 1.0).containsEntry("root.country.mode.r", 0.5);
    }

    @Test
    void articles_in_one_coding_only_are_counted_and_left_out() throws IOException {
        Path a = file("a.jsonl", record("x-1", event("051", "asserted", "USAGOV", "RUSGOV")), record("x-2", event("190", "asserted", "RUSMIL", "UKR")));
        Path b = file("b.jsonl", record("x-1", event("051", "asserted", "USAGOV", "RUS")), record("x-3"));
        Report r = Agreement.score(a, b, null);
        assertThat(r.items()).isEqualTo(1);
        assertThat(r.metrics()).containsEntry("root.country.f1", 1.0);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("2 articles in one coding only"));
    }

    @Test
    void strict_counts_every_event_once() {
        Key k = new Key("11", "GBR", "GBR", "");
        Key l = new Key("17", "GBR", "GBR", "");
        assertThat(Agreement.strict(List.of(k, k, l), List.of(k, l, l))).isEqualTo(new Score(2, 1, 1));
    }

    @Test
    void the_committed_second_coding_agrees_with_the_first_above_a_sane_floor() throws Exception {
        // no text is needed: both files hold codes only. A floor well under the measured figures
        // (docs/article-gold.md, Agreement): the two codings are of the same 20 articles by one guide.
        Report r = Agreement.score(ArticleGoldTest.gold(), ArticleGoldTest.file(ArticleGoldTest.SECOND), null);
        System.out.println("agreement of the two codings: " + r.metrics());
        assertThat(r.items()).isEqualTo(20);
        assertThat(r.metrics().get("root.only.f1")).isGreaterThan(0.7);
        assertThat(r.metrics().get("root.country.f1")).isGreaterThan(0.5);
    }
}
