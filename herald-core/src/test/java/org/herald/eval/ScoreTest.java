package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void precision_recall_and_f1_follow_their_definitions() {
        Score s = new Score(6, 2, 4);
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
    }

    @Test
    void nothing_expected_and_nothing_found_is_perfect_and_something_found_is_not() {
        assertThat(Score.ZERO.f1()).isEqualTo(1.0);
        assertThat(new Score(0, 3, 0).precision()).isZero();
        assertThat(new Score(1, 0, 0).plus(new Score(0, 1, 1))).isEqualTo(new Score(1, 1, 1));
    }
}
