package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;
import org.junit.jupiter.api.Test;

class MayCodeTest {

    private static Sentence sentence(String... wordLemmaPos) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < wordLemmaPos.length; i += 3) {
            String w = wordLemmaPos[i];
            tokens.add(new Token(i / 3, new Span(at, at + w.length()), w, wordLemmaPos[i + 1], wordLemmaPos[i + 2], "O"));
            at += w.length() + 1;
        }
        return new Sentence(0, new Span(0, at - 1), 0, tokens, false, List.of());
    }

    @Test
    void a_sentence_with_a_trigger_word_may_hold_an_event_and_one_without_cannot() {
        EventCoder coder = EventCoder.standard();
        assertThat(coder.mayCode(sentence("Ministers", "minister", "NNS", "visited", "visit", "VBD", "Lima", "Lima", "NNP")))
                .isTrue();
        assertThat(coder.mayCode(sentence("The", "the", "DT", "weather", "weather", "NN", "was", "be", "VBD",
                "mild", "mild", "JJ"))).isFalse();
    }
}
