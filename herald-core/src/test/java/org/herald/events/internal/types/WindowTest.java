package org.herald.events.internal.types;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WindowTest {

    private static final String S = "On Tuesday the army attacked the rebel town of Kamba, officials said.";

    @Test
    void takes_the_trigger_and_that_many_words_on_each_side() {
        int at = S.indexOf("attacked");
        assertThat(Window.around(S, at, at + 8, 2)).isEqualTo("the army attacked the rebel");
        assertThat(Window.around(S, at, at + 8, 0)).isEqualTo("attacked");
    }

    @Test
    void stops_at_the_ends_of_the_sentence() {
        assertThat(Window.around(S, 0, 2, 3)).isEqualTo("On Tuesday the army");
        int said = S.indexOf("said");
        assertThat(Window.around(S, said, said + 4, 3)).isEqualTo("of Kamba, officials said.");
    }

    @Test
    void a_trigger_of_several_words_keeps_them_all() {
        int at = S.indexOf("army attacked");
        assertThat(Window.around(S, at, at + 13, 1)).isEqualTo("the army attacked the");
    }

    @Property
    void never_fails_and_always_holds_the_trigger(@ForAll String text, @ForAll int a, @ForAll int b) {
        String w = Window.around(text, a, b, 4);
        int s = Math.max(0, Math.min(a, text.length()));
        int e = Math.max(s, Math.min(b, text.length()));
        assertThat(w.replaceAll("\\s+", " ")).contains(text.substring(s, e).strip().replaceAll("\\s+", " "));
    }
}
