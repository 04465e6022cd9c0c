package org.herald.actors.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Once;

/**
 * The closed word classes the actor stage reads phrases with ({@code words.txt}): one class a
 * line, then its words; each class is documented in the file. Checked when loaded: an unknown
 * class, a class without words, a role code that is not three capitals or a count that is not a
 * number fails with the file and line.
 */
public final class WordLists {

    /** The classes; the file spells them in lower case with hyphens ({@code place-preposition}). */
    public enum Name {
        DETERMINER, PRONOUN, PLACE_PREPOSITION, COORDINATOR, POSSESSIVE, DESTINATION, GENERIC, SOLE_OFFICE, PASTIME, LED, MADE,
        ARMED_ROLE, ACT, ABROAD, QUARTER, FACILITY, FEATURE, PATRON, BODY, STATE_ALIGNED, SUPRANATIONAL, CIVIL,
        LOCATED_ROLE, ORG_NOUN, SETTLEMENT, WEAPON, ABBREVIATION, FEMALE, MALE, FEMALE_NAME, MALE_NAME, ENVOY, EXPEL, BE, NAME_TITLE, SHORT_TITLE;

        String spelled() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Once<WordLists> STANDARD = Once.of(() -> {
        try {
            Builder b = new Builder();
            for (String file : List.of("words.txt", "given-names.txt")) {
                try (InputStream in = WordLists.class.getResourceAsStream("/org/herald/actors/" + file)) {
                    if (in == null) {
                        throw new IOException("missing resource org/herald/actors/" + file);
                    }
                    b.read(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            }
            return b.build("words.txt, given-names.txt");
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in actor word lists are broken", e);
        }
    });

    private final Map<Name, Set<String>> words;
    private final Map<String, Integer> numbers;

    private WordLists(Map<Name, Set<String>> words, Map<String, Integer> numbers) {
        this.words = words;
        this.numbers = numbers;
    }

    /** The built-in lists ({@code words.txt}, {@code given-names.txt}), loaded once per JVM. */
    public static WordLists standard() {
        return STANDARD.get();
    }

    /** The lists of one file, which must give every class. */
    public static WordLists read(String file, BufferedReader in) throws IOException {
        Builder b = new Builder();
        b.read(file, in);
        return b.build(file);
    }

    private static final class Builder {
        private final Map<Name, Set<String>> m = new EnumMap<>(Name.class);
        private final Map<String, Integer> numbers = new HashMap<>();

        Builder() {
            for (Name k : Name.values()) {
                m.put(k, new HashSet<>());
            }
        }

        void read(String file, BufferedReader in) throws IOException {
            KbReader.eachLine(file, in, this::line);
        }

        private void line(String where, String body) throws KbException {
            String[] f = body.split("\\s+");
            if (f.length < 2) {
                throw new KbException(where, "class " + f[0] + " lists no words");
            }
            if (f[0].startsWith("number-")) {
                int count;
                try {
                    count = Integer.parseInt(f[0].substring(7));
                } catch (NumberFormatException e) {
                    throw new KbException(where, "'" + f[0] + "' is not number-N");
                }
                for (int i = 1; i < f.length; i++) {
                    numbers.put(Norm.key(f[i]), count);
                }
                return;
            }
            Name name = null;
            for (Name k : Name.values()) {
                if (k.spelled().equals(f[0])) {
                    name = k;
                }
            }
            if (name == null) {
                throw new KbException(where, "unknown word class '" + f[0] + "'");
            }
            for (int i = 1; i < f.length; i++) {
                if (name.spelled().endsWith("-role") && !f[i].matches("[A-Z]{3}")) {
                    throw new KbException(where, "'" + f[i] + "' is not a role code (three capitals)");
                }
                m.get(name).add(name.spelled().endsWith("-role") ? f[i] : Norm.key(f[i]));
            }
        }

        WordLists build(String files) throws KbException {
            for (Map.Entry<Name, Set<String>> e : m.entrySet()) {
                if (e.getValue().isEmpty()) {
                    throw new KbException(files, "class " + e.getKey().spelled() + " has no words");
                }
                e.setValue(Collections.unmodifiableSet(e.getValue()));
            }
            return new WordLists(m, Map.copyOf(numbers));
        }
    }

    /** Whether a normalised word (or a role code, for the -role classes) is in a class. */
    public boolean is(Name name, String key) {
        return words.get(name).contains(key);
    }

    /** How many people a counting word stands for ("two", "both"), or 0. */
    public int count(String key) {
        return numbers.getOrDefault(key, 0);
    }
}
