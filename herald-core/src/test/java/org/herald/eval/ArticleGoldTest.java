package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.herald.events.EventCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article gold ({@code docs/article-gold.md}) is well formed: its codes, types, modes and
 * actor codes are valid, and, where {@code ../shared} is present, every text still hashes to the
 * gold's and every offset lands inside it on word boundaries. The same holds for the second coding of
 * some of its articles ({@code news-articles-second/second.jsonl}), which measures how far two coders
 * agree ("Agreement"), and for every other set under {@code gold/} (the third batch
 * {@code news-articles-third}, the world news set {@code news-articles-world}, ...): each folder's
 * {@code dev.jsonl} is checked, so that a new set is checked without naming it here.
 */
class ArticleGoldTest {

    static final String GOLD = "/org/herald/events/gold/news-articles/dev.jsonl";
    static final String SECOND = "/org/herald/events/gold/news-articles-second/second.jsonl";
    /** The third batch, a set of its own: coded after Herald's rules of stop 25, before Herald saw it. */
    static final String THIRD = "/org/herald/events/gold/news-articles-third/dev.jsonl";
    private static final Set<String> SETS = Set.of("bbc-news", "fundus-news-en", "wcxb-articles", "geowebnews");
    private static final Set<String> MODES = Set.of("asserted", "future", "hypothetical", "negated");
    private static final String ACTOR = "[A-Z-]{3}[A-Z0-9]*";

    static Path gold() throws URISyntaxException {
        return file(GOLD);
    }

    static Path file(String resource) throws URISyntaxException {
        return Path.of(ArticleGoldTest.class.getResource(resource).toURI());
    }

    /** Every gold set's {@code dev.jsonl} under {@code gold/}, and the second coding. */
    static Stream<String> resources() throws Exception {
        Path gold = gold().getParent().getParent();
        List<String> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(gold)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("dev.jsonl"))).sorted()
                    .forEach(d -> out.add("/org/herald/events/gold/" + d.getFileName() + "/dev.jsonl"));
        }
        out.add(SECOND);
        return out.stream();
    }

    @Test
    void every_set_under_gold_is_checked() throws Exception {
        assertThat(resources().toList()).contains(GOLD, SECOND, THIRD);
    }

    private static List<JsonNode> records(String resource) throws Exception {
        return Dataset.at(file(resource)).records();
    }

    @ParameterizedTest
    @MethodSource("resources")
    void every_record_and_event_is_well_formed(String resource) throws Exception {
        EventCoder coder = EventCoder.standard();
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> records = records(resource);
        for (JsonNode r : records) {
            String id = r.path("id").asText("");
            String at = "record " + id + ": ";
            if (id.isEmpty() || !ids.add(id)) {
                errors.add(at + "id missing or repeated");
            }
            if (!SETS.contains(r.path("dataset").asText())) {
                errors.add(at + "dataset '" + r.path("dataset").asText() + "' is none of " + SETS);
            }
            if (!r.path("field").asText().equals("text")) {
                errors.add(at + "offsets index the gold text field 'text'");
            }
            if (!r.path("text_sha256").asText().matches("[0-9a-f]{64}")) {
                errors.add(at + "text_sha256 is not a SHA-256");
            }
            if (!r.path("events").isArray()) {
                errors.add(at + "no events array");
            }
            int n = 0;
            for (JsonNode e : r.path("events")) {
                String where = at + "event " + (++n) + ": ";
                String code = e.path("code").asText();
                var row = coder.cameoCode(code).orElse(null);
                if (row == null) {
                    errors.add(where + "code '" + code + "' is not in cameo.tsv");
                } else {
                    String type = row.plover() == null ? null : row.plover().type();
                    String given = e.path("plover").isNull() ? null : e.path("plover").asText();
                    if (!java.util.Objects.equals(type, given)) {
                        errors.add(where + "PLOVER type " + given + " is not cameo.tsv's " + type + " for " + code);
                    }
                }
                if (!MODES.contains(e.path("mode").asText())) {
                    errors.add(where + "mode '" + e.path("mode").asText() + "'");
                }
                span(e.path("trigger"), false, where + "trigger", errors);
                side(e.path("source"), false, where + "source", errors);
                side(e.path("target"), true, where + "target", errors);
                if (!e.path("attribution").isNull() && !e.path("attribution").asText("").matches(ACTOR)) {
                    errors.add(where + "attribution is not an actor code");
                }
                if (e.has("field") && !e.path("field").asText().equals("title")) {
                    errors.add(where + "an event's own field can only be 'title'");
                }
            }
        }
        assertThat(errors).isEmpty();
        assertThat(records).hasSizeGreaterThanOrEqualTo(resource.equals(SECOND) ? 20 : 40);
    }

    @Test
    void the_third_batch_holds_no_article_of_the_first_two() throws Exception {
        Set<String> first = new HashSet<>();
        records(GOLD).forEach(r -> first.add(r.path("id").asText()));
        List<String> again = new ArrayList<>();
        records(THIRD).forEach(r -> {
            if (first.contains(r.path("id").asText())) {
                again.add(r.path("id").asText());
            }
        });
        assertThat(again).isEmpty();
    }

    private static void side(JsonNode s, boolean optional, String where, List<String> errors) {
        if (s.isNull() || s.isMissingNode()) {
            if (!optional) {
                errors.add(where + " is missing (an event needs a source)");
            }
            return;
        }
        if (!s.path("actor").asText("").matches(ACTOR)) {
            errors.add(where + " actor '" + s.path("actor").asText() + "' is not an actor code");
        }
        span(s.path("span"), true, where + " span", errors);
    }

    private static void span(JsonNode s, boolean optional, String where, List<String> errors) {
        if (s.isNull() && optional) {
            return;
        }
        if (!s.isArray() || s.size() != 2 || !s.get(0).isInt() || !s.get(1).isInt()
                || s.get(0).asInt() < 0 || s.get(0).asInt() >= s.get(1).asInt()) {
            errors.add(where + " is not [start, end) with start < end");
        }
    }

    @ParameterizedTest
    @MethodSource("resources")
    void every_offset_lands_on_word_boundaries_of_the_shared_text(String resource) throws Exception {
        Path shared = ArticleEventsEval.sharedData(gold().getParent());
        assumeTrue(shared != null, "../shared/data is absent: offsets not checked");
        Map<String, Map<String, JsonNode>> sets = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode r : records(resource)) {
            String set = r.path("dataset").asText();
            JsonNode source = sets.computeIfAbsent(set, s -> ArticleEventsEval.index(shared.resolve(s).resolve("dev.jsonl"))).get(r.path("id").asText());
            String at = "record " + r.path("id").asText() + ": ";
            if (source == null) {
                errors.add(at + "not in ../shared/data/" + set);
                continue;
            }
            String text = source.path("text").asText("");
            if (!ArticleEventsEval.sha256(text).equals(r.path("text_sha256").asText())) {
                errors.add(at + "the shared text no longer hashes to text_sha256");
                continue;
            }
            int n = 0;
            for (JsonNode e : r.path("events")) {
                String where = at + "event " + (++n) + " ";
                String t = e.path("field").asText("text").equals("title") ? source.path("title").asText("") : text;
                words(t, e.path("trigger"), where + "trigger", errors);
                words(t, e.path("source").path("span"), where + "source", errors);
                words(t, e.path("target").path("span"), where + "target", errors);
            }
        }
        assertThat(errors).isEmpty();
    }

    /** A span inside the text that cuts no word and neither starts nor ends with a space. */
    private static void words(String text, JsonNode span, String where, List<String> errors) {
        if (!span.isArray()) {
            return;
        }
        int s = span.get(0).asInt();
        int e = span.get(1).asInt();
        if (s < 0 || e > text.length() || s >= e) {
            errors.add(where + " [" + s + ", " + e + ") is out of the text's bounds (" + text.length() + ")");
            return;
        }
        boolean startOk = s == 0 || !word(text.charAt(s - 1)) || !word(text.charAt(s));
        boolean endOk = e == text.length() || !word(text.charAt(e)) || !word(text.charAt(e - 1));
        if (!startOk || !endOk || Character.isWhitespace(text.charAt(s)) || Character.isWhitespace(text.charAt(e - 1))) {
            errors.add(where + " [" + s + ", " + e + ") is not on word boundaries");
        }
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c);
    }
}
