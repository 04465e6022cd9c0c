package org.herald.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static final Problem WHY = new Problem("in.txt", Problem.Code.EXTRACT_EMPTY, Position.byteOffset(0), "the file is empty");

    @Test
    void then_applies_the_next_stage_to_a_value_and_passes_a_problem_on_as_it_is() {
        assertThat(Outcome.ok("a").then(s -> Outcome.ok(s + "b"))).isEqualTo(Outcome.ok("ab"));
        assertThat(Outcome.ok("a").then(s -> Outcome.failed(WHY))).isEqualTo(Outcome.failed(WHY));
        Outcome<String> skipped = Outcome.<String>skipped(WHY).then(s -> Outcome.ok(s + "b"));
        assertThat(skipped).isInstanceOf(Outcome.Skipped.class);
        assertThat(skipped.problem()).isEqualTo(WHY);
        Outcome<Integer> failed = Outcome.<String>failed(WHY).then(s -> Outcome.ok(s.length()));
        assertThat(failed).isInstanceOf(Outcome.Failed.class);
        assertThat(failed.problem()).isEqualTo(WHY);
    }
}
