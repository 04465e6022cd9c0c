package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.herald.model.Sentence;
import org.junit.jupiter.api.Test;

class CivilBodiesTest {

    private static Piece[] mark(String text) {
        Sentence s = Bits.sentences(Set.of(), Set.of(), text).get(0);
        Piece[] at = Bits.pieces(PartsFixture.KB, s);
        new CivilBodies(PartsFixture.KB, PartsFixture.WORDS, text).mark(s.tokens(), Tokens.of(s), at);
        return at;
    }

    @Test
    void an_unknown_name_headed_by_a_civil_society_word_is_an_ngo() {
        Piece[] at = mark("the Third World Water Forum met");
        assertThat(at[1].entry().code()).isEqualTo("NGO");
        assertThat(at[1].end()).isEqualTo(5);
        assertThat(mark("the Association of Andean Jurists met")[1].entry().code()).isEqualTo("NGO");
    }

    @Test
    void a_country_inside_the_name_or_another_head_leaves_it_to_composition() {
        assertThat(mark("the Nigerian Association of Nurses met")[1].entry().code()).isEqualTo("NGA");
        assertThat(mark("the Third World Water Company met")[1]).isNull();
    }
}
