package org.herald.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.herald.ExampleArticle;
import org.herald.model.Annotated;
import org.herald.model.EventDate;
import org.herald.model.Precision;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.Token;
import org.junit.jupiter.api.Test;
import org.herald.pipeline.Pipeline;

/** The example article's dates through CoreNLP's SUTime and the date resolver. */
class ExampleArticleDatesIT {

    private final DateResolver dates = new DateResolver();

    @Test
    void tuesday_is_the_day_after_publication_and_2019_is_a_historical_year() throws Exception {
        Annotated a = Pipeline.standard().annotate(ExampleArticle.load(ResolvedDate.day(LocalDate.of(2023, 9, 11))));
        Sentence tuesday = sentenceWith(a, "Tuesday");
        EventDate meeting = dates.when(a, tuesday.index(), token(tuesday, "meeting"));
        assertThat(meeting.date()).isEqualTo(ResolvedDate.parse("2023-09-12", meeting.date().span()));
        assertThat(meeting.historical()).isFalse();

        Sentence y2019 = sentenceWith(a, "2019");
        EventDate met = dates.when(a, y2019.index(), token(y2019, "met"));
        assertThat(met.date().value()).isEqualTo("2019");
        assertThat(met.date().precision()).isEqualTo(Precision.YEAR);
        assertThat(met.historical()).isTrue();

        Sentence journey = sentenceWith(a, "journey");
        EventDate j = dates.when(a, journey.index(), token(journey, "journey"));
        assertThat(j.date().value()).isEqualTo("2023-09-11");
        assertThat(j.from()).isEqualTo("publication date");
    }

    @Test
    void without_a_publication_date_tuesday_is_unresolved_and_says_why() throws Exception {
        Annotated a = Pipeline.standard().annotate(ExampleArticle.load(null));
        Sentence tuesday = sentenceWith(a, "Tuesday");
        EventDate meeting = dates.when(a, tuesday.index(), token(tuesday, "meeting"));
        assertThat(meeting.date()).isNull();
        assertThat(meeting.why()).contains("publication date");
        Sentence y2019 = sentenceWith(a, "2019");
        assertThat(dates.when(a, y2019.index(), token(y2019, "met")).date().value()).isEqualTo("2019");
    }

    static Sentence sentenceWith(Annotated a, String word) {
        return a.sentences().stream().filter(s -> s.tokens().stream().anyMatch(t -> t.word().equals(word)))
                .findFirst().orElseThrow();
    }

    static int token(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).mapToInt(Token::index).findFirst().orElseThrow();
    }
}
