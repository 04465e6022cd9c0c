package org.herald.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Precision;
import org.herald.model.ResolvedDate;
import org.junit.jupiter.api.Test;

/** Datelines written for the test, in the shapes wire stories open with. */
class DatesTest {

    @Test
    void a_wire_dateline_gives_its_day() {
        assertThat(Dates.dateline("DELLIN, Dec 20, 2025 (NWA) - Rice growers expect a record harvest."))
                .isEqualTo(ResolvedDate.day(java.time.LocalDate.of(2025, 12, 20)));
        assertThat(Dates.dateline("Kelby, 3 March 2025 – The harbour board met on Monday.").value()).isEqualTo("2025-03-03");
        assertThat(Dates.dateline("NEW YORK, March 3, 2025 /Newswire/ -- A maker of ferries said on Monday it would hire.")
                .value()).isEqualTo("2025-03-03");
        assertThat(Dates.dateline("PORT ALDREN, Calif., Sept. 9, 2024 (HNS) — Dockworkers walked out.").value())
                .isEqualTo("2024-09-09");
    }

    @Test
    void a_dateline_naming_only_the_month_gives_the_month() {
        ResolvedDate d = Dates.dateline("KYIV, March 2025 — The city council met again.");
        assertThat(d.value()).isEqualTo("2025-03");
        assertThat(d.precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void without_a_year_or_a_dash_there_is_no_dateline_date() {
        assertThat(Dates.dateline("DELLIN, Dec 20 (NWA) - Rice growers expect a record harvest.")).isNull();
        assertThat(Dates.dateline("LONDON (Reuters) - Shares fell on Monday.")).isNull();
        assertThat(Dates.dateline("On March 3, 2025, the harbour board met.")).isNull();
        assertThat(Dates.dateline("Officials said March 3, 2025 was the last day.")).isNull();
        assertThat(Dates.dateline("   ")).isNull();
    }
}
