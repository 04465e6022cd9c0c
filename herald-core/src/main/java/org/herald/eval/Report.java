package org.herald.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one task on one dataset.
 *
 * @param metrics named measures in [0, 1] unless the name says otherwise ("median_km"), in the
 *     order they should be printed
 * @param items how many gold items were scored
 * @param notes anything a reader of the numbers should know (items skipped and why)
 */
public record Report(String task, String dataset, int items, Map<String, Double> metrics, List<String> notes) {

    public Report {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        notes = List.copyOf(notes);
    }

    /** Adds precision, recall and F1 of a score under a prefix ("events.root" → "events.root.p" ...). */
    public static void put(Map<String, Double> metrics, String prefix, Score s) {
        metrics.put(prefix + ".p", s.precision());
        metrics.put(prefix + ".r", s.recall());
        metrics.put(prefix + ".f1", s.f1());
    }
}
