package org.herald.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void the_bundled_lexicon_knows_reporting_verbs_and_sources() {
        Lexicon lex = Lexicon.shared();
        assertThat(lex.verb("Said")).isEqualTo("say");
        assertThat(lex.verb("insisted")).isEqualTo("insist");
        assertThat(lex.verb("boards")).isNull();
        assertThat(lex.isSource("statement")).isTrue();
        assertThat(lex.isPerson("spokeswoman")).isTrue();
    }

    @Test
    void a_bad_line_names_the_file_and_line() {
        String text = "# comment\nverb say said\nnoun statement\n";
        assertThatThrownBy(() -> Lexicon.parse("test.tsv",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("test.tsv: line 3").hasMessageContaining("unknown kind 'noun'");
    }

    @Test
    void an_entry_without_words_is_an_error() {
        assertThatThrownBy(() -> Lexicon.parse("x.tsv", new ByteArrayInputStream("verb\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("x.tsv: line 1");
    }
}
