package org.herald.events.internal;

import java.io.Reader;
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
        return new Evaluations(WordClasses.parse(lines, Kind.class, "evaluation",
                k -> k.name().toLowerCase(Locale.ROOT), (kind, w, read) -> {
                    if (!w.matches("[a-z][a-z'\\-]*")) {
                        return "'" + w + "' is not a lower-case word";
                    }
                    Kind other = kind == Kind.NEGATIVE ? Kind.POSITIVE : kind == Kind.POSITIVE ? Kind.NEGATIVE : null;
                    return other != null && read.get(other).contains(w) ? "'" + w + "' is both negative and positive" : null;
                }));
    }

    public boolean is(Kind kind, String word) {
        return word != null && words.get(kind).contains(word.toLowerCase(Locale.ROOT));
    }

    public Set<String> words(Kind kind) {
        return words.get(kind);
    }
}
