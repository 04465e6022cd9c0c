package org.herald.times.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.model.Token;

/** Whether a clause tells of the past, the present or the future, from its words and tags. */
public enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "upcoming", "forthcoming",
            "coming", "next", "later", "soon", "tomorrow");
    private static final Set<String> FUTURE_LEMMAS = Set.of("expect", "schedule", "plan", "due", "set", "intend",
            "prepare", "aim", "hope", "going", "slate", "poise", "propose");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "where", "which", "who", "while", "though",
            "although", "but", "because", "after", "before", "when", "and", "\u201c", "\"", "\u201d");

    /**
     * The tense of the clause around token {@code trigger}: future when a modal "will", a verb of
     * planning or expectation followed by "to", or a word such as "upcoming" is in the clause;
     * past when the trigger or the nearest verb before it is in the past tense or a perfect;
     * otherwise present.
     */
    public static Tense of(List<Token> tokens, int trigger) {
        if (tokens.isEmpty()) {
            return PRESENT;
        }
        int t = Math.max(0, Math.min(trigger, tokens.size() - 1));
        int from = t;
        while (from > 0 && !boundary(tokens.get(from - 1))) {
            from--;
        }
        int to = t;
        while (to + 1 < tokens.size() && !boundary(tokens.get(to + 1))) {
            to++;
        }
        for (int i = from; i <= to; i++) {
            Token k = tokens.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            String lemma = k.lemma() == null ? w : k.lemma().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(w) && (k.pos().equals("MD") || !w.equals("will"))) {
                if (!w.equals("next") && !w.equals("coming") || i + 1 <= to) {
                    return FUTURE;
                }
            }
            if ((FUTURE_LEMMAS.contains(lemma) || FUTURE_LEMMAS.contains(w)) && i + 1 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
                return FUTURE;
            }
            // "is to meet": be + to + base verb
            if (lemma.equals("be") && i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to")
                    && tokens.get(i + 2).pos().equals("VB")) {
                return FUTURE;
            }
        }
        Token tr = tokens.get(t);
        if (tr.pos().equals("VBD")) {
            return PAST;
        }
        for (int i = t; i >= from; i--) {
            Token k = tokens.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (k.pos().equals("VBD")) {
                return PAST;
            }
            if (k.pos().equals("VBN") && i > from) {
                String prev = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
                if (prev.equals("has") || prev.equals("have") || prev.equals("had") || prev.equals("was")
                        || prev.equals("were")) {
                    return PAST;
                }
            }
            if (k.pos().equals("VBZ") || k.pos().equals("VBP") || w.equals("is") || w.equals("are")) {
                return PRESENT;
            }
        }
        for (int i = t + 1; i <= to; i++) {
            Token k = tokens.get(i);
            if (k.pos().equals("VBD")) {
                return PAST;
            }
            if (k.pos().equals("VBZ") || k.pos().equals("VBP")) {
                return PRESENT;
            }
        }
        return PRESENT;
    }

    private static boolean boundary(Token t) {
        return BOUNDARIES.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
