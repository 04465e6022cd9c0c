package org.herald.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Participant;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;

class PairsTest {

    private static Arguments.Side side(String text, int at, String country, String role, String name) {
        Actor a = Actor.of(country, List.of(role), name);
        return new Arguments.Side(new Participant(text, new Span(at, at + text.length()), a), at, false);
    }

    @Test
    void two_people_of_one_code_are_a_dyad_but_one_party_on_itself_is_none() {
        // "Blair accused Boris Johnson": two prime ministers, both GBRGOV
        Arguments.Side blair = side("Tony Blair", 0, "GBR", "GOV", "Tony Blair");
        Arguments.Side johnson = side("Boris Johnson", 20, "GBR", "GOV", "Boris Johnson");
        List<Arguments.Side[]> p = Pairs.of(List.of(blair), List.of(johnson), false);
        assertEquals(1, p.size());
        assertEquals("Boris Johnson", p.get(0)[1].actor().name());
        // "the government purged itself": no target, the source kept
        Arguments.Side gov = side("the government", 0, "GBR", "GOV", null);
        Arguments.Side itself = side("the government", 30, "GBR", "GOV", null);
        p = Pairs.of(List.of(gov), List.of(itself), false);
        assertEquals(1, p.size());
        assertNull(p.get(0)[1]);
        // the same person named twice is one party
        Arguments.Side again = side("Mr Blair", 40, "GBR", "GOV", "Tony Blair");
        p = Pairs.of(List.of(blair), List.of(again), false);
        assertNull(p.get(0)[1]);
    }

    @Test
    void an_appeal_is_made_to_another_party_even_of_the_same_code() {
        // "the home secretary urged the government to act": both GBRGOV, and an appeal asks another
        Arguments.Side minister = side("the home secretary", 0, "GBR", "GOV", null);
        Arguments.Side gov = side("the government", 30, "GBR", "GOV", null);
        assertNull(Pairs.of(List.of(minister), List.of(gov), false).get(0)[1]);
        List<Arguments.Side[]> p = Pairs.of(List.of(minister), List.of(gov), false, true);
        assertEquals("the government", p.get(0)[1].participant().text());
        // but not to itself
        Arguments.Side itself = side("itself", 40, "GBR", "GOV", null);
        assertNull(Pairs.of(List.of(gov), List.of(itself), false, true).get(0)[1]);
    }
}
