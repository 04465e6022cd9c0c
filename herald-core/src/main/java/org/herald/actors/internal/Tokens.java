package org.herald.actors.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Sentence;
import org.herald.model.Token;

/** A sentence's words as written and as normalised keys ({@link Norm#key}), by token index. */
record Tokens(List<String> keys, List<String> words) {

    static Tokens of(Sentence s) {
        List<String> keys = new ArrayList<>(s.tokens().size());
        List<String> ws = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            ws.add(t.word());
            keys.add(Norm.key(t.word()));
        }
        return new Tokens(keys, ws);
    }

    String key(int i) {
        return keys.get(i);
    }

    String word(int i) {
        return words.get(i);
    }

    int size() {
        return keys.size();
    }

    /** Whether the word at {@code i} is written with a capital. */
    boolean capital(int i) {
        String w = words.get(i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** Whether the token after a piece is a possessive 's (or a bare apostrophe). */
    boolean possessiveAt(int i) {
        return i >= 0 && i < keys.size() && (keys.get(i).equals("'s") || keys.get(i).equals("'"));
    }
}
