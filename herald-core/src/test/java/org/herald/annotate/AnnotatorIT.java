package org.herald.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Json;
import org.herald.model.Mention;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.TimeExpression;
import org.herald.model.Token;
import org.junit.jupiter.api.Test;

/** Loads CoreNLP once (through {@link Annotator#shared()}) for every test in this JVM. */
class AnnotatorIT {

    // A story written for this test: a Monday, 2024-03-04.
    private static Article story(LocalDate published) {
        Article.Builder b = Article.builder()
                .headline("Chilean minister flies to Lima for water talks")
                .standfirst("Santiago hopes for a deal on the shared river")
                .paragraph("Chile's foreign minister Ana Rojas arrived in Lima today for talks with Peruvian officials.")
                .paragraph("The two governments will sign an agreement on Friday, a spokesman said. "
                        + "They last met in Quito back in 2019.");
        if (published != null) {
            b.published(ResolvedDate.day(published), "test");
        }
        return b.build();
    }

    @Test
    void sentences_never_cross_a_block_and_the_headline_is_its_own_unit() {
        Annotated a = Annotator.shared().annotate(story(LocalDate.of(2024, 3, 4)));
        Article art = a.article();
        for (Sentence s : a.sentences()) {
            Block b = art.blocks().get(s.block());
            assertThat(b.span().contains(s.span())).as("sentence %d inside its block", s.index()).isTrue();
            for (Token t : s.tokens()) {
                assertThat(t.span().of(art.text())).isEqualTo(t.word());
            }
        }
        assertThat(a.sentences().get(0).block()).isZero();
        assertThat(a.sentences().get(0).span().of(art.text())).isEqualTo(art.title());
        assertThat(a.sentences().get(1).block()).isEqualTo(1);
        assertThat(a.sentences()).hasSize(5);
    }

    @Test
    void relative_dates_resolve_against_the_publication_date() {
        Annotated a = Annotator.shared().annotate(story(LocalDate.of(2024, 3, 4)));
        assertThat(a.notes()).isEmpty();
        assertThat(resolved(a, "today")).isEqualTo("2024-03-04");
        // SUTime picks a Friday next to the publication date; which one the tense of the
        // sentence asks for is the times stage's business, not this one's.
        LocalDate friday = LocalDate.parse(resolved(a, "Friday"));
        assertThat(friday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(Math.abs(friday.toEpochDay() - LocalDate.of(2024, 3, 4).toEpochDay())).isLessThan(7);
        assertThat(resolved(a, "2019")).isEqualTo("2019");
        Token fridayToken = a.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.word().equals("Friday")).findFirst().orElseThrow();
        assertThat(fridayToken.ner()).isEqualTo("DATE");
    }

    @Test
    void without_a_publication_date_relative_dates_stay_unresolved_and_it_says_so() {
        Annotated a = Annotator.shared().annotate(story(null));
        assertThat(a.notes()).singleElement().asString().contains("publication date unknown");
        assertThat(resolved(a, "today")).isNull();
        assertThat(resolved(a, "Friday")).isNull();
        assertThat(resolved(a, "2019")).isEqualTo("2019");
    }

    @Test
    void entities_are_found_and_sentences_that_name_one_are_parsed() {
        Annotated a = Annotator.shared().annotate(story(LocalDate.of(2024, 3, 4)));
        assertThat(a.mentions()).extracting(Mention::text).contains("Ana Rojas", "Lima");
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("Ana Rojas")).extracting(Mention::type).containsOnly("PERSON");
        Sentence arrived = a.sentences().get(2);
        assertThat(arrived.parsed()).isTrue();
        int arrivedToken = arrived.tokens().stream().filter(t -> t.word().equals("arrived")).findFirst().orElseThrow().index();
        assertThat(arrived.children(arrivedToken)).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"));
        assertThat(arrived.head(arrivedToken).relation()).isEqualTo("root");
    }

    @Test
    void parsing_later_gives_the_parse_that_annotate_gives() {
        Article art = Article.builder().headline("Rebels seize “key” town (officials)")
                .paragraph("Rebels said on Tuesday they had seized the town of Kindu from government troops.")
                .paragraph("The army's spokesman (a colonel) denied the claim, calling it “propaganda”.").build();
        Annotated full = Annotator.shared().annotate(art);
        Annotated tagged = Annotator.shared().tag(art);
        assertThat(tagged.sentences()).noneMatch(Sentence::parsed);
        Annotated later = Annotator.shared().parse(tagged, s -> full.sentences().get(s.index()).parsed());
        assertThat(full.sentences()).anyMatch(Sentence::parsed);
        assertThat(Json.write(later)).isEqualTo(Json.write(full));
        Annotated none = Annotator.shared().parse(tagged, s -> false);
        assertThat(none).isSameAs(tagged);
    }

    @Test
    void what_came_before_does_not_change_how_a_date_resolves() {
        Article future = Article.builder().headline("Talks set for Tuesday")
                .paragraph("The two delegations will meet on Tuesday in Geneva.")
                .published(ResolvedDate.day(LocalDate.of(2024, 3, 4)), "test").build();
        String before = resolved(Annotator.shared().annotate(future), "Tuesday");
        // a past-tense weekday in an article without a date once changed SUTime's later answers
        Annotator.shared().annotate(Article.builder().headline("Town falls")
                .paragraph("Rebels said on Tuesday they had seized the town.").build());
        assertThat(resolved(Annotator.shared().annotate(future), "Tuesday")).isEqualTo(before);
    }

    @Test
    void dates_written_twice_over_keep_their_spans_in_order() {
        Article a = Article.builder().headline("Lottery winner found")
                .paragraph("The ticket for the Friday, March 30, 2018, (3/30/18) drawing was sold in Morris County.")
                .published(ResolvedDate.day(LocalDate.of(2018, 4, 2)), "test").build();
        Annotated x = Annotator.shared().annotate(a);
        assertThat(x.times()).isNotEmpty().allSatisfy(t -> assertThat(t.span().of(a.text())).isEqualTo(t.text()));
    }

    @Test
    void two_threads_get_the_same_annotation_as_one() throws Exception {
        Article art = story(LocalDate.of(2024, 3, 4));
        String expected = Json.write(Annotator.shared().annotate(art));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                fs.add(pool.submit(() -> Json.write(Annotator.shared().annotate(art))));
            }
            for (Future<String> f : fs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void the_example_article_dates_tuesday_and_today_from_its_publication_date() throws Exception {
        Annotated a = Annotator.shared().annotate(
                org.herald.ExampleArticle.load(ResolvedDate.day(LocalDate.of(2023, 9, 11))));
        assertThat(resolved(a, "Tuesday")).isEqualTo("2023-09-12");
        assertThat(resolved(a, "today")).isEqualTo("2023-09-11");
        assertThat(a.sentences().get(0).block()).isZero();
        assertThat(a.sentences().get(1).block()).isEqualTo(1);
        assertThat(a.article().blocks().get(0).span().of(a.text())).startsWith("Global nuke fears");
    }

    private static String resolved(Annotated a, String text) {
        for (TimeExpression t : a.times()) {
            if (t.text().equals(text) || t.text().endsWith(" " + text)) {
                return t.resolved() == null ? null : t.resolved().value();
            }
        }
        throw new AssertionError("no time expression '" + text + "' in " + a.times());
    }
}
