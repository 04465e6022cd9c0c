package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.herald.model.Sentence;
import org.junit.jupiter.api.Test;

class AliasesAndSurnamesTest {

    private static final KnowledgeBase KB = PartsFixture.KB;

    @Test
    void the_longest_alias_wins_and_capitals_must_fit() {
        Piece[] at = Bits.pieces(KB, PartsFixture.sentence("Russian helicopter gunships flew over russia"));
        assertThat(at[0].entry().code()).isEqualTo("RUS");
        assertThat(at[1].kind()).isEqualTo(Kind.ROLE);
        assertThat(at[1].end()).isEqualTo(3);
        assertThat(at[5]).isNull();
    }

    @Test
    void a_surname_stands_for_a_person_named_in_full_anywhere_in_the_article() {
        LocalDate d = LocalDate.of(2010, 1, 1);
        Surnames sn = new Surnames(KB, d);
        Sentence head = PartsFixture.sentence("Kagame wins");
        Sentence body = PartsFixture.sentence("Paul Kagame won");
        Piece[] h = Aliases.find(KB, d, Tokens.of(head), sn, "");
        Aliases.find(KB, d, Tokens.of(body), sn, "");
        sn.mark(h, Tokens.of(head));
        assertThat(h[0].how()).isEqualTo("surname");
        assertThat(h[0].entry().name()).isEqualTo("Paul Kagame");
    }

    @Test
    void after_a_title_the_one_namesake_in_office_is_meant() {
        Sentence s = PartsFixture.sentence("President Kagame spoke");
        Piece[] in2010 = Aliases.find(KB, LocalDate.of(2010, 1, 1), Tokens.of(s), new Surnames(KB, LocalDate.of(2010, 1, 1)), "");
        new Surnames(KB, LocalDate.of(2010, 1, 1)).mark(in2010, Tokens.of(s));
        assertThat(in2010[1].entry().name()).isEqualTo("Paul Kagame");
        // in 1995 neither holds an office: no one is meant
        Piece[] in1995 = Aliases.find(KB, LocalDate.of(1995, 1, 1), Tokens.of(s), new Surnames(KB, LocalDate.of(1995, 1, 1)), "");
        new Surnames(KB, LocalDate.of(1995, 1, 1)).mark(in1995, Tokens.of(s));
        assertThat(in1995[1]).isNull();
        // without a title a bare surname is no one
        Sentence bare = PartsFixture.sentence("Kagame spoke");
        Piece[] b = Aliases.find(KB, LocalDate.of(2010, 1, 1), Tokens.of(bare), new Surnames(KB, LocalDate.of(2010, 1, 1)), "");
        new Surnames(KB, LocalDate.of(2010, 1, 1)).mark(b, Tokens.of(bare));
        assertThat(b[0]).isNull();
    }
}
