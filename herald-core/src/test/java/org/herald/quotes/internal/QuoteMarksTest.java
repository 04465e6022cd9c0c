package org.herald.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.herald.model.Span;
import org.herald.quotes.internal.QuoteMarks.Marked;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> quotes(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<String> out = new ArrayList<>();
        for (Marked m : QuoteMarks.find(text, blocks(text))) {
            out.add(m.content().of(text));
        }
        return out;
    }

    private static List<Span> blocks(String text) {
        List<Span> out = new ArrayList<>();
        int s = 0;
        for (String p : text.split("\n\n", -1)) {
            out.add(new Span(s, s + p.length()));
            s += p.length() + 2;
        }
        return out;
    }

    @Test
    void finds_curly_and_straight_double_quotes() {
        assertThat(quotes("He said: “We will go.” Then \"we stay\", she said."))
                .containsExactly("We will go.", "we stay");
    }

    @Test
    void finds_single_quotes_and_keeps_apostrophes_inside_words() {
        assertThat(quotes("Kim’s train is ‘on its way’ and it's 'not late', they said."))
                .containsExactly("on its way", "not late");
    }

    @Test
    void a_plural_possessive_inside_a_single_quote_does_not_close_it() {
        assertThat(quotes("They called it ‘the leaders’ last chance’ on Friday."))
                .containsExactly("the leaders’ last chance");
    }

    @Test
    void a_plural_possessive_at_the_end_of_a_quote_closes_it() {
        assertThat(quotes("Russia ‘could help with nukes'[ANALYSIS]")).containsExactly("could help with nukes");
    }

    @Test
    void a_lone_possessive_is_no_quote() {
        assertThat(quotes("The nukes' range and the '90s were long."))
                .isEmpty();
    }

    @Test
    void single_quotes_inside_double_quotes_belong_to_the_outer_quote() {
        assertThat(quotes("“They told us ‘wait’ and we waited,” he said."))
                .containsExactly("They told us ‘wait’ and we waited,");
    }

    @Test
    void a_quote_reopened_in_the_next_paragraph_runs_on() {
        String text = "She said: “We waited.\n\n“Now we act.”\n\nThe end.";
        List<Marked> marks = QuoteMarks.find(text, blocks(text));
        assertThat(marks).extracting(m -> m.content().of(text)).containsExactly("We waited.", "Now we act.");
        assertThat(marks.get(0).runsOn()).isTrue();
        assertThat(marks.get(1).continued()).isTrue();
    }

    @Test
    void straight_quotes_of_paragraphs_run_together_are_pieces_of_one_speech() {
        String text = "She said: \"We waited. \"Now we act. \"Then we rest.\" The end \"is near\".";
        List<Marked> marks = QuoteMarks.find(text, blocks(text));
        assertThat(marks).extracting(m -> m.content().of(text))
                .containsExactly("We waited.", "Now we act.", "Then we rest.", "is near");
        assertThat(marks).extracting(Marked::continued).containsExactly(false, true, true, false);
    }

    @Test
    void a_stray_mark_in_mid_paragraph_is_dropped() {
        assertThat(quotes("He said “we will", "Next paragraph.")).isEmpty();
    }

    @Property
    void spans_are_in_bounds_ordered_and_disjoint(
            @ForAll @StringLength(max = 200) @Chars({'a', 'B', ' ', '\n', '.', ',', '"', '\'', '“', '”', '‘', '’', 's', '«', '»'})
            String raw) {
        String text = raw.replaceAll("\n{3,}", "\n\n");
        List<Marked> marks = QuoteMarks.find(text, blocks(text));
        int last = 0;
        for (Marked m : marks) {
            assertThat(m.outer().end()).isLessThanOrEqualTo(text.length());
            assertThat(m.outer().contains(m.content())).isTrue();
            assertThat(m.content().length()).isPositive();
            assertThat(m.outer().start()).isGreaterThanOrEqualTo(last);
            last = m.outer().end();
        }
        assertThat(QuoteMarks.find(text, blocks(text))).isEqualTo(marks);
    }
}
