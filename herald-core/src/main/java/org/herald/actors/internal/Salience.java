package org.herald.actors.internal;

import java.util.List;
import org.herald.model.ActorMention;
import org.herald.model.Sentence;
import org.herald.model.Token;

/**
 * Which person a sentence is about, for "he" and "she" (centering: a pronoun that is a subject
 * goes on with the subject of the sentence before, the most salient of its people, rather than
 * with the person named last). Without a parse the subject is read from word order, as English
 * writes it: the first person named right before a finite verb ("Ebrard said", "the minister, a
 * former judge, has said"), or the speaker a quotation is attributed to after its closing mark
 * ("'...,' said Ebrard").
 */
final class Salience {

    /** How many tokens an apposition between a subject and its verb may take (", a former judge,"). */
    private static final int APPOSITION = 10;

    private Salience() {
    }

    /**
     * The first person among {@code mentions} (of sentence {@code s}, in text order, ending before
     * offset {@code before}) who stands as a subject, or null.
     */
    static Memory.Named subject(Sentence s, List<ActorMention> mentions, int before, Memory memory) {
        List<Token> toks = s.tokens();
        boolean[] quoted = quoted(toks);
        for (ActorMention m : mentions) {
            if (m.sentence() != s.index() || m.span().end() > before) {
                continue;
            }
            Memory.Named who = memory.person(m.actor());
            if (who == null) {
                continue;
            }
            int first = -1;
            int end = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (first < 0 && toks.get(i).span().end() > m.span().start()) {
                    first = i;
                }
                if (toks.get(i).span().start() < m.span().end()) {
                    end = i + 1;
                }
            }
            // a person named inside a quotation is the subject of the speaker's words, not of the sentence
            if (first >= 0 && !quoted[first] && (beforeVerb(toks, end) || attributed(toks, first))) {
                return who;
            }
        }
        return null;
    }

    /** Which tokens of a sentence stand between quotation marks (the marks not included). */
    static boolean[] quoted(List<Token> toks) {
        boolean[] out = new boolean[toks.size()];
        // a sentence whose first mark closes a quotation opened before it starts inside that quotation
        boolean in = false;
        for (Token t : toks) {
            String w = t.word();
            if (w.equals("``") || w.equals("“")) {
                break;
            }
            if (w.equals("''") || w.equals("”")) {
                in = true;
                break;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word();
            if (w.equals("``") || w.equals("“")) {
                in = true;
            } else if (w.equals("''") || w.equals("”")) {
                in = false;
            } else if (w.equals("\"")) {
                in = !in;
            } else {
                out[i] = in;
            }
        }
        return out;
    }

    /** Whether a finite verb follows token {@code end}, past adverbs and one apposition between commas. */
    static boolean beforeVerb(List<Token> toks, int end) {
        int k = skipAdverbs(toks, end);
        if (k < toks.size() && toks.get(k).word().equals(",")) {
            int close = -1;
            for (int q = k + 1; q < toks.size() && q <= k + APPOSITION; q++) {
                if (toks.get(q).word().equals(",")) {
                    close = q;
                    break;
                }
            }
            if (close < 0) {
                return false;
            }
            k = skipAdverbs(toks, close + 1);
        }
        return k < toks.size() && finite(toks.get(k).pos());
    }

    /** "'...,' said Ebrard": a verb right after a closing quotation mark, and the person right after it. */
    private static boolean attributed(List<Token> toks, int first) {
        if (first < 2 || !finite(toks.get(first - 1).pos())) {
            return false;
        }
        String w = toks.get(first - 2).word();
        return w.equals("''") || w.equals("”") || w.equals("\"");
    }

    private static int skipAdverbs(List<Token> toks, int k) {
        while (k < toks.size() && toks.get(k).pos().startsWith("RB")) {
            k++;
        }
        return k;
    }

    private static boolean finite(String pos) {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }
}
