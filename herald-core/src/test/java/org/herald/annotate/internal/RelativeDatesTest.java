package org.herald.annotate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.herald.model.ResolvedDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDatesTest {

    // Publication day: Monday 2023-09-11.
    private static final LocalDate MONDAY = LocalDate.of(2023, 9, 11);

    @ParameterizedTest(name = "\"{0}\" on 2023-09-11 is {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            today             | 2023-09-11
            tonight           | 2023-09-11
            yesterday         | 2023-09-10
            tomorrow          | 2023-09-12
            Tuesday           | 2023-09-12
            on Sunday         | 2023-09-17
            last Friday       | 2023-09-08
            next Monday       | 2023-09-18
            this Thursday     | 2023-09-14
            three days ago    | 2023-09-08
            two years ago     | 2021
            a month ago       | 2023-08
            last month        | 2023-08
            next year         | 2024
            this year         | 2023
            March 5           | 2023-03-05
            5th of March      | 2023-03-05
            in December       | 2023-12
            Feb. 30           | -
            last week         | -
            the coming days   | -
            may               | -
            """)
    void relative_words_read_against_the_publication_day(String words, String expected) {
        ResolvedDate d = RelativeDates.read(words, MONDAY, null);
        assertThat(d == null ? null : d.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"back in 2019, true", "March 2019, true", "the '90s, true", "Tuesday, false", "2 March, false"})
    void a_written_year_makes_an_expression_absolute(String words, boolean absolute) {
        assertThat(RelativeDates.hasYear(words)).isEqualTo(absolute);
    }
}
