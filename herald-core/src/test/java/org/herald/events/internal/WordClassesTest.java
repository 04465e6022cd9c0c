package org.herald.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordClassesTest {

    enum Colour { LIGHT_RED, BLUE }

    private static Map<Colour, Set<String>> parse(String text) {
        return WordClasses.parse(Lines.read("colours.txt", new StringReader(text)), Colour.class, "colour",
                c -> c.name().toLowerCase().replace('_', '-'),
                (kind, w, read) -> w.equals("grey") ? "'grey' is no colour" : null);
    }

    @Test
    void classesMayTakeSeveralLinesAndKeepTheirOrder() {
        Map<Colour, Set<String>> m = parse("light-red pink rose\nblue navy\nlight-red salmon\n");
        assertThat(m.get(Colour.LIGHT_RED)).containsExactly("pink", "rose", "salmon");
        assertThat(m.get(Colour.BLUE)).containsExactly("navy");
    }

    @Test
    void errorsNameTheFileTheLineAndTheKnownClasses() {
        assertThatThrownBy(() -> parse("blue navy\ngreen lime\n")).isInstanceOf(ResourceError.class)
                .hasMessageContaining("colours.txt: line 2").hasMessageContaining("unknown colour class 'green'")
                .hasMessageContaining("light-red, blue");
        assertThatThrownBy(() -> parse("blue\n")).hasMessageContaining("colour class blue lists no words");
        assertThatThrownBy(() -> parse("blue grey\n")).hasMessageContaining("line 1").hasMessageContaining("'grey' is no colour");
        assertThatThrownBy(() -> parse("blue navy\n")).hasMessageContaining("colours.txt: class light-red has no words");
    }

    @Test
    void theSetsCannotBeChanged() {
        Map<Colour, Set<String>> m = parse("light-red pink\nblue navy\n");
        assertThatThrownBy(() -> m.get(Colour.BLUE).add("teal")).isInstanceOf(UnsupportedOperationException.class);
    }
}
