package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.events.EventCoder;
import org.herald.model.Actor;
import org.herald.model.Attribution;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Participant;
import org.herald.model.Plover;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.junit.jupiter.api.Test;

/** How Herald's events are put into the CAMEO gold sets' convention before scoring. */
class EventsEvalTest {

    private static Participant side(String code) {
        return code == null ? null : new Participant(code, new Span(0, 1), new Actor(code, code.substring(0, 3), List.of(), null));
    }

    private static Event event(String code, int quad, String source, String target, String speaker) {
        return new Event("id", "a", 0, true, false, code, new Plover("X", null), quad, 0, Mode.ASSERTED,
                speaker == null ? null : new Attribution(speaker, speaker), side(source), side(target),
                new TextSpan("t", new Span(0, 1)), null, false, null, 0.9);
    }

    private static List<String> view(Event... events) {
        return EventsEval.cameoView(List.of(events), EventCoder.standard()).stream()
                .map(d -> d.source() + ">" + d.target() + ":" + d.code()).toList();
    }

    @Test
    void an_event_with_a_side_missing_is_not_a_cameo_dyad() {
        assertThat(view(event("173", 4, "FRAGOV", null, null))).isEmpty();
        assertThat(view(event("173", 4, "FRAGOV", "DEUEDU", null))).containsExactly("FRAGOV>DEUEDU:173");
    }

    @Test
    void a_reported_act_of_violence_is_also_the_reporters_accusation_even_with_no_target() {
        assertThat(view(event("190", 4, "SYRMIL", null, "GBRMED"))).containsExactly("GBRMED>SYRMIL:112");
        assertThat(view(event("190", 4, "SYRMIL", "TUR", "SYRMIL"))).containsExactly("SYRMIL>TUR:190", "SYRMIL>TUR:015");
    }

    @Test
    void a_reported_arrest_is_not_an_accusation_by_the_reporter() {
        assertThat(view(event("173", 4, "TUNJUD", "NGAEDU", "LBN"))).containsExactly("TUNJUD>NGAEDU:173");
    }

    @Test
    void the_plover_gold_is_scored_in_its_own_version_and_old_country_codes() {
        assertThat(EventsEval.version05("1712", "ASSAULT")).isEqualTo("COERCE");
        assertThat(EventsEval.version05("181", "ASSAULT")).isEqualTo("COERCE");
        assertThat(EventsEval.version05("190", "ASSAULT")).isEqualTo("ASSAULT");
        assertThat(EventsEval.ploverType(EventsEval.version05("1712", "ASSAULT"))).isEqualTo("COERCE");
        assertThat(EventsEval.country("ITL")).isEqualTo("ITA");
        assertThat(EventsEval.country("JAPGOV")).isEqualTo("JPN");
        assertThat(EventsEval.country("ITA")).isEqualTo("ITA");
    }
}
