package org.herald.events.internal.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Participant;
import org.herald.model.Plover;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The veto on hand-made events, with a two-dimensional "embedding" in place of the real one. */
class VetoTest {

    /** NONE along the first axis, ASSAULT along the second. */
    private static final TypeModel MODEL = new TypeModel(2,
            new Softmax(List.of("NONE", "ASSAULT"), new double[][] {{4, 0, 0}, {0, 4, 0}}));

    private final List<String> embedded = new ArrayList<>();

    /** Sport words point at NONE, anything else at ASSAULT. */
    private float[] embed(String window) {
        embedded.add(window);
        return window.contains("goal") || window.contains("match") ? new float[] {1, 0} : new float[] {0, 1};
    }

    private static Event event(String text, String trigger, String sourceWords) {
        int t = text.indexOf(trigger);
        int s = text.indexOf(sourceWords);
        Actor a = new Actor("GBR", "GBR", List.of(), null);
        return new Event("id-" + t, "a", 0, false, false, "190", new Plover("ASSAULT", null), 4, -10, Mode.ASSERTED, null,
                new Participant(sourceWords, new Span(s, s + sourceWords.length()), a), null,
                new TextSpan(trigger, new Span(t, t + trigger.length())), null, false, null, 0.9);
    }

    private static Sentence sentence(String text) {
        return new Sentence(0, new Span(0, text.length()), 0, List.of(), true, List.of());
    }

    @Test
    void drops_an_event_whose_window_the_model_reads_as_no_event_and_keeps_the_others() {
        String text = "England attacked the goal early.";
        Veto veto = new Veto(MODEL, this::embed, 0.5);
        Event sport = event(text, "attacked", "England");
        assertThat(veto.review(text, sentence(text), List.of(sport))).isEmpty();

        String second = "Troops attacked the town.";
        Event war = event(second, "attacked", "Troops");
        assertThat(veto.review(second, sentence(second), List.of(war))).containsExactly(war);
    }

    @Test
    void the_window_is_cut_from_the_event_s_own_sentence() {
        // the article's first sentence names the match, the second is the one coded: its window
        // must not reach back into the first
        String text = "It was a match to forget. Later troops attacked the border town.";
        int from = text.indexOf("Later");
        Sentence s = new Sentence(1, new Span(from, text.length()), 0, List.of(), true, List.of());
        Event war = event(text, "attacked", "troops");
        assertThat(new Veto(MODEL, this::embed, 0.5).review(text, s, List.of(war))).containsExactly(war);
        assertThat(embedded).containsExactly("Later troops attacked the border");
    }

    @Test
    void events_of_one_trigger_share_one_embedding() {
        String text = "Troops and police attacked the town.";
        Event a = event(text, "attacked", "Troops");
        Event b = event(text, "attacked", "police");
        assertThat(new Veto(MODEL, this::embed, 0.5).review(text, sentence(text), List.of(a, b))).containsExactly(a, b);
        assertThat(embedded).hasSize(1);
    }

    @Test
    void a_sentence_without_events_embeds_nothing() {
        String text = "Nothing happened.";
        assertThat(new Veto(MODEL, this::embed, 0.5).review(text, sentence(text), List.of())).isEmpty();
        assertThat(embedded).isEmpty();
    }

    @Test
    void the_threshold_decides_how_sure_the_model_must_be() {
        // a window with one sport word and one war word: P(NONE) = 0.5 under MODEL
        String text = "England attacked the goal and the town.";
        float[] both = {0.5f, 0.5f};
        Event e = event(text, "attacked", "England");
        assertThat(new Veto(MODEL, w -> both, 0.5).review(text, sentence(text), List.of(e))).isEmpty();
        assertThat(new Veto(MODEL, w -> both, 0.6).review(text, sentence(text), List.of(e))).containsExactly(e);
    }

    @Test
    void a_threshold_that_is_no_probability_is_refused_with_the_setting_named() {
        assertThat(Veto.threshold(" 0.7 ")).isEqualTo(0.7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Veto.threshold("high"))
                .hasMessageContaining("herald.events.veto").hasMessageContaining("high");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Veto.threshold("1.5")).hasMessageContaining("1.5");
    }

    @Test
    void a_root_without_a_threshold_is_left_alone_and_not_embedded() {
        String text = "England attacked the goal early.";
        Event sport = event(text, "attacked", "England"); // root 19
        assertThat(new Veto(MODEL, this::embed, java.util.Map.of("04", 0.5)).review(text, sentence(text), List.of(sport)))
                .containsExactly(sport);
        assertThat(embedded).isEmpty();
        assertThat(new Veto(MODEL, this::embed, java.util.Map.of("19", 0.5)).review(text, sentence(text), List.of(sport))).isEmpty();
    }

    @Test
    void the_thresholds_file_names_every_root_once_and_its_errors_name_the_line() {
        org.herald.events.internal.CameoTable table = org.herald.events.internal.CameoTable.standard();
        StringBuilder all = new StringBuilder("# a comment\n");
        for (int r = 1; r <= 20; r++) {
            all.append(String.format("%02d\t%s\t# why%n", r, r == 4 ? "0.6" : "-"));
        }
        assertThat(Veto.thresholds("v.tsv", new java.io.StringReader(all.toString()), table)).containsExactly(java.util.Map.entry("04", 0.6));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Veto.thresholds("v.tsv",
                new java.io.StringReader(all.toString().replace("04\t0.6", "04\t1.6")), table)).hasMessageContaining("v.tsv: line 5")
                .hasMessageContaining("1.6");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Veto.thresholds("v.tsv",
                new java.io.StringReader(all.toString().replace("20\t-", "19\t-")), table)).hasMessageContaining("v.tsv: line 21")
                .hasMessageContaining("twice");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Veto.thresholds("v.tsv",
                new java.io.StringReader(all.toString().replace("07\t-", "77\t-")), table)).hasMessageContaining("line 8")
                .hasMessageContaining("'77'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Veto.thresholds("v.tsv",
                new java.io.StringReader(all.toString().replace("12\t-\t# why\n", "")), table)).hasMessageContaining("root 12 has no line");
    }

    @Test
    void herald_s_own_thresholds_load() {
        assertThat(Veto.standard().thresholds()).isNotEmpty().allSatisfy((root, t) -> assertThat(t).isBetween(0.0, 1.0));
    }
}
