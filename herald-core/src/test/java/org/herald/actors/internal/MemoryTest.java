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
        m.remember(person("RUSGOV", "Vladimir Putin"), 0);
        m.remember(person("USAGOV", "Joe Biden"), 1);
        assertThat(m.lastNamed(2, null).actor().name()).isEqualTo("Joe Biden");
        assertThat(m.lastNamed(2, "RUSGOV").actor().name()).isEqualTo("Vladimir Putin");
        assertThat(m.lastNamed(5, null)).isNull();
        // named again: latest once more
        m.remember(person("RUSGOV", "Vladimir Putin"), 2);
        assertThat(m.lastNamed(3, null).actor().name()).isEqualTo("Vladimir Putin");
    }

    @Test
    void roles_counts_and_names_find_people() {
        Memory m = new Memory();
        m.remember(person("RUSGOV", "Vladimir Putin"), 0);
        m.remember(person("USAMIL", "Lloyd Austin"), 0);
        m.remember(person("FRA", "Marku Velan"), 1);
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
}
