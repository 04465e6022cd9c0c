package org.herald.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence: it lies inside one block and never crosses a paragraph break.
 *
 * @param index position in the article, from 0
 * @param block index into {@link Article#blocks()}
 * @param parsed whether a dependency parse was made; the annotate stage parses only sentences
 *     that later stages can use (see {@code org.herald.annotate})
 * @param dependencies empty when not parsed
 */
public record Sentence(int index, Span span, int block, List<Token> tokens, boolean parsed,
                       List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The dependents of a token, in order. */
    public List<Dependency> children(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                out.add(d);
            }
        }
        return out;
    }

    /** The first relation that attaches a token to a head, or null when there is none. */
    public Dependency head(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                return d;
            }
        }
        return null;
    }
}
