package org.herald.times.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Token;

/**
 * Whether an act is told as a habit or a long-standing state rather than as one dated act: a
 * perfect or a present with an adverb of frequency or duration ("has long criticised", "have
 * repeatedly struck down", "routinely detains"), or a perfect lasting "for years" ("has campaigned
 * for decades"). English grammar: such a clause sums up many acts over a stretch of time and
 * names no one occasion, so it has no one date; it is background, as the article gold's guide
 * treats "has long criticised" (docs/article-gold.md, "What is left out"). A simple past ("repeatedly
 * attacked the town last week") tells of a bounded stretch that may be the news, and is not read so.
 */
public final class Habitual {

    static final String FILE = "/org/herald/times/habitual.tsv";
    /** The file's kinds: each must be present, and no other may be. */
    static final List<String> KINDS = List.of("adverb", "stretch", "perfect");

    private static final Map<String, Set<String>> WORDS = load();
    /** Adverbs of frequency and duration that make a perfect or a present a habit. */
    private static final Set<String> ADVERBS = WORDS.get("adverb");
    /** Stretches of time that "for" makes a perfect last over ("for years"). */
    private static final Set<String> STRETCHES = WORDS.get("stretch");
    private static final Set<String> PERFECT = WORDS.get("perfect");

    private Habitual() {
    }

    /** Whether the verb at {@code trigger} is told as a habit or a long-standing act. */
    public static boolean of(List<Token> tokens, int trigger) {
        if (trigger < 0 || trigger >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(trigger);
        String pos = verb.pos();
        boolean adverb = false;
        int i = trigger - 1;
        // the tagger reads "long" in "has long criticised" as an adjective, and then the participle as a past
        while (i >= 0 && (tokens.get(i).pos().startsWith("RB") || word(tokens.get(i)).equals("long"))) {
            adverb |= ADVERBS.contains(word(tokens.get(i)));
            i--;
        }
        boolean perfect = (pos.equals("VBN") || pos.equals("VBD")) && i >= 0 && PERFECT.contains(word(tokens.get(i)));
        boolean present = pos.equals("VBZ") || pos.equals("VBP");
        if (adverb && (perfect || present)) {
            return true;
        }
        if (!perfect) {
            return false;
        }
        // "has campaigned for years", "have fought them for decades": within a few words after the verb
        for (int k = trigger + 1; k < Math.min(tokens.size() - 1, trigger + 5); k++) {
            if (word(tokens.get(k)).equals("for") && STRETCHES.contains(word(tokens.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = Habitual.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
    }

    /** The word sets of the file's text by kind; a bad line is an error naming the file and the line. */
    static Map<String, Set<String>> parse(String text) {
        Map<String, Set<String>> out = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = lines[i].split("\t");
            String where = FILE + " line " + (i + 1) + ": ";
            if (f.length != 2 || f[1].isBlank()) {
                throw new IllegalStateException(where + "want 'kind<TAB>words', got '" + line + "'");
            }
            String kind = f[0].strip();
            if (!KINDS.contains(kind)) {
                throw new IllegalStateException(where + "no kind '" + kind + "' (kinds: " + KINDS + ")");
            }
            for (String w : f[1].strip().split("\\s+")) {
                if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException(where + "'" + w + "' is not lower case");
                }
                out.computeIfAbsent(kind, k -> new HashSet<>()).add(w);
            }
        }
        for (String kind : KINDS) {
            if (!out.containsKey(kind)) {
                throw new IllegalStateException(FILE + ": no line of kind '" + kind + "'");
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    private static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
