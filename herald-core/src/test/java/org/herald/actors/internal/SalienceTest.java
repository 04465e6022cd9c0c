package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Span;
import org.herald.model.Token;
import org.junit.jupiter.api.Test;

class SalienceTest {

    /** Tokens from "word/TAG" pairs. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            out.add(new Token(out.size(), new Span(at, at + w.length()), w, w.toLowerCase(), wt.substring(slash + 1), "O"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void a_subject_stands_before_a_finite_verb_past_adverbs_and_an_apposition() {
        List<Token> t = tokens("Velan/NNP also/RB said/VBD it/PRP");
        assertThat(Salience.beforeVerb(t, 1)).isTrue();
        t = tokens("Velan/NNP ,/, a/DT former/JJ judge/NN ,/, said/VBD it/PRP");
        assertThat(Salience.beforeVerb(t, 1)).isTrue();
        t = tokens("Velan/NNP 's/POS office/NN said/VBD");
        assertThat(Salience.beforeVerb(t, 1)).isFalse();
        t = tokens("met/VBD Velan/NNP in/IN Rome/NNP");
        assertThat(Salience.beforeVerb(t, 2)).isFalse();
    }

    @Test
    void words_between_quotation_marks_are_quoted_also_when_the_quotation_opened_before() {
        boolean[] q = Salience.quoted(tokens("``/`` Velan/NNP lied/VBD ,/, ''/'' he/PRP said/VBD"));
        assertThat(q[1]).isTrue();
        assertThat(q[5]).isFalse();
        q = Salience.quoted(tokens("Velan/NNP lied/VBD ,/, ''/'' he/PRP said/VBD"));
        assertThat(q[0]).isTrue();
        assertThat(q[4]).isFalse();
        assertThat(Salience.quoted(tokens("Velan/NNP lied/VBD ./."))[0]).isFalse();
    }
}
