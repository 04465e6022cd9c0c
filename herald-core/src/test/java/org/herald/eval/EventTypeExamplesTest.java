package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.herald.events.EventTypes;
import org.herald.model.Actor;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Participant;
import org.herald.model.Plover;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.junit.jupiter.api.Test;

class EventTypeExamplesTest {

    @Test
    void markup_tags_come_out_and_event_tags_give_trigger_spans() {
        EventTypeExamples.Marked m = EventTypeExamples.Marked.of(
                "The (SRC: Ruritanian) army (EVT: shelled) the (TAR: town (of Zenda)) on (LOC: Monday) and (EVT: withdrew).");
        assertThat(m.text()).isEqualTo("The Ruritanian army shelled the town (of Zenda) on Monday and withdrew.");
        assertThat(m.triggers()).hasSize(2);
        assertThat(m.text().substring(m.triggers().get(0)[0], m.triggers().get(0)[1])).isEqualTo("shelled");
        assertThat(m.text().substring(m.triggers().get(1)[0], m.triggers().get(1)[1])).isEqualTo("withdrew");
    }

    @Test
    void parentheses_of_the_text_stay_text() {
        EventTypeExamples.Marked m = EventTypeExamples.Marked.of("The forum (APEC) has (EVT: agreed) to meet.");
        assertThat(m.text()).isEqualTo("The forum (APEC) has agreed to meet.");
        assertThat(m.text().substring(m.triggers().get(0)[0], m.triggers().get(0)[1])).isEqualTo("agreed");
    }

    @Test
    void sentences_are_cut_at_final_punctuation_and_line_breaks() {
        String t = "First one. Troops shelled the town on Monday. He said so\nNext line.";
        int at = t.indexOf("shelled");
        assertThat(t.substring(EventTypeExamples.sentenceStart(t, at), EventTypeExamples.sentenceEnd(t, at + 7)))
                .isEqualTo("Troops shelled the town on Monday.");
        int said = t.indexOf("said");
        assertThat(t.substring(EventTypeExamples.sentenceStart(t, said), EventTypeExamples.sentenceEnd(t, said + 4)))
                .isEqualTo("He said so");
    }

    private static Event event(String text, int sentence, String trigger, String code) {
        int t = text.indexOf(trigger);
        Actor a = new Actor("GBR", "GBR", List.of(), null);
        return new Event("id-" + t, "a", sentence, false, false, code, null, 0, 0, Mode.ASSERTED, null,
                new Participant("GBR", new Span(0, 3), a), null, new TextSpan(trigger, new Span(t, t + trigger.length())), null,
                false, null, 0.9);
    }

    @Test
    void lexicon_events_of_a_type_the_gold_never_codes_are_no_event_examples_from_their_own_sentence() {
        String text = "Police arrested two men. The striker attacked the goal and ministers met.";
        int second = text.indexOf("The striker");
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, second - 1), 0, List.of(), true, List.of()),
                new Sentence(1, new Span(second, text.length()), 0, List.of(), true, List.of()));
        List<Event> coded = List.of(event(text, 0, "arrested", "173"), event(text, 1, "attacked", "190"),
                event(text, 1, "met", "040"));
        // the gold codes the arrest (COERCE) and the meeting (CONSULT), never an assault
        Set<String> gold = Set.of(EventTypes.label("173"), EventTypes.label("040"));

        List<EventTypes.Example> none = EventTypeExamples.notInGold(text, sentences, coded, gold, "case-1");

        assertThat(none).hasSize(1);
        EventTypes.Example e = none.get(0);
        assertThat(e.label()).isEqualTo(EventTypes.NONE);
        assertThat(e.sentence()).isEqualTo("The striker attacked the goal and ministers met.");
        assertThat(e.sentence().substring(e.start(), e.end())).isEqualTo("attacked");
        assertThat(e.origin()).isEqualTo("case-1");
    }
}
