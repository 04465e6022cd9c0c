package org.herald.events;

import java.util.ArrayList;
import java.util.List;
import org.herald.annotate.internal.ParseRepairs;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Precision;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TimeExpression;
import org.herald.model.Token;
import org.herald.pipeline.Pipeline;
import org.herald.testing.Parses;

/**
 * Builds annotated articles by hand for unit tests, from parses written as three lines:
 * the sentence, its tokens as {@code word/TAG/lemma/NER}, and its dependencies as
 * {@code relation:governor:dependent} with 1-based token numbers (0 for the root). Like the annotate
 * stage, it repairs the parse ({@code ParseRepairs}) before later stages see it.
 */
final class Doc {

    record Parse(String text, String tokens, String deps) {
    }

    private final List<Object[]> blocks = new ArrayList<>();
    private final List<Object[]> actors = new ArrayList<>();
    private final List<Object[]> times = new ArrayList<>();
    private ResolvedDate published;
    private Annotated built;
    private List<ActorMention> builtActors;

    /** An event as "SOURCE>TARGET:CODE", "-" for a side without an actor: what the tests compare. */
    static String dyad(org.herald.model.Event e) {
        return (e.source() == null || e.source().actor() == null ? "-" : e.source().actor().code()) + ">"
                + (e.target() == null || e.target().actor() == null ? "-" : e.target().actor().code()) + ":" + e.code();
    }

    /**
     * The events the whole chain gives this document ({@link Pipeline#code(Annotated)}): its own
     * actor resolution, and each event's date from the times stage.
     */
    java.util.List<org.herald.model.Event> coded() {
        return Pipeline.standard().code(annotated()).events();
    }

    /** The events the standard coder finds in this document. */
    java.util.List<org.herald.model.Event> code() {
        return EventCoder.standard().code(annotated(), actors());
    }

    static Parse p(String text, String tokens, String deps) {
        return new Parse(text, tokens, deps);
    }

    Doc headline(Parse... sentences) {
        blocks.add(new Object[] {"h", sentences});
        return this;
    }

    Doc paragraph(Parse... sentences) {
        blocks.add(new Object[] {"p", sentences});
        return this;
    }

    Doc published(String date) {
        published = new ResolvedDate(date, Precision.DAY, null);
        return this;
    }

    /** An actor mention at the n-th (from 0) occurrence of the words. */
    Doc actor(String words, int occurrence, String country, List<String> roles, String name) {
        actors.add(new Object[] {words, occurrence, Actor.of(country, roles, name)});
        return this;
    }

    Doc actor(String words, String country, String... roles) {
        return actor(words, 0, country, List.of(roles), null);
    }

    Doc person(String words, String country, String role) {
        return actor(words, 0, country, List.of(role), words);
    }

    Doc time(String words, String type, String value) {
        times.add(new Object[] {words, type, value});
        return this;
    }

    Annotated annotated() {
        build();
        return built;
    }

    List<ActorMention> actors() {
        build();
        return builtActors;
    }

    private void build() {
        if (built != null) {
            return;
        }
        Article.Builder b = Article.builder();
        for (Object[] blk : blocks) {
            StringBuilder t = new StringBuilder();
            for (Parse p : (Parse[]) blk[1]) {
                if (!t.isEmpty()) {
                    t.append(' ');
                }
                t.append(p.text());
            }
            if (blk[0].equals("h")) {
                b.headline(t.toString());
            } else {
                b.paragraph(t.toString());
            }
        }
        if (published != null) {
            b.published(published, "user");
        }
        Article article = b.build();
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        int index = 0;
        for (int bi = 0; bi < blocks.size(); bi++) {
            for (Parse p : (Parse[]) blocks.get(bi)[1]) {
                int start = text.indexOf(p.text(), at);
                if (start < 0) {
                    throw new IllegalStateException("sentence not in text: " + p.text());
                }
                List<Token> tokens = new ArrayList<>();
                int cur = start;
                String[] tf = p.tokens().split(" ");
                for (int i = 0; i < tf.length; i++) {
                    String[] parts = tf[i].split("/", -1);
                    String word = parts.length > 4 ? tf[i].substring(0, tf[i].length()
                            - (parts[parts.length - 3].length() + parts[parts.length - 2].length() + parts[parts.length - 1].length() + 3))
                            : parts[0];
                    String tag = parts[parts.length - 3];
                    String lemma = parts[parts.length - 2];
                    String ner = parts[parts.length - 1];
                    int ws = text.indexOf(word, cur);
                    if (ws < 0) {
                        throw new IllegalStateException("token '" + word + "' not found");
                    }
                    tokens.add(new Token(i, new Span(ws, ws + word.length()), word, lemma, tag, ner));
                    cur = ws + word.length();
                }
                // the annotate stage hands every later stage its repaired parse
                sentences.add(new Sentence(index++, new Span(start, cur), bi, tokens, true,
                        ParseRepairs.repair(tokens, Parses.dependencies(p.deps()))));
                at = cur;
            }
        }
        List<ActorMention> ms = new ArrayList<>();
        for (Object[] a : actors) {
            String words = (String) a[0];
            int from = -1;
            for (int k = 0; k <= (int) a[1]; k++) {
                from = text.indexOf(words, from + 1);
            }
            if (from < 0) {
                throw new IllegalStateException("actor words not in text: " + words);
            }
            Span span = new Span(from, from + words.length());
            ms.add(new ActorMention(span, words, sentenceAt(sentences, from), (Actor) a[2], "name"));
        }
        List<TimeExpression> ts = new ArrayList<>();
        for (Object[] t : times) {
            String words = (String) t[0];
            int from = text.indexOf(words);
            Span span = new Span(from, from + words.length());
            ts.add(new TimeExpression(span, words, sentenceAt(sentences, from), (String) t[1], (String) t[2],
                    ResolvedDate.parse((String) t[2], span)));
        }
        built = new Annotated(article, sentences, List.of(), ts, List.of());
        builtActors = ms;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        return -1;
    }
}
