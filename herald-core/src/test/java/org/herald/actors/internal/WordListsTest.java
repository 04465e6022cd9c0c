package org.herald.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.herald.actors.internal.WordLists.Name;
import org.junit.jupiter.api.Test;

class WordListsTest {

    private static String everyClass() {
        StringBuilder b = new StringBuilder();
        for (Name n : Name.values()) {
            b.append(n.spelled()).append(n.spelled().endsWith("-role") ? " MIL\n" : " word\n");
        }
        return b.toString();
    }

    private static WordLists read(String text) throws Exception {
        return WordLists.read("w.txt", new BufferedReader(new StringReader(text)));
    }

    @Test
    void the_built_in_lists_load_with_words_compared_as_keys() {
        WordLists w = WordLists.standard();
        assertThat(w.is(Name.DETERMINER, "the")).isTrue();
        assertThat(w.is(Name.ARMED_ROLE, "REB")).isTrue();
        assertThat(w.is(Name.LOCATED_ROLE, "MIL")).isFalse();
        assertThat(w.count("two")).isEqualTo(2);
        assertThat(w.count("both")).isEqualTo(2);
        assertThat(w.count("seven")).isZero();
    }

    @Test
    void a_class_may_take_several_lines_and_words_are_normalised() throws Exception {
        WordLists w = read(everyClass() + "pastime Théâtre\n# a comment\npastime   chess   # and another\n");
        assertThat(w.is(Name.PASTIME, "theatre")).isTrue();
        assertThat(w.is(Name.PASTIME, "chess")).isTrue();
    }

    @Test
    void errors_name_the_file_and_line() {
        assertThatThrownBy(() -> read(everyClass() + "\nsports rugby\n")).hasMessageContaining("w.txt:" + (Name.values().length + 2))
                .hasMessageContaining("unknown word class 'sports'");
        assertThatThrownBy(() -> read("armed-role Rebels\n")).hasMessageContaining("w.txt:1")
                .hasMessageContaining("not a role code");
        assertThatThrownBy(() -> read("number-x two\n")).hasMessageContaining("w.txt:1")
                .hasMessageContaining("number-N");
        assertThatThrownBy(() -> read("determiner\n")).hasMessageContaining("w.txt:1")
                .hasMessageContaining("lists no words");
        assertThatThrownBy(() -> read("determiner the\n")).hasMessageContaining("w.txt")
                .hasMessageContaining("class pronoun has no words");
    }
}
