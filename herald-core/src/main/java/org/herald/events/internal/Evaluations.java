package org.herald.events.internal;

import java.io.Reader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Once;

/**
 * The words that make a statement an evaluation ({@code evaluation.txt}): the verbs of saying whose
 * complement is what is said, and the predicates of disapproval (CAMEO 111) and approval (051).
 * Checked at load: an unknown class, a word that is not a lower-case lemma, a word in both
 * polarities or an empty class is an error that names the file and line.
 */
public final class Evaluations {

    /** The file the words come from; entries made from it carry this name. */
    public static final String FILE = "evaluation.txt";

    /** The classes of words. */
    public enum Kind {
        /** Verbs of saying whose complement clause is what the source says. */
        REPORT,
        /** Verbs of naming: their object is what their predicative complement or "as" phrase names. */
        NAME,
        /** Predicates of disapproval: the thing they are said of is bad. */
        NEGATIVE,
        /** Predicates of approval: the thing they are said of is good. */
        POSITIVE
    }

    private static final Once<Evaluations> STANDARD = Once.of(() -> parse(Lines.ofResource(FILE)));

    private final Map<Kind, Set<String>> words;

    private Evaluations(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    public static Evaluations standard() {
        return STANDARD.get();
    }

    public static Evaluations read(String file, Reader reader) {
        return parse(Lines.read(file, reader));
    }

    private static Evaluations parse(List<Lines.Line> lines) {
        Map<Kind, Set<String>> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, new LinkedHashSet<>());
        }
        for (Lines.Line line : lines) {
            String[] f = line.text().strip().split("\\s+");
            Kind kind;
            try {
                kind = Kind.valueOf(f[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown evaluation class '" + f[0] + "' (report, name, negative, positive)");
            }
            if (f.length < 2) {
                throw line.error("evaluation class " + f[0] + " lists no words");
            }
            for (int i = 1; i < f.length; i++) {
                if (!f[i].matches("[a-z][a-z'\\-]*")) {
                    throw line.error("'" + f[i] + "' is not a lower-case word");
                }
                Kind other = kind == Kind.NEGATIVE ? Kind.POSITIVE : kind == Kind.POSITIVE ? Kind.NEGATIVE : null;
                if (other != null && m.get(other).contains(f[i])) {
                    throw line.error("'" + f[i] + "' is both negative and positive");
                }
                m.get(kind).add(f[i]);
            }
        }
        for (Map.Entry<Kind, Set<String>> e : m.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new ResourceError(FILE + ": class " + e.getKey().name().toLowerCase(Locale.ROOT) + " has no words");
            }
            e.setValue(Collections.unmodifiableSet(e.getValue()));
        }
        return new Evaluations(m);
    }

    public boolean is(Kind kind, String word) {
        return word != null && words.get(kind).contains(word.toLowerCase(Locale.ROOT));
    }

    public Set<String> words(Kind kind) {
        return words.get(kind);
    }
}
