package org.herald.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;
import org.junit.jupiter.api.Test;

class SenseWordsTest {

    private static String everyClass() {
        StringBuilder b = new StringBuilder();
        for (SenseWords.Kind k : SenseWords.Kind.values()) {
            b.append(k.spelled()).append(k.role() ? " GOV\n" : " w" + (char) ('a' + k.ordinal()) + "\n");
        }
        return b.toString();
    }

    @Test
    void the_built_in_classes_load() {
        SenseWords w = SenseWords.standard();
        assertThat(w.is(SenseWords.Kind.CAUSE, "fire")).isTrue();
        assertThat(w.is(SenseWords.Kind.ABSTRACT, "tariff")).isTrue();
        assertThat(w.is(SenseWords.Kind.POLITICAL_ROLE, "COP")).isTrue();
        assertThat(w.is(SenseWords.Kind.POLITICAL_ROLE, "SPT")).isFalse();
        assertThat(w.is(SenseWords.Kind.PRIVATE_ROLE, "BUS")).isTrue();
        assertThat(w.is(SenseWords.Kind.PRIVATE_ROLE, "LAB")).isFalse();
    }

    @Test
    void errors_name_the_file_and_line() {
        assertThatThrownBy(() -> SenseWords.read("s.txt", new StringReader(everyClass() + "noun fire\n")))
                .hasMessageContaining("s.txt: line " + (SenseWords.Kind.values().length + 1)).hasMessageContaining("unknown sense class");
        assertThatThrownBy(() -> SenseWords.read("s.txt", new StringReader("cause fire\nabstract fire\n")))
                .hasMessageContaining("line 2").hasMessageContaining("already a cause noun");
        assertThatThrownBy(() -> SenseWords.read("s.txt", new StringReader("political-role police\n")))
                .hasMessageContaining("line 1").hasMessageContaining("role code");
        assertThatThrownBy(() -> SenseWords.read("s.txt", new StringReader("cause Fire\n")))
                .hasMessageContaining("line 1").hasMessageContaining("lower-case lemma");
        assertThatThrownBy(() -> SenseWords.read("s.txt", new StringReader("cause fire\n")))
                .hasMessageContaining("has no words");
    }

    private static Annotated article(String text) {
        Article a = Article.builder().paragraph(text).build();
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), new Span(at, at + w.length()), w, w.toLowerCase(), "NN", "O"));
            at += w.length() + 1;
        }
        return new Annotated(a, List.of(new Sentence(0, new Span(0, text.length()), 0, tokens, false, List.of())),
                List.of(), List.of(), List.of());
    }

    @Test
    void an_article_is_of_a_domain_by_four_of_its_words_and_more_than_politics() {
        SenseWords w = SenseWords.standard();
        assertThat(ArticleDomain.of(article("the coach said the squad lost the league match"), w)).isEqualTo(ArticleDomain.SPORT);
        assertThat(ArticleDomain.of(article("the coach said the squad lost"), w)).isEqualTo(ArticleDomain.NEWS);
        assertThat(ArticleDomain.of(article("the film won an award for its director and actor"), w))
                .isEqualTo(ArticleDomain.ENTERTAINMENT);
        // more political words than the domain's: news
        assertThat(ArticleDomain.of(article("the coach squad league match of the army police government minister and troop"), w))
                .isEqualTo(ArticleDomain.NEWS);
    }
}
