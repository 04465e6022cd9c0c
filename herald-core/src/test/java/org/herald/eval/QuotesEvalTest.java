package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Quote;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.junit.jupiter.api.Test;

class QuotesEvalTest {

    private static Quote found(String text, Quote.Kind kind, String speaker, String code) {
        return new Quote(text, new Span(0, text.length()), 0, kind,
                speaker == null ? null : new TextSpan(speaker, new Span(0, speaker.length())),
                code == null ? null : new Actor(code, code.substring(0, 3), List.of(), null));
    }

    @Test
    void quote_words_match_without_marks_edge_punctuation_or_a_leading_that() {
        assertThat(QuotesEval.normal("that the alliance was “more united than ever.”"))
                .isEqualTo("the alliance was “more united than ever");
        assertThat(QuotesEval.normal(" In the coming days. ")).isEqualTo("in the coming days");
    }

    @Test
    void a_speaker_matches_when_one_names_words_include_the_others() {
        assertThat(QuotesEval.sameSpeaker("Dmitry Peskov", "Peskov")).isTrue();
        assertThat(QuotesEval.sameSpeaker("India’s foreign minister", "the minister")).isTrue();
        assertThat(QuotesEval.sameSpeaker(null, null)).isTrue();
        assertThat(QuotesEval.sameSpeaker("Dmitry Peskov", "Vladimir Putin")).isFalse();
        assertThat(QuotesEval.sameSpeaker("the Kremlin", null)).isFalse();
    }

    @Test
    void scores_quotes_speakers_and_actors_separately() {
        List<QuotesEval.Gold> gold = List.of(
                new QuotesEval.Gold("We are ready.", "direct", "Anna Berg", "RUSGOV"),
                new QuotesEval.Gold("talks would go on", "indirect", "Anna Berg", "RUSGOV"),
                new QuotesEval.Gold("a disaster", "partial", "Tom Hale", null));
        List<Quote> found = List.of(
                found("We are ready.", Quote.Kind.DIRECT, "Berg", "RUSGOV"),
                found("talks would go on", Quote.Kind.INDIRECT, "Tom Hale", null),
                found("something else", Quote.Kind.PARTIAL, null, null));
        QuotesEval.Tally t = QuotesEval.score(gold, found);
        assertThat(t.quotes).isEqualTo(new Score(2, 1, 1));
        assertThat(t.indirect).isEqualTo(new Score(1, 0, 0));
        assertThat(t.matched).isEqualTo(2);
        assertThat(t.speakerRight).isEqualTo(1);
        assertThat(t.actorRight).isEqualTo(1);
        assertThat(t.kindRight).isEqualTo(2);
    }
}
