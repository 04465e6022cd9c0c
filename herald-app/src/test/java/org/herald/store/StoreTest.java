package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.herald.model.ActorMention;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Place;
import org.herald.model.ResolvedDate;
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
            assertThat(s.mentions((String) rows.get(0).get("event_key"), 10, 0)).hasSize(3);
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
            assertThat(s.countEvents(filter(null, "04", "asserted", "2024-03", "2024-03-04"))).isEqualTo(1);
            assertThat(s.countEvents(filter(null, "04", null, "2024", "2024"))).isEqualTo(1);
            assertThat(s.countEvents(filter(null, "19", null, null, null))).isZero();
            assertThat(s.countEvents(filter(null, null, "negated", null, null))).isZero();
            assertThat(s.countEvents(filter(null, null, null, "2024-03-05", null))).isZero();
            assertThat(s.countEvents(filter(null, null, null, null, "2024-03-03"))).isZero();
        }
    }

    private static Store.Filter filter(String actor, String root, String mode, String from, String to) {
        return new Store.Filter(actor, null, null, root, mode, null, null, from, to, null);
    }

    private static final Place TOKYO = new Place("Tokyo", 1850147, "JP", "40", 35.69, 139.69, "P", null);

    /** Japan protests (attributed, in Tokyo), China rejects (no target, no place), talks expected in May (month only). */
    private static CodedArticle protest() {
        return Reports.article("Japan protests over ships",
                "Japan summoned the Chinese ambassador, officials in Tokyo said. China rejected the protest. "
                        + "Japan expects talks with China in May.", "news.example",
                new Reports.Act("114", 3, -2.0, "JPNGOV", "Japan", "CHNGOV", "Chinese ambassador",
                        "summoned the Chinese ambassador", Mode.ASSERTED, "officials in Tokyo", null, TOKYO),
                new Reports.Act("120", 3, -4.0, "CHN", "China", null, null, "rejected", Mode.ASSERTED, null, null, null),
                new Reports.Act("040", 1, 1.0, "JPN", "Japan", "CHN", "China in May", "talks", Mode.FUTURE, null,
                        ResolvedDate.parse("2024-05", null), null));
    }

    @Test
    void filters_take_dyads_attribution_places_and_only_events_known_to_fall_in_a_date_range() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(protest());
            assertThat(s.countEvents(Store.Filter.NONE)).isEqualTo(3);
            assertThat(s.countEvents(new Store.Filter("chn", null, null, null, null, null, null, null, null, null))).isEqualTo(3);
            assertThat(s.countEvents(new Store.Filter(null, "JPN", "CHN", null, null, null, null, null, null, null))).isEqualTo(2);
            assertThat(s.countEvents(new Store.Filter(null, "JPNGOV", "CHN", null, null, null, null, null, null, null))).isEqualTo(1);
            assertThat(s.countEvents(new Store.Filter(null, null, null, null, null, true, null, null, null, null))).isEqualTo(1);
            assertThat(s.countEvents(new Store.Filter(null, null, null, null, null, false, null, null, null, null))).isEqualTo(2);
            assertThat(s.countEvents(new Store.Filter(null, null, null, null, null, null, "tokyo", null, null, null))).isEqualTo(1);
            // known only to May: in May, not in 10-20 May
            assertThat(s.countEvents(filter(null, null, null, "2024-05", "2024-05"))).isEqualTo(1);
            assertThat(s.countEvents(filter(null, null, null, "2024-05-01", "2024-05-31"))).isEqualTo(1);
            assertThat(s.countEvents(filter(null, null, null, "2024-05-10", "2024-05-20"))).isZero();
            assertThat(s.countEvents(filter(null, null, null, null, "2024-04"))).isEqualTo(2);
            assertThatThrownBy(() -> filter(null, null, null, "2024-13", null)).hasMessageContaining("2024-13");
        }
    }

    @Test
    void the_timeline_counts_by_quad_and_keeps_coarser_dates_apart() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(protest());
            Map<String, Object> days = s.timeline(Store.Filter.NONE, Store.Bin.DAY, Store.MAX_ROWS);
            assertThat(days.get("bin")).isEqualTo("day");
            assertThat(rows(days, "bins")).singleElement().satisfies(b -> {
                assertThat(b.get("start")).isEqualTo("2024-03-04");
                assertThat(((Number) b.get("quad3")).intValue()).isEqualTo(2);
                assertThat(((Number) b.get("goldstein")).doubleValue()).isEqualTo(-3.0);
            });
            assertThat(rows(days, "spans")).singleElement().satisfies(b -> {
                assertThat(b.get("period")).isEqualTo("2024-05");
                assertThat(b.get("precision")).isEqualTo("month");
                assertThat(b.get("last")).isEqualTo("2024-05-31");
            });
            Map<String, Object> months = s.timeline(Store.Filter.NONE, Store.Bin.MONTH, Store.MAX_ROWS);
            assertThat(rows(months, "bins")).extracting(b -> b.get("start")).containsExactly("2024-03-01", "2024-05-01");
            assertThat(rows(months, "spans")).isEmpty();
            assertThat(s.timeline(Store.Filter.NONE, Store.Bin.DAY, 20).get("bin")).isEqualTo("week");
        }
    }

    @Test
    void the_network_joins_actors_at_the_chosen_level() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(protest());
            Map<String, Object> countries = s.network(Store.Filter.NONE, false, 10);
            assertThat(rows(countries, "nodes")).extracting(n -> n.get("id")).containsExactlyInAnyOrder("JPN", "CHN");
            assertThat(rows(countries, "edges")).singleElement().satisfies(e -> {
                assertThat(e.get("source")).isEqualTo("JPN");
                assertThat(e.get("target")).isEqualTo("CHN");
                assertThat(((Number) e.get("events")).intValue()).isEqualTo(2);
                assertThat(((Number) e.get("goldstein")).doubleValue()).isEqualTo(-0.5);
            });
            assertThat(((Number) countries.get("dyadic_events")).intValue()).isEqualTo(2);
            Map<String, Object> roles = s.network(Store.Filter.NONE, true, 10);
            assertThat(rows(roles, "edges")).extracting(e -> e.get("source") + ">" + e.get("target"))
                    .containsExactlyInAnyOrder("JPNGOV>CHNGOV", "JPN>CHN");
            assertThat(rows(s.network(Store.Filter.NONE, true, 1), "nodes")).hasSize(1);
        }
    }

    @Test
    void places_and_facets_count_what_the_map_cannot_show() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            s.put(protest());
            Map<String, Object> places = s.places(Store.Filter.NONE, 10);
            assertThat(rows(places, "places")).singleElement().satisfies(p -> assertThat(p.get("name")).isEqualTo("Tokyo"));
            assertThat(places.get("unplaced")).isEqualTo(2L);
            Map<String, Object> facets = s.facets(Store.Filter.NONE);
            assertThat(facets.get("events")).isEqualTo(3L);
            assertThat(facets.get("attributed")).isEqualTo(1L);
            assertThat(rows(facets, "by_root")).extracting(r -> r.get("key")).containsExactly("04", "11", "12");
        }
    }

    @Test
    void a_report_marks_its_attribution_where_its_words_are() throws Exception {
        try (Store s = Store.open(dir.resolve("h.duckdb"))) {
            CodedArticle a = protest();
            s.put(a);
            String key = (String) s.events(new Store.EventQuery(
                    new Store.Filter(null, null, null, "11", null, null, null, null, null, null), 1, 0)).get(0).get("event_key");
            var m = s.mentions(key, 10, 0).get(0);
            String text = a.article().text();
            assertThat(text.substring((Integer) m.get("attribution_start"), (Integer) m.get("attribution_end")))
                    .isEqualTo("officials in Tokyo");
            assertThat(Store.locate("a b a", "a", 3)).containsExactly(4, 5);
            assertThat(Store.locate("a b a", "c", 3)).isNull();
        }
    }

    @Test
    void search_finds_articles_by_their_words_and_filters_events_by_it() throws Exception {
        Path f = dir.resolve("h.duckdb");
        try (Store s = Store.open(f)) {
            s.put(protest());
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
            Map<String, Object> found = s.search("ambassadors", 10, 0);
            assertThat(found.get("total")).isEqualTo(1L);
            assertThat(rows(found, "hits")).singleElement().satisfies(h -> {
                assertThat(h.get("title")).isEqualTo("Japan protests over ships");
                assertThat((List<?>) h.get("events")).hasSize(3);
                @SuppressWarnings("unchecked")
                Map<String, Object> sn = (Map<String, Object>) h.get("snippet");
                int[] mark = ((List<int[]>) sn.get("marks")).get(0);
                assertThat(((String) sn.get("text")).substring(mark[0], mark[1])).isEqualTo("ambassador");
            });
            assertThat(s.search("\"visit Peru\"", 10, 0).get("total")).isEqualTo(1L);
            assertThat(s.search("nothing-like-this", 10, 0).get("total")).isEqualTo(0L);
            assertThat(s.countEvents(new Store.Filter(null, null, null, null, null, null, null, null, null, "ambassador"))).isEqualTo(3);
            assertThat(s.countEvents(new Store.Filter(null, null, null, null, null, null, null, null, null, "Peru"))).isEqualTo(1);
            assertThat(s.countEvents(new Store.Filter(null, null, null, null, null, null, null, null, null, "zebra"))).isZero();
        }
    }

    @Test
    void the_search_index_is_rebuilt_when_missing_or_not_of_this_store() throws Exception {
        Path f = dir.resolve("h.duckdb");
        try (Store s = Store.open(f)) {
            s.put(protest());
        }
        deleteTree(Store.searchFolder(f));
        try (Store s = Store.open(f)) {
            assertThat(s.search("ambassador", 10, 0).get("total")).isEqualTo(1L);
        }
        // another store's index under this one's name: rebuilt from this store
        Path g = dir.resolve("g.duckdb");
        try (Store s = Store.open(g)) {
            s.put(Reports.report("Chile minister in Lima", "Chile sent its minister to visit Peru.", "one.example"));
        }
        deleteTree(Store.searchFolder(f));
        copyTree(Store.searchFolder(g), Store.searchFolder(f));
        try (Store s = Store.open(f)) {
            assertThat(s.search("Peru", 10, 0).get("total")).isEqualTo(0L);
            assertThat(s.search("ambassador", 10, 0).get("total")).isEqualTo(1L);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        try (var files = Files.walk(p)) {
            for (Path x : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path x : files.toList()) {
                if (x.getFileName().toString().equals("write.lock")) {
                    continue;
                }
                Files.copy(x, to.resolve(from.relativize(x).toString()));
            }
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
            assertThat(rows(s.places(Store.Filter.NONE, 10), "places")).singleElement()
                    .satisfies(r -> assertThat(r.get("name")).isEqualTo("Lima"));
            var sum = s.summary();
            assertThat(sum.get("events")).isEqualTo(1L);
            assertThat((java.util.List<?>) sum.get("by_country")).hasSize(2);
        }
    }
}
