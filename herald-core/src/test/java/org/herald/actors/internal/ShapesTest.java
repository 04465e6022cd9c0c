package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.herald.model.Sentence;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static final Shapes SHAPES = new Shapes(PartsFixture.KB, PartsFixture.WORDS);

    private static Piece[] at(Sentence s) {
        return Bits.pieces(PartsFixture.KB, s);
    }

    @Test
    void a_title_before_a_plain_noun_is_an_adjunct_and_an_armed_one_only_before_an_act() {
        Sentence s = PartsFixture.sentence("a prisoner exchange");
        assertThat(SHAPES.adjunct(at(s)[1], s.tokens(), at(s))).isTrue();
        Sentence camp = PartsFixture.sentence("a terrorist camp");
        assertThat(SHAPES.adjunct(at(camp)[1], camp.tokens(), at(camp))).isFalse();
        Sentence attacks = PartsFixture.sentence("a terrorist attacks");
        assertThat(SHAPES.adjunct(at(attacks)[1], attacks.tokens(), at(attacks))).isTrue();
    }

    @Test
    void a_facility_or_event_named_after_a_place_is_told_by_its_capitalised_head() {
        assertThat(SHAPES.facility(Tokens.of(PartsFixture.sentence("the Russia Cup")), 2)).isTrue();
        assertThat(SHAPES.facility(Tokens.of(PartsFixture.sentence("the Russia cup")), 2)).isFalse();
        assertThat(SHAPES.facility(Tokens.of(PartsFixture.sentence("the Russia Cup")), 3)).isFalse();
    }

    @Test
    void groups_that_belong_where_they_are_are_located_and_settlers_are_not() {
        Sentence s = PartsFixture.sentence("rebels settlers troops spokesman");
        Tokens w = Tokens.of(s);
        Piece[] at = at(s);
        assertThat(SHAPES.located(List.of(at[0]), w)).isTrue();
        assertThat(SHAPES.located(List.of(at[1]), w)).isFalse();
        assertThat(SHAPES.located(List.of(at[2]), w)).isFalse();
        assertThat(SHAPES.located(List.of(at[3]), w)).isFalse();
    }

    @Test
    void ethnic_people_in_a_country_are_that_countrys() {
        Sentence s = PartsFixture.sentence("ethnic Albanians in southern Serbia");
        Piece[] at = at(s);
        Piece home = SHAPES.ethnicHome(Tokens.of(s), at, 0, List.of(at[1]), 2);
        assertThat(home.entry().code()).isEqualTo("SRB");
        assertThat(home.start()).isEqualTo(1);
        assertThat(home.end()).isEqualTo(5);
        Sentence plain = PartsFixture.sentence("Albanians in Serbia");
        Piece[] p = at(plain);
        assertThat(SHAPES.ethnicHome(Tokens.of(plain), p, 0, List.of(p[0]), 1)).isNull();
    }

    @Test
    void plural_demonyms_adjectives_of_nouns_and_plain_words() {
        Sentence s = PartsFixture.sentence("Russians Iraqi genocide");
        Piece[] at = at(s);
        assertThat(Shapes.people(at[0], Tokens.of(s))).isTrue();
        assertThat(Shapes.people(at[1], Tokens.of(s))).isFalse();
        assertThat(Shapes.adjectiveOfNoun(at, at[1], Tokens.of(s))).isTrue();
        assertThat(SHAPES.plainWord(s.tokens().get(2))).isTrue();
        assertThat(SHAPES.plainWord(PartsFixture.sentence("rugby").tokens().get(0))).isFalse();
        assertThat(SHAPES.nation(at[0])).isTrue();
        assertThat(Arrays.stream(at).filter(p -> p != null).count()).isEqualTo(2);
    }
}
