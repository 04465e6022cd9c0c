package org.herald.events.internal.types;

import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression over fixed-width vectors: one weight row and a bias per label,
 * trained by full-batch gradient descent with momentum from zero weights, so the same examples
 * in the same order always give the same weights (no random start, no sampling).
 */
public final class Softmax {

    /** How a model is fitted: the L2 penalty on the weights (not the biases) and the steps taken. */
    public record Settings(double l2, int steps, double rate) {
        public static final Settings DEFAULTS = new Settings(1e-4, 800, 1.0);
    }

    private final List<String> labels;
    private final double[][] w; // [label][dimension + 1], bias last

    Softmax(List<String> labels, double[][] w) {
        this.labels = List.copyOf(labels);
        this.w = w;
    }

    public List<String> labels() {
        return labels;
    }

    public int dimension() {
        return w[0].length - 1;
    }

    double[][] weights() {
        return w;
    }

    /** The probability of each label, in the order of {@link #labels()}. */
    public double[] probabilities(float[] x) {
        int d = dimension();
        if (x.length != d) {
            throw new IllegalArgumentException("expected a vector of " + d + ", got " + x.length);
        }
        double[] z = new double[labels.size()];
        for (int c = 0; c < z.length; c++) {
            double s = w[c][d];
            double[] row = w[c];
            for (int k = 0; k < d; k++) {
                s += row[k] * x[k];
            }
            z[c] = s;
        }
        return normalise(z);
    }

    private static double[] normalise(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /**
     * Fits a model. {@code y[i]} indexes {@code labels}; {@code weight[i]} is how much example i
     * counts (weights are rescaled to sum to the number of examples).
     */
    public static Softmax fit(List<String> labels, float[][] x, int[] y, double[] weight, Settings settings) {
        int n = x.length;
        if (n == 0 || y.length != n || weight.length != n) {
            throw new IllegalArgumentException("need as many labels and weights as examples (" + n + ")");
        }
        int d = x[0].length;
        int classes = labels.size();
        double total = 0;
        for (double v : weight) {
            total += v;
        }
        double[] sw = new double[n];
        for (int i = 0; i < n; i++) {
            sw[i] = weight[i] / total; // the loss is an average
        }
        double[][] w = new double[classes][d + 1];
        double[][] velocity = new double[classes][d + 1];
        double[][] grad = new double[classes][d + 1];
        double[] z = new double[classes];
        double momentum = 0.9;
        for (int step = 0; step < settings.steps(); step++) {
            for (double[] g : grad) {
                Arrays.fill(g, 0);
            }
            for (int i = 0; i < n; i++) {
                float[] xi = x[i];
                // Nesterov: the gradient at the point momentum is about to carry the weights to
                for (int c = 0; c < classes; c++) {
                    double[] row = w[c];
                    double[] v = velocity[c];
                    double s = row[d] + momentum * v[d];
                    for (int k = 0; k < d; k++) {
                        s += (row[k] + momentum * v[k]) * xi[k];
                    }
                    z[c] = s;
                }
                double[] p = normalise(z);
                for (int c = 0; c < classes; c++) {
                    double err = sw[i] * (p[c] - (y[i] == c ? 1 : 0));
                    if (err == 0) {
                        continue;
                    }
                    double[] g = grad[c];
                    for (int k = 0; k < d; k++) {
                        g[k] += err * xi[k];
                    }
                    g[d] += err;
                }
            }
            for (int c = 0; c < classes; c++) {
                double[] row = w[c];
                double[] v = velocity[c];
                double[] g = grad[c];
                for (int k = 0; k <= d; k++) {
                    double look = row[k] + momentum * v[k];
                    double gk = g[k] + (k < d ? settings.l2() * look : 0);
                    v[k] = momentum * v[k] - settings.rate() * gk;
                    row[k] += v[k];
                }
            }
        }
        return new Softmax(labels, w);
    }
}
