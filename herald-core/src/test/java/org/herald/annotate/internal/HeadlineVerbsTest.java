package org.herald.annotate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineVerbsTest {

    /** The verb HeadlineVerbs finds in "word/TAG word/TAG ...", or null. */
    private static String verb(String tagged) {
        List<String> pairs = Arrays.asList(tagged.split(" "));
        List<String> words = pairs.stream().map(p -> p.substring(0, p.lastIndexOf('/'))).toList();
        List<String> tags = pairs.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
        int v = HeadlineVerbs.verb(words, tags);
        return v < 0 ? null : words.get(v);
    }

    @Test
    void a_plural_noun_after_the_opening_names_is_the_verb_when_the_headline_has_no_other() {
        assertThat(verb("Kenya/NNP protests/NNS as/IN Somali/JJ ships/NNS enter/VBP waters/NNS")).isEqualTo("protests");
        assertThat(verb("Nairobi/NNP summons/NNS ambassador/NN after/IN incursion/NN")).isEqualTo("summons");
        assertThat(verb("Kenya/NNP strikes/NNS Somali/JJ camps/NNS")).isEqualTo("strikes");
    }

    @Test
    void a_plural_noun_stays_a_noun_where_the_headline_has_its_verb_or_reads_as_a_noun_phrase() {
        assertThat(verb("Kenya/NNP strikes/NNS kill/VBP 20/CD")).isNull();           // the verb follows
        assertThat(verb("Nairobi/NNP protests/NNS over/IN the/DT bill/NN")).isNull();  // a noun phrase reads as well
        assertThat(verb("Nairobi/NNP protests/NNS")).isNull();                        // nothing follows
        assertThat(verb("Kenya/NNP protests/NNS as/IN talks/NNS")).isNull();          // no clause after "as"
        assertThat(verb("Kenya/NNP peace/NN talks/NNS resume/VBP")).isNull();         // no name right before it
        assertThat(verb("Kenya/NNP Airways/NNPS chief/NN resigns/VBZ")).isNull();
        assertThat(verb("Electronics/NNP firms/NNS eye/NN plasma/NN deal/NN")).isNull(); // no verb of the list
    }
}
