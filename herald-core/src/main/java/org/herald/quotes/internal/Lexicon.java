package org.herald.quotes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Once;

/**
 * The words that report speech ({@code reporting.tsv}; its header documents the format).
 * Loaded once; a bad line is an error that names the file and line.
 */
public final class Lexicon {

    public static final String RESOURCE = "/org/herald/quotes/reporting.tsv";

    private static final Once<Lexicon> SHARED = Once.resource(RESOURCE, Lexicon::parse);

    private final Map<String, String> verbs;
    private final Set<String> sources;
    private final Set<String> persons;
    private final Set<String> skips;

    Lexicon(Map<String, String> verbs, Set<String> sources, Set<String> persons, Set<String> skips) {
        this.verbs = Map.copyOf(verbs);
        this.sources = Set.copyOf(sources);
        this.persons = Set.copyOf(persons);
        this.skips = Set.copyOf(skips);
    }

    /** The bundled lexicon. */
    public static Lexicon shared() {
        return SHARED.get();
    }

    /** Parses a lexicon; {@code name} is used in error messages. */
    public static Lexicon parse(String name, InputStream in) throws IOException {
        Map<String, String> verbs = new HashMap<>();
        Set<String> sources = new HashSet<>();
        Set<String> persons = new HashSet<>();
        Set<String> skips = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.toLowerCase(Locale.ROOT).split("\\s+");
            if (f.length < 2) {
                throw new IllegalArgumentException(name + ": line " + n + ": expected 'KIND WORD [WORD ...]', got '" + t + "'");
            }
            switch (f[0]) {
                case "verb" -> {
                    for (int i = 1; i < f.length; i++) {
                        verbs.put(f[i], f[1]);
                    }
                }
                case "source" -> add(sources, f);
                case "person" -> add(persons, f);
                case "skip" -> add(skips, f);
                default -> throw new IllegalArgumentException(name + ": line " + n + ": unknown kind '" + f[0]
                        + "' (verb, source, person or skip)");
            }
        }
        return new Lexicon(verbs, sources, persons, skips);
    }

    private static void add(Set<String> set, String[] f) {
        for (int i = 1; i < f.length; i++) {
            set.add(f[i]);
        }
    }

    /** The lemma of a reporting verb form, or null. */
    public String verb(String word) {
        return verbs.get(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSource(String word) {
        return sources.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isPerson(String word) {
        return persons.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSkip(String word) {
        return skips.contains(word.toLowerCase(Locale.ROOT));
    }
}
