package org.herald.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Precision;
import org.junit.jupiter.api.Test;

class CalendarDateTest {

    @Test
    void timex_values_are_cut_to_the_calendar_part() {
        assertThat(Annotator.calendarDate("2023-09-12T10:00", null).value()).isEqualTo("2023-09-12");
        assertThat(Annotator.calendarDate("2023-09", null).precision()).isEqualTo(Precision.MONTH);
        assertThat(Annotator.calendarDate("2019", null).precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void values_that_are_not_calendar_dates_are_not_resolved() {
        assertThat(Annotator.calendarDate("PRESENT_REF", null)).isNull();
        assertThat(Annotator.calendarDate("XXXX-WXX-2", null)).isNull();
        assertThat(Annotator.calendarDate("2023-W36", null)).isNull();
        assertThat(Annotator.calendarDate(null, null)).isNull();
    }
}
