package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.ActorMention;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;

class ContextCountriesTest {

    private static ActorMention m(int sentence, int start, String text, String code, String name, String how) {
        return new ActorMention(new Span(start, start + text.length()), text, sentence,
                KnowledgeBase.entity(code, name), how);
    }

    private static List<ActorMention> lend(String text, Set<ActorMention> mute, ActorMention... ms) {
        List<ActorMention> out = new ArrayList<>(List.of(ms));
        new ContextCountries(PartsFixture.KB, PartsFixture.WORDS, text).lend(out, mute, new HashSet<>(), Set.of());
        return out;
    }

    @Test
    void the_one_country_of_the_sentence_lends_and_two_lend_nothing() {
        String text = "the opposition in Iraq";
        List<ActorMention> one = lend(text, Set.of(), m(0, 0, "the opposition", "---OPP", null, "role"),
                m(0, 18, "Iraq", "IRQ", null, "name"));
        assertThat(one.get(0).actor().code()).isEqualTo("IRQOPP");
        assertThat(one.get(0).how()).isEqualTo("context");
        List<ActorMention> two = lend(text, Set.of(), m(0, 0, "the opposition", "---OPP", null, "role"),
                m(0, 18, "Iraq", "IRQ", null, "name"), m(0, 18, "Russia", "RUS", null, "name"));
        assertThat(two.get(0).actor().code()).isEqualTo("---OPP");
    }

    @Test
    void a_destination_a_named_person_and_a_base_lend_nothing() {
        ActorMention iraq = m(0, 18, "Iraq", "IRQ", null, "name");
        assertThat(lend("the opposition to Iraq", Set.of(iraq), m(0, 0, "the opposition", "---OPP", null, "role"), iraq)
                .get(0).actor().code()).isEqualTo("---OPP");
        assertThat(lend("the opposition met Sergei Lavrov", Set.of(), m(0, 0, "the opposition", "---OPP", null, "role"),
                m(0, 19, "Sergei Lavrov", "RUSGOV", "Sergei Lavrov", "name")).get(0).actor().code()).isEqualTo("---OPP");
        assertThat(lend("a Iraq-based group", Set.of(), m(0, 2, "Iraq", "IRQ", null, "name"),
                m(0, 13, "group", "---NGO", null, "role")).get(1).actor().code()).isEqualTo("---NGO");
    }

    @Test
    void with_none_in_the_sentence_the_article_country_lends_and_offices_of_many_take_none() {
        List<ActorMention> out = lend("x".repeat(120), Set.of(), m(0, 0, "Iraq", "IRQ", null, "name"),
                m(1, 10, "Iraq", "IRQ", null, "name"), m(2, 20, "the opposition", "---OPP", null, "role"),
                m(2, 40, "presidents", "---GOV", null, "role"), m(2, 60, "the peacekeepers", "---MIL", null, "role"),
                m(3, 80, "Foreign ministers", "---GOV", null, "role"), m(3, 90, "the foreign minister", "---GOV", null, "role"));
        assertThat(out.get(2).actor().code()).isEqualTo("IRQOPP");
        assertThat(out.get(3).actor().code()).isEqualTo("---GOV");
        assertThat(out.get(4).actor().code()).isEqualTo("---MIL");
        assertThat(out.get(5).actor().code()).isEqualTo("---GOV");
        assertThat(out.get(6).actor().code()).isEqualTo("IRQGOV");
    }
}
