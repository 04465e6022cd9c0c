package org.herald.events.internal.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.herald.events.EventTypes.Example;

/**
 * Trains the event-type model: embeds each example's window, weights every label alike (each
 * label's examples together count as much as any other label's), fits a {@link Softmax}, and
 * reports how well a model fitted on four fifths of the examples labels the fifth it did not see.
 */
public final class Trainer {

    private static final int FOLDS = 5;

    /** The model and what training it measured, one line per fact. */
    public record Result(TypeModel model, List<String> report) {
    }

    private Trainer() {
    }

    public static Result train(List<Example> examples, int window, Softmax.Settings settings,
                               Function<String, float[]> embed) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        List<String> labels = labels(examples);
        float[][] x = embedAll(examples, window, embed);
        int[] y = new int[examples.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.indexOf(examples.get(i).label());
        }
        List<String> report = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Example e : examples) {
            counts.merge(e.label(), 1, Integer::sum);
        }
        report.add("examples " + examples.size() + " by label " + counts);
        report.addAll(crossValidate(examples, labels, x, y, settings));
        Softmax model = Softmax.fit(labels, x, y, balanced(y, labels.size()), settings);
        return new Result(new TypeModel(window, model), report);
    }

    /** NONE first, then the others in alphabetical order, so the file does not depend on example order. */
    static List<String> labels(List<Example> examples) {
        TreeSet<String> set = new TreeSet<>();
        for (Example e : examples) {
            set.add(e.label());
        }
        set.remove(TypeModel.NONE);
        List<String> out = new ArrayList<>();
        out.add(TypeModel.NONE);
        out.addAll(set);
        return out;
    }

    static float[][] embedAll(List<Example> examples, int window, Function<String, float[]> embed) {
        float[][] x = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = embed.apply(examples.get(i).window(window));
        }
        return x;
    }

    /** Weights that give every label the same total weight. */
    static double[] balanced(int[] y, int classes) {
        int[] n = new int[classes];
        for (int v : y) {
            n[v]++;
        }
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = 1.0 / n[y[i]];
        }
        return w;
    }

    /**
     * Accuracy, and how well NONE is told from an event, on held-out fifths. The fold of an example
     * is fixed by its origin, so the triggers of one gold sentence stay in one fold.
     */
    static List<String> crossValidate(List<Example> examples, List<String> labels, float[][] x, int[] y, Softmax.Settings settings) {
        int right = 0;
        int noneTp = 0;
        int noneFp = 0;
        int noneFn = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                (Math.floorMod(examples.get(i).origin().hashCode(), FOLDS) == f ? test : train).add(i);
            }
            float[][] tx = new float[train.size()][];
            int[] ty = new int[train.size()];
            for (int k = 0; k < train.size(); k++) {
                tx[k] = x[train.get(k)];
                ty[k] = y[train.get(k)];
            }
            Softmax m = Softmax.fit(labels, tx, ty, balanced(ty, labels.size()), settings);
            for (int i : test) {
                double[] p = m.probabilities(x[i]);
                int best = argmax(p);
                right += best == y[i] ? 1 : 0;
                boolean saidNone = best == 0;
                boolean isNone = y[i] == 0;
                noneTp += saidNone && isNone ? 1 : 0;
                noneFp += saidNone && !isNone ? 1 : 0;
                noneFn += !saidNone && isNone ? 1 : 0;
            }
        }
        return List.of(String.format(Locale.ROOT, "cross-validated (%d folds): label accuracy %.3f; NONE precision %.3f, recall %.3f",
                FOLDS, right / (double) y.length, noneTp / (double) Math.max(1, noneTp + noneFp), noneTp / (double) Math.max(1, noneTp + noneFn)));
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
