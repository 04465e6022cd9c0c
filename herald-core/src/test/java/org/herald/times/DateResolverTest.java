package org.herald.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.herald.model.EventDate;
import org.herald.model.Precision;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TimeExpression;
import org.herald.model.Token;
import org.herald.times.internal.DateReader;
import org.herald.times.internal.Tense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Dates of events in hand-written sentences. Sentences are given as {@code word/TAG} tokens, the
 * trigger as a word, the time expression as its words with the TIMEX3 type and value a normaliser
 * would give (no CoreNLP needed).
 */
class DateResolverTest {

    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "{0} | {2} | published {5} -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # sentence                                                                          | trigger  | expression        | type     | value        | published  | expected   | precision | from
        The/DT meeting/NN is/VBZ expected/VBN to/TO take/VB place/NN on/IN Tuesday/NNP ./.   | meeting  | Tuesday           | DATE     | XXXX-WXX-2   | 2023-09-11 | 2023-09-12 | DAY   | expression
        The/DT two/CD leaders/NNS met/VBD on/IN Tuesday/NNP ./.                              | met      | Tuesday           | DATE     | XXXX-WXX-2   | 2023-09-11 | 2023-09-05 | DAY   | expression
        Turkey/NNP fired/VBD on/IN Qamishli/NNP on/IN Tuesday/NNP ./.                        | fired    | Tuesday           | DATE     | XXXX-WXX-2   | 2018-01-24 | 2018-01-23 | DAY   | expression
        Officials/NNS will/MD meet/VB on/IN Friday/NNP ./.                                   | meet     | Friday            | DATE     | XXXX-WXX-5   | 2023-09-13 | 2023-09-15 | DAY   | expression
        Police/NNS arrested/VBD him/PRP on/IN Friday/NNP ./.                                 | arrested | Friday            | DATE     | XXXX-WXX-5   | 2023-09-13 | 2023-09-08 | DAY   | expression
        He/PRP spoke/VBD on/IN Monday/NNP ./.                                                | spoke    | Monday            | DATE     | XXXX-WXX-1   | 2023-09-11 | 2023-09-11 | DAY   | expression
        He/PRP will/MD speak/VB on/IN Monday/NNP ./.                                         | speak    | Monday            | DATE     | XXXX-WXX-1   | 2023-09-11 | 2023-09-18 | DAY   | expression
        Rebels/NNS attacked/VBD the/DT town/NN last/JJ Tuesday/NNP ./.                       | attacked | last Tuesday      | DATE     | XXXX-WXX-2   | 2023-09-12 | 2023-09-05 | DAY   | expression
        The/DT minister/NN resigned/VBD yesterday/NN ./.                                     | resigned | yesterday         | DATE     | 2023-09-10   | 2023-09-11 | 2023-09-10 | DAY   | expression
        The/DT minister/NN will/MD resign/VB tomorrow/NN ./.                                 | resign   | tomorrow          | DATE     | 2023-09-12   | 2023-09-11 | 2023-09-12 | DAY   | expression
        A/DT statement/NN posted/VBN today/NN confirmed/VBD the/DT visit/NN ./.              | confirmed| today             | DATE     | 2023-09-11   | 2023-09-11 | 2023-09-11 | DAY   | expression
        Troops/NNS withdrew/VBD last/JJ month/NN ./.                                         | withdrew | last month        | DATE     | 2023-08      | 2023-09-11 | 2023-08    | MONTH | expression
        Talks/NNS will/MD resume/VB next/JJ month/NN ./.                                     | resume   | next month        | DATE     | 2023-10      | 2023-09-11 | 2023-10    | MONTH | expression
        The/DT army/NN invaded/VBD in/IN March/NNP ./.                                       | invaded  | March             | DATE     | 2023-03      | 2023-09-11 | 2023-03    | MONTH | expression
        Elections/NNS will/MD be/VB held/VBN in/IN March/NNP ./.                             | held     | March             | DATE     | 2023-03      | 2023-09-11 | 2024-03    | MONTH | expression
        The/DT strike/NN began/VBD in/IN October/NNP ./.                                     | began    | October           | DATE     | 2023-10      | 2023-09-11 | 2022-10    | MONTH | expression
        The/DT ceasefire/NN collapsed/VBD on/IN March/NNP 3/CD ./.                           | collapsed| March 3           | DATE     | 2023-03-03   | 2023-09-11 | 2023-03-03 | DAY   | expression
        The/DT talks/NNS ended/VBD on/IN Sept./NNP 5/CD ./.                                  | ended    | Sept. 5           | DATE     | 2023-09-05   | 2023-09-11 | 2023-09-05 | DAY   | expression
        The/DT two/CD leaders/NNS met/VBD back/RB in/IN 2019/CD ./.                          | met      | back in 2019      | DATE     | 2019         | 2023-09-11 | 2019       | YEAR  | expression
        The/DT treaty/NN was/VBD signed/VBN on/IN 12/CD September/NNP 2021/CD ./.            | signed   | 12 September 2021 | DATE     | 2021-09-12   | 2023-09-11 | 2021-09-12 | DAY   | expression
        Protests/NNS erupted/VBD in/IN May/NNP 2020/CD ./.                                   | erupted  | May 2020          | DATE     | 2020-05      | 2023-09-11 | 2020-05    | MONTH | expression
        The/DT company/NN collapsed/VBD last/JJ year/NN ./.                                  | collapsed| last year         | DATE     | 2022         | 2023-09-11 | 2022       | YEAR  | expression
        The/DT dam/NN burst/VBD three/CD years/NNS ago/RB ./.                                | burst    | three years ago   | DATE     | 2020         | 2023-09-11 | 2020       | YEAR  | expression
        The/DT dam/NN burst/VBD two/CD weeks/NNS ago/RB ./.                                  | burst    | two weeks ago     | DATE     | 2023-W35     | 2023-09-11 | 2023-08-28 | DAY   | expression
        The/DT summit/NN ran/VBD from/IN Monday/NNP to/TO Wednesday/NNP ./.                  | summit   | Monday to Wednesday | DATE   | XXXX-WXX-1   | 2023-09-14 | 2023-09-11 | DAY   | expression
        The/DT war/NN lasted/VBD between/IN 2019/CD and/CC 2021/CD ./.                       | lasted   | between 2019 and 2021 | DATE | 2019       | 2023-09-11 | 2019       | YEAR  | expression
        The/DT visit/NN is/VBZ scheduled/VBN to/TO happen/VB in/IN the/DT coming/VBG days/NNS ./. | visit | the coming days   | DATE     | FUTURE_REF   | 2023-09-11 | 2023-09    | MONTH | expression
        It/PRP is/VBZ his/PRP$ first/JJ trip/NN in/IN four/CD years/NNS ./.                  | trip     | four years        | DURATION | P4Y          | 2023-09-11 | 2023-09-11 | DAY   | publication date
        The/DT meeting/NN is/VBZ expected/VBN to/TO take/VB place/NN on/IN Tuesday/NNP ./.   | meeting  | Tuesday           | DATE     | XXXX-WXX-2   | -          | -          | -     | -
        The/DT two/CD leaders/NNS met/VBD back/RB in/IN 2019/CD ./.                          | met      | back in 2019      | DATE     | 2019         | -          | 2019       | YEAR  | expression
        Putin/NNP will/MD host/VB a/DT dinner/NN ./.                                         | host     | -                 | -        | -            | 2023-09-11 | -          | -     | -
        The/DT United/NNP States/NNPS expressed/VBD concern/NN ./.                           | expressed| -                 | -        | -            | 2023-09-11 | 2023-09-11 | DAY   | publication date
        Prices/NNS rose/VBD in/IN the/DT 1990s/CD ./.                                        | rose     | the 1990s         | DATE     | 199X         | 2023-09-11 | 2023-09-11 | DAY   | publication date
        """)
    void dates_an_event_from_its_sentence(String sentence, String trigger, String expression, String type,
                                         String value, String published, String expected, Precision precision,
                                         String from) {
        Sentence s = sentence(sentence);
        int t = index(s, trigger);
        List<TimeExpression> times = new ArrayList<>();
        if (expression != null) {
            times.add(expression(sentence, s, expression, type, value));
        }
        LocalDate pub = published == null ? null : LocalDate.parse(published);
        EventDate d = resolver.when(s, times, t, pub, pub == null ? null : ResolvedDate.day(pub));
        if (expected == null) {
            assertThat(d.date()).as("no date").isNull();
            assertThat(d.why()).isNotBlank();
        } else {
            assertThat(d.date()).as("date").isNotNull();
            assertThat(d.date().value()).isEqualTo(expected);
            assertThat(d.date().precision()).isEqualTo(precision);
            assertThat(d.from()).isEqualTo(from);
        }
    }

    @Test
    void says_why_a_relative_date_is_unresolved_without_a_publication_date() {
        Sentence s = sentence("The/DT meeting/NN will/MD take/VB place/NN on/IN Tuesday/NNP ./.");
        EventDate d = resolver.when(s, List.of(expression("", s, "Tuesday", "DATE", "XXXX-WXX-2")), 1, null, null);
        assertThat(d.resolved()).isFalse();
        assertThat(d.why()).contains("publication date unknown").contains("Tuesday");
    }

    @Test
    void a_date_more_than_a_year_before_publication_is_historical_and_one_within_the_year_is_not() {
        ResolvedDate pub = ResolvedDate.day(LocalDate.of(2023, 9, 11));
        assertThat(DateResolver.historical(ResolvedDate.parse("2019", null), pub)).isTrue();
        assertThat(DateResolver.historical(ResolvedDate.parse("2022-09-01", null), pub)).isTrue();
        assertThat(DateResolver.historical(ResolvedDate.parse("2022", null), pub)).isFalse(); // may be October 2022
        assertThat(DateResolver.historical(ResolvedDate.parse("2023-08", null), pub)).isFalse();
        // the guide codes an act "in March" or "in early July" as news: within about a year
        assertThat(DateResolver.historical(ResolvedDate.parse("2023-03", null), pub)).isFalse();
        assertThat(DateResolver.historical(ResolvedDate.parse("2023-07-01", null), pub)).isFalse();
        assertThat(DateResolver.historical(ResolvedDate.parse("2023-09-12", null), pub)).isFalse();
    }

    @Test
    void without_a_publication_date_the_latest_past_date_of_the_article_bounds_it() {
        Sentence past = sentence("The/DT minister/NN resigned/VBD in/IN 2004/CD ./.");
        ResolvedDate bound = DateResolver.latestPast(List.of(past), List.of(expression("", past, "2004", "DATE", "2004")));
        assertThat(bound).isNotNull();
        assertThat(DateResolver.historical(ResolvedDate.parse("1974", null), bound)).isTrue();
        assertThat(DateResolver.historical(ResolvedDate.parse("2003-06", null), bound)).isFalse();
        // a date the article gives to something still to come bounds nothing
        Sentence future = sentence("The/DT games/NNS will/MD open/VB in/IN 2012/CD ./.");
        assertThat(DateResolver.latestPast(List.of(future), List.of(expression("", future, "2012", "DATE", "2012")))).isNull();
    }

    @Test
    void an_act_in_a_clause_of_after_or_when_is_no_later_than_the_date_of_the_clause_it_hangs_from() {
        // "In 2014 , after rebels seized the town , they left ." with the parse CoreNLP gives it
        Sentence u = sentence("In/IN 2014/CD ,/, after/IN rebels/NNS seized/VBD the/DT town/NN ,/, they/PRP left/VBD ./.");
        List<org.herald.model.Dependency> deps = List.of(new org.herald.model.Dependency("case", 1, 0),
                new org.herald.model.Dependency("obl:in", 10, 1), new org.herald.model.Dependency("mark", 5, 3),
                new org.herald.model.Dependency("nsubj", 5, 4), new org.herald.model.Dependency("advcl:after", 10, 5),
                new org.herald.model.Dependency("det", 7, 6), new org.herald.model.Dependency("obj", 5, 7),
                new org.herald.model.Dependency("nsubj", 10, 9), new org.herald.model.Dependency("root", -1, 10));
        Sentence s = new Sentence(0, u.span(), 0, u.tokens(), true, deps);
        ResolvedDate pub = ResolvedDate.day(LocalDate.of(2024, 5, 1));
        List<TimeExpression> times = List.of(expression("", s, "2014", "DATE", "2014"));
        EventDate seized = resolver.when(s, times, 5, LocalDate.of(2024, 5, 1), pub);
        assertThat(seized.historical()).isTrue();
        assertThat(seized.date()).isNull();
        // within the year, the clause of time is news
        EventDate recent = resolver.when(s, times, 5, LocalDate.of(2014, 12, 1), ResolvedDate.day(LocalDate.of(2014, 12, 1)));
        assertThat(recent.historical()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> habitual {2}")
    @CsvSource(delimiter = '|', textBlock = """
        The/DT opposition/NN has/VBZ long/RB criticised/VBN the/DT government/NN ./.     | criticised | true
        The/DT opposition/NN has/VBZ long/JJ criticised/VBD the/DT government/NN ./.     | criticised | true
        Lower/JJR courts/NNS have/VBP repeatedly/RB struck/VBN down/RP the/DT ban/NN ./.  | struck     | true
        Police/NNS routinely/RB detain/VBP activists/NNS ./.                             | detain     | true
        The/DT group/NN has/VBZ campaigned/VBN for/IN years/NNS ./.                       | campaigned | true
        Rebels/NNS repeatedly/RB attacked/VBD the/DT town/NN last/JJ week/NN ./.           | attacked   | false
        Russia/NNP has/VBZ launched/VBN an/DT attack/NN ./.                                | launched   | false
        The/DT minister/NN has/VBZ criticised/VBN the/DT plan/NN for/IN weeks/NNS ./.      | criticised | false
        """)
    void a_perfect_or_present_of_habit_has_no_one_date_and_is_background(String sentence, String trigger, boolean habitual) {
        Sentence s = sentence(sentence);
        EventDate d = resolver.when(s, List.of(), index(s, trigger), LocalDate.of(2023, 9, 11),
                ResolvedDate.day(LocalDate.of(2023, 9, 11)));
        assertThat(d.historical()).isEqualTo(habitual);
        if (habitual) {
            assertThat(d.date()).isNull();
            assertThat(d.from()).isEqualTo("habitual");
            assertThat(d.why()).isNotBlank();
        }
    }

    @Test
    void past_and_future_clauses_are_told_apart() {
        Sentence past = sentence("The/DT leaders/NNS met/VBD on/IN Tuesday/NNP ./.");
        Sentence future = sentence("The/DT leaders/NNS are/VBP due/JJ to/TO meet/VB on/IN Tuesday/NNP ./.");
        assertThat(Tense.of(past.tokens(), 2)).isEqualTo(Tense.PAST);
        assertThat(Tense.of(future.tokens(), 5)).isEqualTo(Tense.FUTURE);
    }

    @Property
    void a_weekday_lands_on_its_day_within_a_week_of_publication(@ForAll @IntRange(min = 0, max = 3000) int offset,
                                                                  @ForAll @IntRange(min = 1, max = 7) int dow) {
        LocalDate pub = LocalDate.of(2015, 1, 1).plusDays(offset);
        DayOfWeek day = DayOfWeek.of(dow);
        String name = day.name().toLowerCase(java.util.Locale.ROOT);
        for (Tense tense : Tense.values()) {
            DateReader.Reading r = DateReader.read(name, "DATE", "XXXX-WXX-" + dow, pub, tense, new Span(0, name.length()));
            assertThat(r).isInstanceOf(DateReader.Dated.class);
            LocalDate d = ((DateReader.Dated) r).date().firstDay();
            assertThat(d.getDayOfWeek()).isEqualTo(day);
            long delta = d.toEpochDay() - pub.toEpochDay();
            switch (tense) {
                case PAST -> assertThat(delta).isBetween(-6L, 0L);
                case FUTURE -> assertThat(delta).isBetween(1L, 7L);
                default -> assertThat(Math.abs(delta)).isLessThanOrEqualTo(3L);
            }
        }
    }

    /** A sentence from {@code word/TAG} tokens separated by spaces; its text is the words joined by spaces. */
    static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        int i = 0;
        for (String wt : tagged.strip().split("\\s+")) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            String tag = wt.substring(slash + 1);
            tokens.add(new Token(i++, new Span(pos, pos + word.length()), word, word.toLowerCase(java.util.Locale.ROOT),
                    tag, "O"));
            pos += word.length() + 1;
        }
        return new Sentence(0, new Span(0, pos - 1), 0, tokens, false, List.of());
    }

    static String text(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t.word());
        }
        return b.toString();
    }

    static int index(Sentence s, String word) {
        for (Token t : s.tokens()) {
            if (t.word().equals(word)) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("no token '" + word + "'");
    }

    /** The expression's span is where its words are in the sentence text, or the first token when they are not there. */
    static TimeExpression expression(String tagged, Sentence s, String words, String type, String value) {
        String text = text(s);
        int at = text.indexOf(words);
        Span span = at >= 0 ? new Span(at, at + words.length()) : s.tokens().get(0).span();
        ResolvedDate resolved = value == null ? null : ResolvedDate.parse(value, span);
        return new TimeExpression(span, words, 0, type, value, resolved);
    }
}
