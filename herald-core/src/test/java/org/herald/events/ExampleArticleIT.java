package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.herald.actors.ActorResolver;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Link;
import org.herald.model.Mode;
import org.herald.model.Participant;
import org.herald.model.ResolvedDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.herald.pipeline.Pipeline;

/** The event table of ../shared/examples/expected.md, on the real annotate and actors stages. */
class ExampleArticleIT {

    private static Article article;
    private static List<Event> events;

    @BeforeAll
    static void code() throws Exception {
        article = org.herald.ExampleArticle.load(ResolvedDate.day(LocalDate.of(2023, 9, 11)));
        events = Pipeline.standard().code(article).events(); // the whole chain: dates from the times stage
    }

    private static String code(Participant p) {
        return p == null || p.actor() == null ? "" : p.actor().code();
    }

    private static Predicate<Event> dyad(String source, String target) {
        return e -> code(e.source()).startsWith(source) && code(e.target()).startsWith(target);
    }

    private static Predicate<Event> pair(String a, String b) {
        return dyad(a, b).or(dyad(b, a));
    }

    private static void has(String what, Predicate<Event> p) {
        assertThat(events).as("%s; events: %s", what, events.stream().map(e -> e.sentence() + " " + e.code() + " "
                + code(e.source()) + ">" + code(e.target()) + " " + e.mode().json() + " [" + e.trigger().text() + "]").toList())
                .anyMatch(p);
    }

    @Test
    void kim_travels_to_russia_and_south_korean_media_say_so() {
        has("PRK GOV -> RUS visit, asserted", e -> e.code().equals("042") && dyad("PRKGOV", "RUS").test(e)
                && e.mode() == Mode.ASSERTED && !e.headline());
        has("a visit by PRK GOV attributed to South Korean media",
                e -> e.code().equals("042") && code(e.source()).equals("PRKGOV") && e.attribution() != null
                        && "KORMED".equals(e.attribution().actor()));
    }

    @Test
    void the_talks_are_in_the_future_and_coded_once_per_pair() {
        has("PRK GOV <-> RUS GOV talks, future", e -> Set.of("036", "040", "046").contains(e.code())
                && pair("PRKGOV", "RUSGOV").test(e) && e.mode() == Mode.FUTURE && !e.headline());
        has("the meeting dated Tuesday", e -> e.code().startsWith("04") && e.mode() == Mode.FUTURE
                && e.date() != null && e.date().value().equals("2023-09-12"));
        long reversed = events.stream().filter(e -> e.code().equals("046") && dyad("RUSGOV", "PRKGOV").test(e)
                && events.stream().anyMatch(o -> o != e && o.sentence() == e.sentence() && o.code().equals("046")
                && dyad("PRKGOV", "RUSGOV").test(o))).count();
        assertThat(reversed).as("a mutual event is not coded twice in one sentence").isZero();
    }

    @Test
    void putin_will_host_kim() {
        has("RUS GOV -> PRK GOV host, future", e -> e.code().equals("043") && dyad("RUSGOV", "PRKGOV").test(e)
                && e.mode() == Mode.FUTURE);
    }

    @Test
    void the_united_states_is_concerned_about_arms_supplies() {
        has("USA -> PRK concern, asserted", e -> (e.code().equals("012") || e.code().startsWith("11"))
                && dyad("USA", "PRK").test(e) && e.mode() == Mode.ASSERTED);
        has("PRK -> RUS MIL weapons, hypothetical", e -> e.code().startsWith("07") && dyad("PRK", "RUSMIL").test(e)
                && e.mode() == Mode.HYPOTHETICAL);
        has("RUS -> PRK technology, hypothetical", e -> e.code().startsWith("07") && dyad("RUS", "PRK").test(e)
                && e.mode() == Mode.HYPOTHETICAL);
    }

    @Test
    void the_2019_meeting_is_historical() {
        has("PRK GOV <-> RUS GOV met in 2019", e -> e.code().startsWith("04") && pair("PRKGOV", "RUSGOV").test(e)
                && e.mode() == Mode.ASSERTED && e.historical() && e.date() != null && e.date().value().equals("2019"));
    }

    @Test
    void nothing_comes_from_the_related_headlines_and_the_headline_is_flagged() {
        assertThat(article.related()).isNotEmpty();
        String text = article.text();
        int headlineEnd = article.blocks().get(0).span().end();
        for (Event e : events) {
            assertThat(e.trigger().span().of(text)).isEqualTo(e.trigger().text());
            // the words before and at the trigger: a related headline never holds them
            String context = text.substring(Math.max(0, e.trigger().span().start() - 20), e.trigger().span().end());
            for (Link l : article.related()) {
                assertThat(l.text()).doesNotContain(context);
            }
            assertThat(e.headline()).isEqualTo(e.trigger().span().end() <= headlineEnd);
        }
        assertThat(events).anyMatch(Event::headline);
    }
}
