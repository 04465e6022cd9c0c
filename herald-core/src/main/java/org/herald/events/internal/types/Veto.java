package org.herald.events.internal.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.herald.model.Event;
import org.herald.model.Sentence;
import org.herald.model.Span;

/**
 * The event-type model's veto on the lexicon's events (docs/events.md, "The event-type model"):
 * the lexicon proposes, the parse decides the sides and the spans, and an event is dropped when
 * the model gives its trigger's window a probability of being no political event at all
 * ({@link TypeModel#NONE}: "the [meeting] in Birmingham" of an athletics story, "the film [was
 * shot] in South Africa") of at least the threshold. The model never adds an event and never
 * changes a code.
 *
 * <p>Each distinct window of a sentence is embedded once (the events of one trigger share it), and
 * only sentences where the lexicon proposed something are embedded at all. Thread-safe when the
 * embedding function is.
 */
public final class Veto {

    private final TypeModel model;
    private final Function<String, float[]> embed;
    private final double threshold;

    /** A veto that drops an event when the model gives its window P(NONE) of at least {@code threshold}. */
    public Veto(TypeModel model, Function<String, float[]> embed, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the veto's threshold is a probability in (0, 1], not " + threshold);
        }
        this.model = model;
        this.embed = embed;
        this.threshold = threshold;
    }

    /** Herald's own model over all-MiniLM-L6-v2, which is loaded on the first window to read. */
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
        throw new IllegalArgumentException("herald.events.veto: \"" + setting + "\" is no probability in (0, 1]");
    }

    /** The events of one sentence the model lets through, in order. {@code text} is the article's text. */
    public List<Event> review(String text, Sentence s, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        int from = s.span().start();
        String sentence = text.substring(from, s.span().end());
        int none = model.labels().indexOf(TypeModel.NONE);
        Map<String, Boolean> noEvent = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Span t = e.trigger().span();
            String w = Window.around(sentence, t.start() - from, t.end() - from, model.window());
            if (!noEvent.computeIfAbsent(w, x -> model.probabilities(embed.apply(x))[none] >= threshold)) {
                out.add(e);
            }
        }
        return out;
    }
}
