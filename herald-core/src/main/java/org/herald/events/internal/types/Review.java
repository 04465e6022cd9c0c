package org.herald.events.internal.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.herald.events.internal.CameoTable;
import org.herald.events.internal.Lexicon;
import org.herald.model.Event;
import org.herald.model.Ids;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * The event-type model's say on the events the lexicon proposed in one sentence. Each event's
 * trigger window is embedded once (events of one trigger share it; the windows of a sentence go
 * to the model in one batch) and labelled by the model.
 */
public final class Review {

    /** How the model's labels are combined with the lexicon's events (measured in docs/events.md). */
    public enum Combination { LEXICON, VETO, QUAD, RETYPE, VETO_RETYPE }

    private final TypeModel model;
    private final Function<List<String>, float[][]> embed;
    private final CameoTable table;
    private final Lexicon lexicon;
    private final Combination combination;
    private final double threshold;
    private final double margin;
    private final Map<String, Integer> quadOfLabel = new HashMap<>();

    public Review(TypeModel model, Function<List<String>, float[][]> embed, CameoTable table, Lexicon lexicon,
                  Combination combination, double threshold, double margin) {
        this.model = model;
        this.embed = embed;
        this.table = table;
        this.lexicon = lexicon;
        this.combination = combination;
        this.threshold = threshold;
        this.margin = margin;
        // the quad class of a label: that of the root codes of its type (PLOVER types do not cross quads
        // but for a few codes; the roots decide)
        for (CameoTable.Code c : table.all().values()) {
            if (c.code().length() == 2) {
                quadOfLabel.putIfAbsent(TypeSentences.label(table, c.code()), c.quad());
            }
        }
    }

    /** The development switch: {@code -Dherald.types=COMBINATION[:threshold[:margin]]}. */
    public static Review fromProperty(CameoTable table, Lexicon lexicon) {
        String p = System.getProperty("herald.types", "LEXICON");
        String[] f = p.split(":");
        Combination c = Combination.valueOf(f[0].toUpperCase(Locale.ROOT));
        if (c == Combination.LEXICON) {
            return null;
        }
        double th = f.length > 1 ? Double.parseDouble(f[1]) : 0.6;
        double m = f.length > 2 ? Double.parseDouble(f[2]) : 0.2;
        return new Review(TypeModel.standard(), texts -> Encoder.shared().embed(texts), table, lexicon, c, th, m);
    }

    /** The events of one sentence after the model's review. {@code text} is the article's text. */
    public List<Event> review(String text, Sentence s, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        String sentence = text.substring(s.span().start(), s.span().end());
        Map<String, Integer> windows = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (Event e : events) {
            Span t = e.trigger().span();
            String w = Window.around(sentence, t.start() - s.span().start(), t.end() - s.span().start(), model.window());
            windows.putIfAbsent(w, windows.size());
            keys.add(w);
        }
        float[][] v = embed.apply(new ArrayList<>(windows.keySet()));
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            double[] p = model.probabilities(v[windows.get(keys.get(i))]);
            Event r = decide(e, p, s);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private Event decide(Event e, double[] p, Sentence s) {
        List<String> labels = model.labels();
        String own = TypeSentences.label(table, e.code());
        int none = labels.indexOf(TypeModel.NONE);
        boolean veto = combination == Combination.VETO || combination == Combination.VETO_RETYPE;
        if (veto && p[none] >= threshold) {
            return null;
        }
        if (combination == Combination.QUAD) {
            int best = Trainer.argmax(p);
            String b = labels.get(best);
            if (p[best] >= threshold && (best == none || !b.equals(own) && quadOfLabel.getOrDefault(b, 0) != e.quad())) {
                return null;
            }
        }
        if (combination == Combination.RETYPE || combination == Combination.VETO_RETYPE) {
            return retype(e, p, s, own);
        }
        return e;
    }

    /** Another code among the trigger's lexicon entries when the model prefers its label by a margin. */
    private Event retype(Event e, double[] p, Sentence s, String own) {
        Token tok = null;
        for (Token t : s.tokens()) {
            if (t.span().start() == e.trigger().span().start()) {
                tok = t;
                break;
            }
        }
        if (tok == null) {
            return e;
        }
        Lexicon.Kind kind = tok.pos().startsWith("VB") ? Lexicon.Kind.VERB : tok.pos().startsWith("NN") ? Lexicon.Kind.NOUN
                : tok.pos().startsWith("JJ") ? Lexicon.Kind.ADJ : null;
        if (kind == null) {
            return e;
        }
        String lemma = (tok.lemma() == null ? tok.word() : tok.lemma()).toLowerCase(Locale.ROOT);
        List<String> labels = model.labels();
        int ownIndex = labels.indexOf(own);
        double ownP = ownIndex < 0 ? 0 : p[ownIndex];
        String bestCode = null;
        double bestP = ownP + margin;
        for (Lexicon.Entry entry : lexicon.entries(kind, lemma)) {
            String l = TypeSentences.label(table, entry.code());
            int k = labels.indexOf(l);
            if (k >= 0 && !l.equals(own) && p[k] >= bestP) {
                bestP = p[k];
                bestCode = entry.code();
            }
        }
        if (bestCode == null) {
            return e;
        }
        CameoTable.Code row = table.get(bestCode);
        String id = Ids.of(e.article(), Integer.toString(e.sentence()), row.code(), key(e.trigger().span()),
                e.source() == null ? "-" : key(e.source().span()), e.target() == null ? "-" : key(e.target().span()));
        return new Event(id, e.article(), e.sentence(), e.root(), e.headline(), row.code(), row.plover(), row.quad(),
                row.goldstein(), e.mode(), e.attribution(), e.source(), e.target(), e.trigger(), e.date(),
                e.historical(), e.place(), e.confidence());
    }

    private static String key(Span s) {
        return s.start() + "-" + s.end();
    }
}
