package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.model.ActorMention;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real DuckDB file in a temporary folder; articles and events made by hand. */
class StoreTest {

    @TempDir
    Path dir;

    @Test
    void storing_an_article_twice_changes_nothing() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            CodedArticle a = Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example");
            assertThat(s.put(a)).isEqualTo(Store.Put.STORED);
            assertThat(s.put(a)).isEqualTo(Store.Put.ALREADY_STORED);
            assertThat(s.counts()).isEqualTo(new Store.Counts(1, 1, 1, 1, 1, 1));
        }
    }

    @Test
    void reports_of_one_event_roll_up_into_one_event_with_counts() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            s.put(Reports.report("Talks in Lima", "On Monday Chile began a visit to Peru, officials said.", "two.example"));
            // a syndicated copy: another site, same story
            CodedArticle copy = Reports.report("Chile minister in Lima (copy)", "Chile sent its minister to visit Peru.", "three.example");
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
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
        }
        try (Store s = Store.open(f)) {
            assertThat(s.counts().articles()).isEqualTo(1);
        }
    }

    @Test
    void a_failed_write_leaves_nothing_of_the_article() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            CodedArticle good = Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example");
            // an actor mention without an actor is a programmer error: the write fails half way
            CodedArticle bad = new CodedArticle(good.annotated(), List.of(new ActorMention(new Span(0, 1), "x", 0, null, "name")),
                    good.events(), good.quotes(), good.places(), List.of());
            assertThatThrownBy(() -> s.put(bad)).isInstanceOf(NullPointerException.class);
            assertThat(s.has(good.article().id())).isFalse();
            assertThat(s.counts().eventMentions()).isZero();
            assertThat(s.put(good)).isEqualTo(Store.Put.STORED);
        }
    }

    @Test
    void a_write_the_database_refuses_half_way_is_rolled_back_whole() throws Exception {
        try (Store s = Store.open(dir.resolve("r.duckdb"))) {
            CodedArticle first = Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example");
            assertThat(s.put(first)).isEqualTo(Store.Put.STORED);
            // a second article whose event reuses the first one's event id: the article row is
            // written, then the events table refuses the duplicate key
            CodedArticle other = Reports.report("Talks in Lima", "On Monday Chile began a visit to Peru.", "two.example");
            Event e = other.events().get(0);
            Event clash = new Event(first.events().get(0).id(), e.article(), e.sentence(), e.root(), e.headline(), e.code(),
                    e.plover(), e.quad(), e.goldstein(), e.mode(), e.attribution(), e.source(), e.target(), e.trigger(),
                    e.date(), e.historical(), e.place(), e.confidence());
            CodedArticle bad = new CodedArticle(other.annotated(), other.actors(), List.of(clash), other.quotes(),
                    other.places(), List.of());
            assertThatThrownBy(() -> s.put(bad)).isInstanceOf(java.sql.SQLException.class);
            assertThat(s.has(other.article().id())).isFalse();
            assertThat(s.counts()).isEqualTo(new Store.Counts(1, 1, 1, 1, 1, 1));
            // the store keeps working after the failure
            assertThat(s.put(other)).isEqualTo(Store.Put.STORED);
            assertThat(s.counts().articles()).isEqualTo(2);
            assertThat(s.counts().actorMentions()).isEqualTo(2);
        }
    }

    @Test
    void exports_parquet_and_csv() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
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
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            assertThat(s.events(null, 1_000_000, 0)).hasSize(1);
            assertThat(s.events(null, 10, 5)).isEmpty();
        }
    }

    @Test
    void queries_filter_by_root_mode_and_dates_and_count_all_pages() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            assertThat(s.countEvents(new Store.EventQuery(null, "04", "asserted", "2024-03", "2024-03-04", 0, 0))).isEqualTo(1);
            assertThat(s.countEvents(new Store.EventQuery(null, "04", null, "2024", "2024", 10, 0))).isEqualTo(1);
            assertThat(s.countEvents(new Store.EventQuery(null, "19", null, null, null, 10, 0))).isZero();
            assertThat(s.countEvents(new Store.EventQuery(null, null, "negated", null, null, 10, 0))).isZero();
            assertThat(s.countEvents(new Store.EventQuery(null, null, null, "2024-03-05", null, 10, 0))).isZero();
            assertThat(s.countEvents(new Store.EventQuery(null, null, null, null, "2024-03-03", 10, 0))).isZero();
        }
    }

    @Test
    void an_article_comes_back_with_everything_coded_in_it() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            CodedArticle a = Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example");
            s.put(a);
            var row = s.article(a.article().id()).orElseThrow();
            assertThat(row.get("text")).isEqualTo(a.article().text());
            assertThat((java.util.List<?>) row.get("events")).hasSize(1);
            assertThat((java.util.List<?>) row.get("actors")).hasSize(1);
            assertThat((java.util.List<?>) row.get("quotes")).hasSize(1);
            assertThat((java.util.List<?>) row.get("places")).hasSize(1);
            assertThat(s.article("nope")).isEmpty();
            assertThat(s.articles(10, 0)).singleElement().satisfies(r -> assertThat(((Number) r.get("events")).intValue()).isEqualTo(1));
            assertThat(s.places(10)).singleElement().satisfies(r -> assertThat(r.get("name")).isEqualTo("Lima"));
            var sum = s.summary();
            assertThat(sum.get("events")).isEqualTo(1L);
            assertThat((java.util.List<?>) sum.get("by_country")).hasSize(2);
        }
    }
}
