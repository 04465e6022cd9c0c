package org.herald.model;

import java.util.List;

/**
 * An article with its linguistic annotation: sentences with tokens and (for candidate sentences)
 * dependency parses, named-entity mentions and time expressions.
 *
 * @param notes things a reader should know about the annotation ("publication date unknown:
 *     relative dates are left unresolved")
 */
public record Annotated(Article article, List<Sentence> sentences, List<Mention> mentions,
                        List<TimeExpression> times, List<String> notes) {

    public Annotated {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        notes = List.copyOf(notes);
    }

    public String text() {
        return article.text();
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
