package org.herald.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    /**
     * One report from the runs on the tune and the check part of a set ({@link Split}): each
     * measure as {@code tune.M} and {@code check.M}, and {@code ratio.M} = check / tune where tune
     * is not zero (for a measure where lower is better, such as an error in km, a ratio above 1
     * means the check part does worse).
     */
    public static Report ofParts(Report tune, Report check) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : tune.metrics().entrySet()) {
            m.put("tune." + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Double> e : check.metrics().entrySet()) {
            m.put("check." + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Double> e : check.metrics().entrySet()) {
            Double t = tune.metrics().get(e.getKey());
            if (t != null && t != 0 && !t.isNaN() && !e.getValue().isNaN()) {
                m.put("ratio." + e.getKey(), e.getValue() / t);
            }
        }
        List<String> notes = new ArrayList<>(new LinkedHashSet<>(concat(tune.notes(), check.notes())));
        notes.add(0, "tune part " + tune.items() + " items, check part " + check.items() + " items (Split: "
                + Split.TUNE_SHARE + "/" + (100 - Split.TUNE_SHARE) + " by a fixed hash of the case id)");
        return new Report(tune.task(), tune.dataset(), tune.items() + check.items(), m, notes);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
