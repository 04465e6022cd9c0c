package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.eval.ArticleEventsEval.Coded;
import org.herald.eval.ArticleEventsEval.Level;
import org.herald.model.Mode;
import org.junit.jupiter.api.Test;

/** How the article gold and Herald's printed events are compared (docs/article-gold.md, scoring). */
class ArticleEventsEvalTest {

    private static Coded ev(String code, int quad, Mode mode, String source, String target, boolean mutual) {
        return new Coded(code, quad, mode, source, target, mutual, 0.9, "", false);
    }

    private static Coded background(String code, int quad, String source, String target) {
        return new Coded(code, quad, Mode.ASSERTED, source, target, false, 0.9, "", true);
    }

    private static Score match(List<Coded> herald, List<Coded> gold, Level level) {
        return ArticleEventsEval.score(ArticleEventsEval.keys(herald, gold, level), ArticleEventsEval.keys(gold, gold, level));
    }

    @Test
    void a_future_visit_meets_an_intent_to_meet_and_a_future_attack_meets_a_threat() {
        List<Coded> gold = List.of(ev("036", 1, Mode.ASSERTED, "GBR", "IND", true), ev("138", 3, Mode.ASSERTED, "RUS", "UKR", false));
        List<Coded> herald = List.of(ev("042", 1, Mode.FUTURE, "GBR", "IND", false), ev("190", 4, Mode.FUTURE, "RUS", "UKR", false));
        assertThat(match(herald, gold, Level.ROOT_COUNTRY)).isEqualTo(new Score(2, 0, 0));
        // the full code of a future event is only its mapped root, so the 138 is missed there
        assertThat(match(herald, gold, Level.CODE_COUNTRY)).isEqualTo(new Score(0, 2, 2));
    }

    @Test
    void hypothetical_and_negated_events_are_neither_right_nor_wrong_in_the_factual_view() {
        List<Coded> gold = List.of(ev("163", 4, Mode.HYPOTHETICAL, "MEX", "USA", false));
        List<Coded> herald = List.of(ev("042", 1, Mode.NEGATED, "ISR", "GBR", false));
        assertThat(match(herald, gold, Level.ROOT_COUNTRY)).isEqualTo(new Score(0, 0, 0));
        assertThat(match(herald, gold, Level.WITH_MODE)).isEqualTo(new Score(0, 1, 1));
    }

    @Test
    void an_event_the_times_stage_marks_background_is_neither_right_nor_wrong_in_any_view() {
        List<Coded> gold = List.of(ev("112", 3, Mode.ASSERTED, "GBR", "RUS", false));
        List<Coded> herald = List.of(background("111", 3, "GBR", "RUS"), background("190", 4, "RUS", "UKR"),
                ev("112", 3, Mode.ASSERTED, "GBR", "RUS", false));
        assertThat(match(herald, gold, Level.ROOT_COUNTRY)).isEqualTo(new Score(1, 0, 0));
        assertThat(match(herald, gold, Level.WITH_MODE)).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void a_joint_act_in_the_gold_is_matched_in_either_direction() {
        List<Coded> gold = List.of(ev("0841", 2, Mode.ASSERTED, "EGY", "ISR", true));
        assertThat(match(List.of(ev("0841", 2, Mode.ASSERTED, "ISR", "EGY", false)), gold, Level.ROOT_COUNTRY))
                .isEqualTo(new Score(1, 0, 0));
        // a one-way act stays directed
        List<Coded> directed = List.of(ev("111", 3, Mode.ASSERTED, "GBR", "USA", false));
        assertThat(match(List.of(ev("111", 3, Mode.ASSERTED, "USA", "GBR", false)), directed, Level.ROOT_COUNTRY))
                .isEqualTo(new Score(0, 1, 1));
    }

    @Test
    void repeated_reports_of_a_right_key_cost_nothing_and_a_wrong_key_counts_once() {
        List<Coded> gold = List.of(ev("195", 4, Mode.ASSERTED, "RUS", "UKR", false), ev("195", 4, Mode.ASSERTED, "RUS", "UKR", false));
        Coded right = ev("190", 4, Mode.ASSERTED, "RUS", "UKR", false);
        Coded wrong = ev("190", 4, Mode.ASSERTED, "UKR", "RUS", false);
        assertThat(match(List.of(right, right, right, wrong, wrong), gold, Level.ROOT_COUNTRY)).isEqualTo(new Score(2, 1, 0));
        assertThat(match(List.of(right), gold, Level.ROOT_COUNTRY)).isEqualTo(new Score(1, 0, 1));
        assertThat(match(List.of(right), gold, Level.CODE_COUNTRY)).isEqualTo(new Score(0, 1, 2));
    }

    @Test
    void the_one_side_levels_tell_a_wrong_target_from_a_wrong_source_and_keep_both_sides_of_a_joint_act() {
        List<Coded> gold = List.of(ev("111", 3, Mode.ASSERTED, "GBR", "USA", false), ev("057", 1, Mode.ASSERTED, "ARG", "VEN", true));
        List<Coded> herald = List.of(ev("111", 3, Mode.ASSERTED, "GBR", "", false), ev("057", 1, Mode.ASSERTED, "VEN", "", false));
        assertThat(match(herald, gold, Level.ROOT_SOURCE)).isEqualTo(new Score(1, 1, 1));
        assertThat(match(herald, gold, Level.ROOT_TARGET)).isEqualTo(new Score(0, 2, 2));
        assertThat(match(List.of(ev("057", 1, Mode.ASSERTED, "VEN", "ARG", false)), gold, Level.ROOT_SOURCE))
                .isEqualTo(new Score(1, 0, 1));
    }

    @Test
    void a_wrong_event_is_told_apart_by_the_side_it_got_wrong() {
        List<Coded> gold = List.of(ev("111", 3, Mode.ASSERTED, "GBR", "USA", false), ev("112", 3, Mode.ASSERTED, "FRA", "---", false),
                ev("190", 4, Mode.ASSERTED, "RUS", "UKR", false));
        List<Coded> herald = List.of(ev("111", 3, Mode.ASSERTED, "GBR", "---", false), ev("112", 3, Mode.ASSERTED, "FRA", "DEU", false),
                ev("190", 4, Mode.ASSERTED, "UKR", "UKR", false), ev("042", 1, Mode.ASSERTED, "GBR", "USA", false));
        var kinds = ArticleEventsEval.wrongKinds(ArticleEventsEval.keys(herald, gold, Level.ROOT_COUNTRY),
                ArticleEventsEval.keys(gold, gold, Level.ROOT_COUNTRY));
        assertThat(kinds).containsOnly(java.util.Map.entry("target missing", 1), java.util.Map.entry("target added", 1),
                java.util.Map.entry("source another country", 1), java.util.Map.entry("no gold event of root 04", 1));
    }

    @Test
    void a_wrong_root_between_the_same_two_sides_is_named_with_the_gold_root_it_missed() {
        List<Coded> gold = List.of(ev("112", 3, Mode.ASSERTED, "RUS", "UKR", false));
        List<Coded> herald = List.of(ev("020", 1, Mode.ASSERTED, "RUS", "UKR", false));
        assertThat(ArticleEventsEval.wrongKinds(ArticleEventsEval.keys(herald, gold, Level.ROOT_COUNTRY),
                ArticleEventsEval.keys(gold, gold, Level.ROOT_COUNTRY))).containsOnly(java.util.Map.entry("root 02 for gold 11", 1));
    }

    @Test
    void a_gold_offset_is_placed_in_the_herald_sentence_with_the_same_words_whatever_the_spacing_and_quote_marks() {
        org.herald.model.Article article = org.herald.model.Article.builder().headline("Ministers meet")
                .paragraph("The minister said \u201cwe will act\u201d. Talks begin today.").build();
        String text = article.text();
        List<org.herald.model.Sentence> sentences = new java.util.ArrayList<>();
        for (String part : List.of("Ministers meet", "The minister said \u201cwe will act\u201d.", "Talks begin today.")) {
            int at = text.indexOf(part);
            sentences.add(new org.herald.model.Sentence(sentences.size(), new org.herald.model.Span(at, at + part.length()),
                    0, List.of(), false, List.of()));
        }
        org.herald.model.Annotated a = new org.herald.model.Annotated(article, sentences, List.of(), List.of(), List.of());
        // the data set's own text: other quote marks, a line break inside a sentence
        String gold = "The minister said \"we will\nact\". Talks begin today.";
        int[] at = ArticleEventsEval.sentenceAt(a, gold);
        assertThat(at[gold.indexOf("act")]).isEqualTo(1);
        assertThat(at[gold.indexOf("Talks")]).isEqualTo(2);
        assertThat(at[0]).isEqualTo(1); // the headline is not in the body's text, so nothing is placed in it
    }
}
