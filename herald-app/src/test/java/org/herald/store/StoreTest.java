package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Participant;
import org.herald.model.Place;
import org.herald.model.Plover;
import org.herald.model.Quote;
import org.herald.model.ResolvedDate;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real DuckDB file in a temporary folder; articles and events made by hand. */
class StoreTest {

    @TempDir
    Path dir;

    private static final Actor CHL = Actor.of("CHL", List.of("GOV"), null);
    private static final Actor PER = Actor.of("PER", List.of("GOV"), null);

    /** A report of Chile's minister visiting Peru, in one of several wordings. */
    private static CodedArticle report(String headline, String body, String site) {
        Article art = Article.builder().headline(headline).paragraph(body).site(site)
                .published(ResolvedDate.day(LocalDate.of(2024, 3, 4)), "test").build();
        String text = art.text();
        int src = text.indexOf("Chile");
        int trig = text.indexOf("visit");
        int tgt = text.indexOf("Peru", trig);
        Event e = new Event(org.herald.model.Ids.of(art.id(), "042"), art.id(), 1, true, false, "042",
                new Plover("CONSULT", "visit"), 1, 1.9, Mode.ASSERTED, null,
                new Participant("Chile", new Span(src, src + 5), CHL), new Participant("Peru", new Span(tgt, tgt + 4), PER),
                new TextSpan("visit", new Span(trig, trig + 5)), ResolvedDate.day(LocalDate.of(2024, 3, 4)), false,
                new Place("Lima", 3936456, "PE", "15", -12.04, -77.03, "P", null), 0.8);
        ActorMention am = new ActorMention(new Span(src, src + 5), "Chile", 1, CHL, "name");
        Quote q = new Quote("we came to listen", new Span(0, 5), 1, Quote.Kind.PARTIAL, new TextSpan("minister", null), CHL);
        return new CodedArticle(new Annotated(art, List.of(), List.of(), List.of(), List.of()), List.of(am), List.of(e),
                List.of(q), List.of(e.place()));
    }

    @Test
    void storing_an_article_twice_changes_nothing() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            CodedArticle a = report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example");
            assertThat(s.put(a)).isEqualTo(Store.Put.STORED);
            assertThat(s.put(a)).isEqualTo(Store.Put.ALREADY_STORED);
            assertThat(s.counts()).isEqualTo(new Store.Counts(1, 1, 1, 1, 1, 1));
        }
    }

    @Test
    void reports_of_one_event_roll_up_into_one_event_with_counts() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            s.put(report("Talks in Lima", "On Monday Chile began a visit to Peru, officials said.", "two.example"));
            // a syndicated copy: another site, same story
            CodedArticle copy = report("Chile minister in Lima (copy)", "Chile sent its minister to visit Peru.", "three.example");
            s.put(copy);
            Store.Counts c = s.counts();
            assertThat(c.articles()).isEqualTo(3);
            assertThat(c.stories()).isEqualTo(2);
            assertThat(c.eventMentions()).isEqualTo(3);
            assertThat(c.events()).isEqualTo(1);
            var rows = s.events(null, 10, 0);
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.get("code")).isEqualTo("042");
                assertThat(((Number) r.get("mentions")).longValue()).isEqualTo(3);
                assertThat(((Number) r.get("stories")).longValue()).isEqualTo(2);
                assertThat(((Number) r.get("sources")).longValue()).isEqualTo(3);
            });
            assertThat(s.mentions((String) rows.get(0).get("event_key"), 10)).hasSize(3);
            assertThat(s.events("chl", 10, 0)).hasSize(1);
            assertThat(s.events("USA", 10, 0)).isEmpty();
        }
    }

    @Test
    void what_was_stored_survives_a_reopen() throws Exception {
        Path f = dir.resolve("h.duckdb");
        try (Store s = Store.open(f)) {
            s.put(report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
        }
        try (Store s = Store.open(f)) {
            assertThat(s.counts().articles()).isEqualTo(1);
        }
    }

    @Test
    void a_failed_write_leaves_nothing_of_the_article() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            CodedArticle good = report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example");
            // an actor mention without an actor is a programmer error: the write fails half way
            CodedArticle bad = new CodedArticle(good.annotated(), List.of(new ActorMention(new Span(0, 1), "x", 0, null, "name")),
                    good.events(), good.quotes(), good.places());
            assertThatThrownBy(() -> s.put(bad)).isInstanceOf(NullPointerException.class);
            assertThat(s.has(good.article().id())).isFalse();
            assertThat(s.counts().eventMentions()).isZero();
            assertThat(s.put(good)).isEqualTo(Store.Put.STORED);
        }
    }

    @Test
    void exports_parquet_and_csv() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            s.export("events", dir.resolve("events.parquet"), "parquet");
            s.export("mentions", dir.resolve("mentions.csv"), "csv");
            assertThat(Files.size(dir.resolve("events.parquet"))).isPositive();
            assertThat(Files.readString(dir.resolve("mentions.csv"))).startsWith("id,article,sentence").contains("042");
            assertThatThrownBy(() -> s.export("secrets", dir.resolve("x.csv"), "csv")).hasMessageContaining("secrets");
        }
    }

    @Test
    void lists_are_capped() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            assertThat(s.events(null, 1_000_000, 0)).hasSize(1);
            assertThat(s.events(null, 10, 5)).isEmpty();
        }
    }
}
