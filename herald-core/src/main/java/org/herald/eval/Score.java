package org.herald.eval;

/** Counts of true positives, false positives and false negatives, and the measures from them. */
public record Score(double tp, double fp, double fn) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score o) {
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** 1 when nothing was predicted and nothing was expected. */
    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1 : 0) : tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1 : 0) : tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
