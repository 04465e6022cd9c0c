package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Actor;
import org.junit.jupiter.api.Test;

class MemoryTest {

    private static Actor person(String code, String name) {
        return KnowledgeBase.entity(code, name);
    }

    @Test
    void the_person_named_last_within_three_sentences_is_found() {
        Memory m = new Memory();
        m.remember(person("RUSGOV", "Vladimir Putin"), 0, null);
        m.remember(person("USAGOV", "Joe Biden"), 1, null);
        assertThat(m.lastNamed(2, null).actor().name()).isEqualTo("Joe Biden");
        assertThat(m.lastNamed(2, "RUSGOV").actor().name()).isEqualTo("Vladimir Putin");
        assertThat(m.lastNamed(5, null)).isNull();
        // named again: latest once more
        m.remember(person("RUSGOV", "Vladimir Putin"), 2, null);
        assertThat(m.lastNamed(3, null).actor().name()).isEqualTo("Vladimir Putin");
    }

    @Test
    void roles_counts_and_names_find_people() {
        Memory m = new Memory();
        m.remember(person("RUSGOV", "Vladimir Putin"), 0, null);
        m.remember(person("USAMIL", "Lloyd Austin"), 0, null);
        m.remember(person("FRA", "Marku Velan"), 1, null);
        assertThat(m.lastWithRole(1, List.of("GOV")).actor().name()).isEqualTo("Vladimir Putin");
        assertThat(m.lastPeople(1, 2)).extracting(n -> n.actor().name()).containsExactly("Marku Velan", "Lloyd Austin");
        assertThat(m.latestOf(List.of("Vladimir Putin", "Lloyd Austin"))).isEqualTo("Lloyd Austin");
        assertThat(m.namedBefore("Velan", Bits.kb("")).actor().name()).isEqualTo("Marku Velan");
        assertThat(m.namedBefore("Putin", Bits.kb("person Vladimir Putin = RUSGOV"))).isNull();
    }

    @Test
    void a_body_stands_for_its_and_their_in_the_next_sentence_only() {
        Memory m = new Memory();
        assertThat(m.recentBody(0)).isNull();
        m.body(KnowledgeBase.entity("SYR", null), 3);
        assertThat(m.recentBody(4).code()).isEqualTo("SYR");
        assertThat(m.recentBody(5)).isNull();
    }

    @Test
    void a_pronoun_skips_people_of_the_other_sex_and_a_gender_once_told_is_kept() {
        Memory m = new Memory();
        m.remember(person("USAGOV", "Kamala Harris"), 0, Gender.FEMALE);
        m.remember(person("ISRGOV", "Benjamin Netanyahu"), 0, Gender.MALE);
        m.remember(person("FRA", "Marku Velan"), 0, null);
        assertThat(m.lastNamed(1, null, Gender.FEMALE).actor().name()).isEqualTo("Marku Velan");
        m.remember(person("FRA", "Marku Velan"), 0, Gender.MALE);
        m.remember(person("FRA", "Marku Velan"), 1, null);
        assertThat(m.lastNamed(1, null, Gender.FEMALE).actor().name()).isEqualTo("Kamala Harris");
        assertThat(m.lastNamed(1, null, Gender.MALE).actor().name()).isEqualTo("Marku Velan");
        assertThat(m.lastNamed(1, null, null).actor().name()).isEqualTo("Marku Velan");
    }

    @Test
    void the_court_is_the_court_named_before_and_each_mention_renews_it() {
        Memory m = new Memory();
        m.rememberBody(KnowledgeBase.entity("IGOUNOJUD", "International Court of Justice"), 0);
        m.rememberBody(KnowledgeBase.entity("RUS", null), 0); // no roles: not a body to refer back to
        assertThat(m.lastBodyWithRole(2, List.of("JUD")).actor().code()).isEqualTo("IGOUNOJUD");
        assertThat(m.lastBodyWithRole(4, List.of("JUD"))).isNull();
        m.rememberBody(KnowledgeBase.entity("IGOUNOJUD", "International Court of Justice"), 3);
        assertThat(m.lastBodyWithRole(6, List.of("JUD"))).isNotNull();
        assertThat(m.lastBodyWithRole(6, List.of("MIL"))).isNull();
    }
}
