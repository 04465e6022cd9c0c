package org.herald.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.herald.model.Annotated;
import org.herald.model.Quote;

/** The reader never fails on odd text: quotes stay inside the text, and the same text reads the same. */
class QuoteFinderPropertiesTest {

    private static final List<String> PIECES = List.of("Peskov", "said", "told", "reporters", "he", "the", "Kremlin",
            "’s", "statement", "according", "to", "“", "”", "‘", "’", "\"", "'", ",", ".", ":", "we", "will", "go",
            "that", "Russia", "was", "ready", "\n", "\n\n", "READ MORE:", "[VIDEO]", "nukes'", "Kim’s", "added", "—");

    @Provide
    Arbitrary<String> articles() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> "Headline\n\n" + String.join(" ", l));
    }

    @Property(tries = 300)
    void quotes_lie_inside_the_text_and_reading_is_deterministic(@ForAll("articles") String text) {
        String[] parts = text.split("\n\n+");
        String[] paragraphs = java.util.Arrays.copyOfRange(parts, 1, parts.length);
        Annotated doc = Docs.annotate(parts[0], paragraphs);
        QuoteFinder finder = new QuoteFinder();
        List<Quote> quotes = finder.find(doc);
        assertThat(finder.find(doc)).isEqualTo(quotes);
        for (Quote q : quotes) {
            assertThat(q.span().end()).isLessThanOrEqualTo(doc.text().length());
            assertThat(q.span().of(doc.text())).isEqualTo(q.text());
            assertThat(q.text()).isNotBlank();
            if (q.speaker() != null) {
                assertThat(q.speaker().span().of(doc.text())).isEqualTo(q.speaker().text());
            }
        }
        for (int s = 0; s < doc.sentences().size(); s++) {
            finder.attributionOf(doc, List.of(), s);
        }
    }
}
