package org.herald.actors.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How words are compared: case, accents, typographic apostrophes and a final full stop do not count. */
public final class Norm {

    private Norm() {
    }

    public static String key(String word) {
        String s = word;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                    .replace('\u2013', '-').replace('\u2014', '-').replace('\u2010', '-').replace('\u2011', '-');
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.length() > 1 && s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * Splits a phrase as the tokenizer of the annotate stage does for names: at spaces, with a
     * possessive {@code 's} and a trailing comma as words of their own.
     */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String tail = null;
            if (w.length() > 1 && (w.endsWith(",") || w.endsWith(";") || w.endsWith(":"))) {
                tail = w.substring(w.length() - 1);
                w = w.substring(0, w.length() - 1);
            }
            if (w.length() > 1 && (w.endsWith("'") || w.endsWith("\u2019"))) {
                out.add(w.substring(0, w.length() - 1));
                out.add(w.substring(w.length() - 1));
                if (tail != null) {
                    out.add(tail);
                }
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.length() > 2 && (lower.endsWith("'s") || lower.endsWith("\u2019s"))) {
                out.add(w.substring(0, w.length() - 2));
                out.add(w.substring(w.length() - 2));
            } else {
                out.add(w);
            }
            if (tail != null) {
                out.add(tail);
            }
        }
        return out;
    }

    /**
     * Whether a word of the text may stand for a word as the knowledge base writes it: a word
     * written with capitals needs a capital in the text ("Turkey", not "turkey"); a short
     * all-capital word needs all capitals ("US", "WHO", not "us", "who").
     */
    public static boolean caseFits(String written, String text) {
        int letters = 0;
        boolean allUpper = true;
        boolean firstUpper = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isLetter(c)) {
                if (letters == 0) {
                    firstUpper = Character.isUpperCase(c);
                }
                letters++;
                if (!Character.isUpperCase(c)) {
                    allUpper = false;
                }
            }
        }
        if (!firstUpper) {
            return true;
        }
        if (allUpper && letters >= 2 && letters <= 4) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLowerCase(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
        }
        return true;
    }

    /** The words with hyphenated words split as the annotate stage splits them: "Kim Jong-un" → Jong - un. */
    public static List<String> splitHyphens(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 2);
        for (String w : words) {
            if (w.length() > 2 && w.indexOf('-', 1) > 0 && w.indexOf('-', 1) < w.length() - 1) {
                int a = 0;
                for (int i = 0; i < w.length(); i++) {
                    if (w.charAt(i) == '-' && i > a && i < w.length() - 1) {
                        out.add(w.substring(a, i));
                        out.add("-");
                        a = i + 1;
                    }
                }
                out.add(w.substring(a));
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
