package org.herald.events.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A resource file of word classes: each line names a class and lists its words
 * ({@code negative slammed decried}), a class may take several lines, and every class must have a
 * word. The files differ only in what a word may be, so each passes its own check.
 */
final class WordClasses {

    /** What is wrong with {@code word} in class {@code kind}, given the words read so far; null if nothing. */
    interface Check<K> {
        String problem(K kind, String word, Map<K, Set<String>> read);
    }

    private WordClasses() {
    }

    /**
     * The classes of {@code lines}, each an unmodifiable set.
     *
     * @param what the files' noun for a class in messages ("cue", "sense")
     * @param spelled how the file spells a class
     */
    static <K extends Enum<K>> Map<K, Set<String>> parse(List<Lines.Line> lines, Class<K> type, String what,
                                                         Function<K, String> spelled, Check<K> check) {
        Map<K, Set<String>> m = new EnumMap<>(type);
        Map<String, K> bySpelling = new HashMap<>();
        StringJoiner known = new StringJoiner(", ");
        for (K k : type.getEnumConstants()) {
            m.put(k, new LinkedHashSet<>());
            bySpelling.put(spelled.apply(k), k);
            known.add(spelled.apply(k));
        }
        String file = lines.isEmpty() ? what + "s" : lines.get(0).file();
        for (Lines.Line line : lines) {
            String[] f = line.text().strip().split("\\s+");
            K kind = bySpelling.get(f[0]);
            if (kind == null) {
                throw line.error("unknown " + what + " class '" + f[0] + "' (" + known + ")");
            }
            if (f.length < 2) {
                throw line.error(what + " class " + f[0] + " lists no words");
            }
            for (int i = 1; i < f.length; i++) {
                String problem = check.problem(kind, f[i], m);
                if (problem != null) {
                    throw line.error(problem);
                }
                m.get(kind).add(f[i]);
            }
        }
        for (Map.Entry<K, Set<String>> e : m.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new ResourceError(file + ": class " + spelled.apply(e.getKey()) + " has no words");
            }
            e.setValue(Collections.unmodifiableSet(e.getValue()));
        }
        return m;
    }
}
