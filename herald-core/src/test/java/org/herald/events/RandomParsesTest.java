package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Dependency;
import org.herald.model.Event;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/** The coder on random parses: it never throws, its spans stay in the text, its output is repeatable. */
class RandomParsesTest {

    private static final String[] WORDS = {"Russia", "attacked", "talks", "with", "Ukraine", "will", "not", "meet",
        "said", "he", "the", "two", "leaders", "sanctions", "on", "France", "visit", "to", "could", "supply", "weapons"};
    private static final String[] TAGS = {"NNP", "VBD", "NNS", "IN", "NNP", "MD", "RB", "VB", "VBD", "PRP", "DT", "CD",
        "NNS", "NNS", "IN", "NNP", "NN", "TO", "MD", "VB", "NNS"};
    private static final String[] LEMMAS = {"Russia", "attack", "talk", "with", "Ukraine", "will", "not", "meet", "say",
        "he", "the", "two", "leader", "sanction", "on", "France", "visit", "to", "could", "supply", "weapon"};
    private static final String[] RELS = {"nsubj", "obj", "obl:with", "nmod:with", "aux", "advmod", "ccomp", "xcomp",
        "nsubj:xsubj", "nmod:poss", "conj:and", "nsubj:pass", "obl:agent", "root", "dep", "acl", "nmod:to", "amod",
        "compound", "nummod", "obl:according_to", "parataxis", "compound:prt", "mark"};

    @Property(tries = 200)
    void random_parses_never_break_the_coder(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 14) int n) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int w = r.nextInt(WORDS.length);
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(WORDS[w]);
            tokens.add(new Token(i, new Span(start, text.length()), WORDS[w], LEMMAS[w], TAGS[w], "O"));
        }
        List<Dependency> deps = new ArrayList<>();
        int m = r.nextInt(2 * n + 1);
        for (int k = 0; k < m; k++) {
            // indexes may fall outside the sentence, as a broken parse could give them
            deps.add(new Dependency(RELS[r.nextInt(RELS.length)], r.nextInt(n + 2) - 1, r.nextInt(n + 1)));
        }
        Article article = Article.builder().paragraph(text.toString()).build();
        String t = article.text();
        Sentence s = new Sentence(0, new Span(0, t.length()), 0, tokens, true, deps);
        List<ActorMention> actors = new ArrayList<>();
        for (Token tok : tokens) {
            if (tok.pos().equals("NNP") || r.nextInt(6) == 0) {
                actors.add(new ActorMention(tok.span(), tok.word(), 0,
                        Actor.of(tok.word().substring(0, Math.min(3, tok.word().length())).toUpperCase(java.util.Locale.ROOT),
                                List.of(), null), "name"));
            }
        }
        Annotated a = new Annotated(article, List.of(s), List.of(), List.of(), List.of());
        EventCoder.Coding first = EventCoder.standard().codeWithProblems(a, actors);
        EventCoder.Coding again = EventCoder.standard().codeWithProblems(a, actors);
        assertThat(again).isEqualTo(first);
        for (Event e : first.events()) {
            assertThat(e.trigger().span().end()).isLessThanOrEqualTo(t.length());
            assertThat(e.trigger().span().of(t)).isEqualTo(e.trigger().text());
            if (e.source() != null) {
                assertThat(e.source().span().end()).isLessThanOrEqualTo(t.length());
            }
            if (e.target() != null) {
                assertThat(e.target().span().end()).isLessThanOrEqualTo(t.length());
            }
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }
}
