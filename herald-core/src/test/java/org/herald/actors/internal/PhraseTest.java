package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Sentence;
import org.junit.jupiter.api.Test;

class PhraseTest {

    private static final Shapes SHAPES = new Shapes(PartsFixture.KB, PartsFixture.WORDS);

    private static Phrase read(String text, org.herald.model.Actor body) {
        Sentence s = PartsFixture.sentence(text);
        return Phrase.read(0, s.tokens(), Tokens.of(s), Bits.pieces(PartsFixture.KB, s), body, SHAPES,
                PartsFixture.WORDS, PartsFixture.KB);
    }

    @Test
    void reads_determiner_modifiers_one_plain_word_and_role_nouns() {
        Phrase p = read("the senior Russian oil president", null);
        assertThat(p.definite()).isTrue();
        assertThat(p.mods()).extracting(m -> m.entry().code()).containsExactly("RUS");
        assertThat(p.roles()).hasSize(1);
        assertThat(p.end()).isEqualTo(5);
    }

    @Test
    void coordinated_modifiers_share_the_role_but_a_plural_demonym_does_not() {
        assertThat(read("Russian and Iraqi troops", null).mods()).hasSize(2);
        assertThat(read("Russians and Iraqi troops", null).mods()).hasSize(1);
    }

    @Test
    void a_region_word_before_a_place_only_says_where_and_a_people_is_its_countrys() {
        assertThat(read("Western Russia", null).mods()).extracting(m -> m.entry().code()).containsExactly("RUS");
        Phrase kurds = read("Iraqi Kurds", null);
        assertThat(kurds.mods()).extracting(m -> m.entry().code()).containsExactly("IRQ");
        assertThat(kurds.mods().get(0).end()).isEqualTo(2);
    }

    @Test
    void its_takes_the_recent_body_and_counting_words_count() {
        Phrase its = read("its troops", KnowledgeBase.entity("SYR", null));
        assertThat(its.owner().code()).isEqualTo("SYR");
        assertThat(read("its troops", null).owner()).isNull();
        assertThat(read("the two presidents", null).count()).isEqualTo(2);
        assertThat(read("both Russian troops", null).count()).isEqualTo(2);
    }
}
