package org.herald.events.internal.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    private static final List<String> LABELS = List.of("NONE", "A", "B");

    /** Points around three unit directions in 8 dimensions, as embeddings of three kinds of window. */
    private static float[][] points(int perLabel, long seed, int[] y) {
        Random r = new Random(seed);
        float[][] x = new float[perLabel * 3][8];
        for (int i = 0; i < x.length; i++) {
            int label = i % 3;
            y[i] = label;
            for (int k = 0; k < 8; k++) {
                x[i][k] = (float) (0.3 * r.nextGaussian() + (k == label ? 1 : 0));
            }
        }
        return x;
    }

    @Test
    void learns_labels_that_lie_in_different_directions_and_labels_unseen_points() {
        int[] y = new int[60];
        float[][] x = points(20, 1, y);
        Softmax m = Softmax.fit(LABELS, x, y, Trainer.balanced(y, 3), Softmax.Settings.DEFAULTS);
        int[] ty = new int[30];
        float[][] test = points(10, 2, ty);
        int right = 0;
        for (int i = 0; i < test.length; i++) {
            right += Trainer.argmax(m.probabilities(test[i])) == ty[i] ? 1 : 0;
        }
        assertThat(right).isGreaterThanOrEqualTo(27);
    }

    @Test
    void probabilities_sum_to_one() {
        int[] y = new int[30];
        float[][] x = points(10, 3, y);
        Softmax m = Softmax.fit(LABELS, x, y, Trainer.balanced(y, 3), new Softmax.Settings(1e-2, 50, 1.0));
        double sum = 0;
        for (double p : m.probabilities(x[0])) {
            assertThat(p).isBetween(0.0, 1.0);
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_same_examples_give_the_same_weights() {
        int[] y = new int[30];
        float[][] x = points(10, 4, y);
        Softmax a = Softmax.fit(LABELS, x, y, Trainer.balanced(y, 3), new Softmax.Settings(1e-3, 100, 1.0));
        Softmax b = Softmax.fit(LABELS, x, y, Trainer.balanced(y, 3), new Softmax.Settings(1e-3, 100, 1.0));
        assertThat(a.weights()).isDeepEqualTo(b.weights());
    }

    @Test
    void balanced_weights_give_each_label_the_same_total() {
        double[] w = Trainer.balanced(new int[] {0, 0, 0, 1}, 2);
        assertThat(w[0] + w[1] + w[2]).isCloseTo(w[3], org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void a_rare_label_weighted_up_is_still_learned() {
        // 40 of NONE, 4 of A: balanced, A's few points still win their own region
        float[][] x = new float[44][2];
        int[] y = new int[44];
        Random r = new Random(5);
        for (int i = 0; i < 44; i++) {
            y[i] = i < 40 ? 0 : 1;
            x[i][0] = (float) (0.2 * r.nextGaussian() + (y[i] == 0 ? 1 : 0));
            x[i][1] = (float) (0.2 * r.nextGaussian() + (y[i] == 1 ? 1 : 0));
        }
        Softmax m = Softmax.fit(List.of("NONE", "A"), x, y, Trainer.balanced(y, 2), Softmax.Settings.DEFAULTS);
        assertThat(m.probabilities(new float[] {0, 1})[1]).isGreaterThan(0.8);
        assertThat(m.probabilities(new float[] {1, 0})[0]).isGreaterThan(0.8);
    }
}
