package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README's first command, run in-process with the real models. */
class DemoIT {

    @Test
    void the_demo_shows_every_article_with_its_entities_and_dates() {
        Run r = Run.of("demo");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("== 01-border-talks.txt", "== 02-naval-drill.txt", "== 03-aid-convoy.txt");
        assertThat(r.out()).contains("Alberto van Klaveren", "\"Monday\" = 2024-03-04");
    }

    @Test
    void annotate_prints_the_headline_as_its_own_unit_and_resolves_today() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("herald", ".txt");
        java.nio.file.Files.writeString(f, "Navy chief visits port\n\nThe admiral toured the base in Brest today with French officials.\n");
        Run r = Run.of("annotate", f.toString(), "--published", "2022-06-01");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("[headline 0]", "s0 Navy chief visits port", "today", "→ 2022-06-01 (day)");
    }
}
