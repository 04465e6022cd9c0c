package org.herald.times.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The habitual.tsv format: its kinds, and errors that name the file and the line. */
class HabitualWordsTest {

    @Test
    void the_shipped_file_has_every_kind() {
        var words = Habitual.parse(new String(readShipped(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(words.keySet()).containsExactlyInAnyOrderElementsOf(Habitual.KINDS);
        assertThat(words.get("adverb")).contains("repeatedly", "long");
        assertThat(words.get("perfect")).contains("has", "'ve");
    }

    @Test
    void a_bad_line_names_the_file_and_the_line() {
        String good = "adverb\tlong\nstretch\tyears\nperfect\thas\n";
        assertThatThrownBy(() -> Habitual.parse(good + "# note\nadverbs\toften\n"))
                .hasMessageContaining("habitual.tsv line 5").hasMessageContaining("no kind 'adverbs'");
        assertThatThrownBy(() -> Habitual.parse(good + "adverb\n")).hasMessageContaining("line 4");
        assertThatThrownBy(() -> Habitual.parse(good + "adverb\tOften\n")).hasMessageContaining("not lower case");
        assertThatThrownBy(() -> Habitual.parse("adverb\tlong\nperfect\thas\n")).hasMessageContaining("no line of kind 'stretch'");
    }

    private static byte[] readShipped() {
        try (var in = Habitual.class.getResourceAsStream(Habitual.FILE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
