package org.herald.events.internal.types;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.herald.events.internal.CameoTable;
import org.herald.events.internal.Lines;
import org.herald.model.Event;
import org.herald.model.Sentence;
import org.herald.model.Span;

/**
 * The event-type model's veto on the lexicon's events (docs/events.md, "The event-type model"):
 * the lexicon proposes, the parse decides the sides and the spans, and an event is dropped when
 * the model gives its trigger's window a probability of being no political event at all
 * ({@link TypeModel#NONE}: "the [meeting] in Birmingham" of an athletics story, "the film [was
 * shot] in South Africa") of at least its CAMEO root's threshold. A root without a threshold is
 * never vetoed (its triggers are not embedded): the thresholds of {@code veto.tsv} were chosen on
 * the tune parts, root by root, so the model decides only where it was reliable there. The model
 * never adds an event and never changes a code.
 *
 * <p>Each distinct window of a sentence is embedded once (the events of one trigger share it), and
 * only sentences where the lexicon proposed something are embedded at all. Thread-safe when the
 * embedding function is.
 */
public final class Veto {

    public static final String RESOURCE = "veto.tsv";

    private static final Pattern ROOT = Pattern.compile("\\d\\d");

    private final TypeModel model;
    private final Function<String, float[]> embed;
    private final Map<String, Double> byRoot;

    /** A veto that drops an event of any root when the model gives its window P(NONE) of at least {@code threshold}. */
    public Veto(TypeModel model, Function<String, float[]> embed, double threshold) {
        this(model, embed, everyRoot(threshold));
    }

    /** A veto with a threshold of P(NONE) for each CAMEO root it applies to (two digits); other roots pass. */
    public Veto(TypeModel model, Function<String, float[]> embed, Map<String, Double> byRoot) {
        for (Map.Entry<String, Double> e : byRoot.entrySet()) {
            if (!ROOT.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("'" + e.getKey() + "' is no CAMEO root (two digits)");
            }
            check(e.getValue());
        }
        this.model = model;
        this.embed = embed;
        this.byRoot = Collections.unmodifiableMap(new TreeMap<>(byRoot));
    }

    /** Herald's own model over all-MiniLM-L6-v2, loaded on the first window to read, with the thresholds of {@code veto.tsv}. */
    public static Veto standard() {
        return new Veto(TypeModel.standard(), text -> Encoder.shared().embed(text), thresholds(Lines.ofResource(RESOURCE), CameoTable.standard()));
    }

    /** Herald's own model with one threshold for every root, for measuring it. */
    public static Veto standard(double threshold) {
        return new Veto(TypeModel.standard(), text -> Encoder.shared().embed(text), threshold);
    }

    /** The threshold a setting gives ("0.7"), with a message naming the setting where it is none. */
    public static double threshold(String setting) {
        try {
            double t = Double.parseDouble(setting.trim());
            if (t > 0 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException("herald.events.veto: \"" + setting + "\" is neither roots nor a probability in (0, 1]");
    }

    /** The thresholds of a file in the format of {@code veto.tsv}, for a test. */
    public static Map<String, Double> thresholds(String file, Reader reader, CameoTable table) {
        return thresholds(Lines.read(file, reader), table);
    }

    /**
     * {@code ROOT THRESHOLD} a line: a root of the CAMEO table and a probability in (0, 1], or
     * {@code -} for a root the model leaves alone, then an optional {@code #} comment; each of the
     * table's roots once.
     */
    private static Map<String, Double> thresholds(List<Lines.Line> lines, CameoTable table) {
        Map<String, Double> out = new TreeMap<>();
        List<String> seen = new ArrayList<>();
        for (Lines.Line line : lines) {
            String[] f = line.text().split("#", 2)[0].strip().split("\\s+"); // a comment may follow
            if (f.length != 2) {
                throw line.error("expected a root and a threshold (or -), got " + f.length + " fields");
            }
            if (!ROOT.matcher(f[0]).matches() || !table.has(f[0])) {
                throw line.error("'" + f[0] + "' is not a root of the CAMEO table");
            }
            if (seen.contains(f[0])) {
                throw line.error("root " + f[0] + " appears twice");
            }
            seen.add(f[0]);
            if (!f[1].equals("-")) {
                try {
                    out.put(f[0], check(Double.parseDouble(f[1])));
                } catch (IllegalArgumentException e) {
                    throw line.error("'" + f[1] + "' is no probability in (0, 1] nor -");
                }
            }
        }
        for (String root : table.all().keySet()) {
            if (root.length() == 2 && !seen.contains(root)) {
                throw new org.herald.events.internal.ResourceError(lines.isEmpty() ? RESOURCE : lines.get(0).file(),
                        lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number(), "root " + root + " has no line");
            }
        }
        return out;
    }

    private static Map<String, Double> everyRoot(double threshold) {
        Map<String, Double> m = new HashMap<>();
        for (int r = 1; r <= 20; r++) {
            m.put(String.format("%02d", r), threshold);
        }
        return m;
    }

    private static double check(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the veto's threshold is a probability in (0, 1], not " + threshold);
        }
        return threshold;
    }

    /** The roots vetoed and their thresholds. */
    public Map<String, Double> thresholds() {
        return byRoot;
    }

    /** The events of one sentence the model lets through, in order. {@code text} is the article's text. */
    public List<Event> review(String text, Sentence s, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        int from = s.span().start();
        String sentence = text.substring(from, s.span().end());
        int none = model.labels().indexOf(TypeModel.NONE);
        Map<String, Double> noEvent = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Double threshold = byRoot.get(e.code().substring(0, 2));
            if (threshold == null) {
                out.add(e);
                continue;
            }
            Span t = e.trigger().span();
            String w = Window.around(sentence, t.start() - from, t.end() - from, model.window());
            if (noEvent.computeIfAbsent(w, x -> model.probabilities(embed.apply(x))[none]) < threshold) {
                out.add(e);
            }
        }
        return out;
    }
}
