package org.herald.quotes.internal;

import java.util.List;
import java.util.Locale;
import org.herald.model.Sentence;
import org.herald.model.Token;

/** A sentence's tokens as the reader sees them: words, tags, and which lie inside quote marks. */
final class Words {

    final Sentence sentence;
    final String text;
    final List<Token> tokens;
    final boolean[] quoted;
    final boolean[] clutter;

    Words(Sentence sentence, String text, boolean[] quoted, boolean[] clutter) {
        this.sentence = sentence;
        this.text = text;
        this.tokens = sentence.tokens();
        this.quoted = quoted;
        this.clutter = clutter;
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        Token t = tokens.get(i);
        return t.span().end() <= text.length() ? t.span().of(text) : t.word();
    }

    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        String l = tokens.get(i).lemma();
        return l == null ? lower(i) : l.toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        String p = tokens.get(i).pos();
        return p == null ? "" : p;
    }

    String ner(int i) {
        String n = tokens.get(i).ner();
        return n == null ? "O" : n;
    }

    boolean is(int i, String lowerWord) {
        return i >= 0 && i < size() && lower(i).equals(lowerWord);
    }

    /** A quote mark token, whatever the tokenizer made of it. */
    boolean isMark(int i) {
        String w = word(i);
        return !w.isEmpty() && "\"“”‘’'«»„`".indexOf(w.charAt(0)) >= 0 && w.chars().allMatch(c -> "\"“”‘’'«»„`".indexOf(c) >= 0);
    }

    boolean isPunct(int i, String chars) {
        String w = word(i);
        return w.length() == 1 && chars.indexOf(w.charAt(0)) >= 0;
    }

    /** A proper noun, or a word the entity tagger put in a name when the POS tagger did not ("Younger/JJR"). */
    boolean isProper(int i) {
        return pos(i).startsWith("NNP") || isName(i);
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN") || isName(i);
    }

    private boolean isName(int i) {
        String n = ner(i);
        return (n.equals("PERSON") || n.equals("ORGANIZATION")) && Character.isUpperCase(word(i).charAt(0));
    }

    boolean isPronoun(int i) {
        return pos(i).equals("PRP");
    }

    boolean isPossessive(int i) {
        String w = lower(i);
        return pos(i).equals("POS") || w.equals("'s") || w.equals("’s");
    }

    /** Words that make up a simple noun phrase. */
    boolean isNominal(int i) {
        String p = pos(i);
        return isNoun(i) || p.startsWith("JJ") || p.equals("DT") || p.equals("PDT") || p.equals("PRP$")
                || p.equals("CD") || p.equals("PRP") || p.equals("HYPH") || isPossessive(i)
                || p.equals("VBN") && i + 1 < size() && isNoun(i + 1) && i > 0 && pos(i - 1).equals("DT");
    }

    boolean isFiniteVerb(int i) {
        String p = pos(i);
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    boolean isBe(int i) {
        return i >= 0 && i < size() && switch (lemma(i)) {
            case "be", "is", "are", "was", "were", "been", "being", "get", "got" -> true;
            default -> false;
        };
    }

    boolean isHave(int i) {
        return i >= 0 && i < size() && switch (lower(i)) {
            case "has", "have", "had", "having" -> true;
            default -> false;
        };
    }

    int start(int i) {
        return tokens.get(i).span().start();
    }

    int end(int i) {
        return tokens.get(i).span().end();
    }

    /** Whether the reader may use a token: not quoted, not in a line of page clutter. */
    boolean free(int i) {
        return i >= 0 && i < size() && !quoted[i] && !clutter[i];
    }
}
