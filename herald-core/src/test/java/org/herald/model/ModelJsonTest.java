package org.herald.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

    @Test
    void an_event_is_written_with_the_field_names_of_the_contract() {
        Actor kim = Actor.of("PRK", List.of("GOV"), "Kim Jong Un");
        Event e = new Event("e1", "a1", 3, true, false, "042", new Plover("CONSULT", "visit"), 1, 1.9,
                Mode.ASSERTED, new Attribution("South Korean media", "KORMED"),
                new Participant("Kim Jong Un", new Span(224, 235), kim),
                new Participant("Vladivostok", new Span(285, 296), Actor.of("RUS", List.of(), null)),
                new TextSpan("journey", new Span(258, 265)), new ResolvedDate("2023-09-11", Precision.DAY, null), false,
                new Place("Vladivostok", 2013348, "RU", "59", 43.105, 131.874, "P", new Span(285, 296)), 0.8);
        String json = Json.write(e);
        assertThat(json).contains("\"mode\":\"asserted\"", "\"span\":[224,235]", "\"code\":\"PRKGOV\"",
                "\"precision\":\"day\"", "\"plover\":{\"type\":\"CONSULT\",\"mode\":\"visit\"}");
        assertThat(Json.read(json, Event.class)).isEqualTo(e);
    }

    @Test
    void a_problem_prints_as_one_line_naming_input_stage_and_position() {
        Problem p = new Problem("feed.xml", Problem.Code.FEED_DOCTYPE, Position.line(3), "external entities are not allowed");
        assertThat(p.toString()).isEqualTo("feed.xml: ingest: line 3: external entities are not allowed [ingest.feed.doctype]");
        assertThat(Json.read(Json.write(p), Problem.class)).isEqualTo(p);
        assertThat(Json.write(p)).contains("\"code\":\"ingest.feed.doctype\"", "\"position\":{\"kind\":\"line\",\"line\":3}");
    }

    @Test
    void a_date_must_match_its_precision() {
        assertThat(ResolvedDate.parse("2019", null).precision()).isEqualTo(Precision.YEAR);
        assertThat(ResolvedDate.parse("2019-05", null).precision()).isEqualTo(Precision.MONTH);
        assertThat(ResolvedDate.parse("XXXX-WXX-2", null)).isNull();
        assertThatThrownBy(() -> new ResolvedDate("2019-05", Precision.DAY, null))
                .hasMessageContaining("DAY");
    }

    @Property(tries = 300)
    void spans_round_trip_as_two_element_arrays(@ForAll @IntRange(max = 100_000) int start,
                                                @ForAll @IntRange(max = 1000) int length) {
        Span s = new Span(start, start + length);
        assertThat(Json.write(s)).isEqualTo("[" + start + "," + (start + length) + "]");
        assertThat(Json.read(Json.write(s), Span.class)).isEqualTo(s);
    }

    @Test
    void ids_are_deterministic_and_separate_their_parts() {
        assertThat(Ids.of("a", "b")).isEqualTo(Ids.of("a", "b")).isNotEqualTo(Ids.of("ab", ""));
    }
}
