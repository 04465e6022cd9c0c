package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Outcome;
import org.herald.model.Participant;
import org.herald.model.RawDocument;
import org.herald.pipeline.Batch;
import org.herald.pipeline.Pipeline;

/**
 * The article gold ({@code docs/article-gold.md}): events a person coded over whole real news
 * articles, scored against every event {@code herald code} prints for the same article. Herald
 * runs the user's chain ({@link Pipeline}): a saved HTML page goes through extract and code, a
 * bbc-news item is coded as its headline and paragraphs; the article texts come from the shared
 * data sets the gold names ({@code ../shared/data}), the gold itself holds only ids, offsets and
 * codes. Events are matched per article as a multiset of keys (root + source and target
 * countries, and the stricter and looser keys the guide lists), in the guide's factual view.
 */
final class ArticleEventsEval {

    /** The confidence of the second set of figures ({@code .c50}), as the other sets are scored. */
    static final double C50 = 0.5;

    /** What two events are compared by. */
    enum Level {
        ROOT_COUNTRY("root.country"), CODE_COUNTRY("code.country"), ROOT_ONLY("root.only"), WITH_MODE("root.country.mode"),
        // one side at a time, to tell in aggregate which side a part loses (a joint act keeps both)
        ROOT_SOURCE("root.source"), ROOT_TARGET("root.target");

        final String metric;

        Level(String metric) {
            this.metric = metric;
        }
    }

    /** One event as it is compared: its code and quad, mode, the countries of its sides, whether it is mutual. */
    record Coded(String code, int quad, Mode mode, String source, String target, boolean mutual, double confidence, String text,
                 boolean background) {
    }

    /** A key of the multiset match; empty fields where a level ignores them. */
    record Key(String code, String source, String target, String mode) {
        Key unordered() {
            return source.compareTo(target) <= 0 ? this : new Key(code, target, source, mode);
        }

        @Override
        public String toString() {
            return code + " " + source + ">" + target + (mode.isEmpty() ? "" : " " + mode);
        }
    }

    static boolean accepts(Dataset dataset) {
        try {
            JsonNode first = dataset.first();
            return first != null && first.has("events") && first.has("text_sha256") && first.has("dataset");
        } catch (IOException e) {
            return false;
        }
    }

    private final EventCoder coder = EventCoder.standard();

    Report run(Dataset ds, EvalContext ctx) throws IOException {
        List<String> notes = new ArrayList<>();
        Path shared = sharedData(ds.folder());
        if (shared == null) {
            notes.add("../shared/data is absent: the article texts are not there, nothing scored");
            return new Report("events", ds.name(), 0, Map.of(), notes);
        }
        PrintStream detail = ctx.detail(); // null on a check part: its cases are never shown
        Pipeline pipeline = Pipeline.standard();
        // each article under the time limit herald run codes it with: one that hangs is a failure, not a hung eval
        Batch<CodedArticle> batch = Batch.coding(pipeline, Batch.Options.defaults().withLanes(1));
        Map<String, Map<String, JsonNode>> sources = new HashMap<>();
        long unsourcedBefore = coder.unsourced(); // the pipeline's coder is the standard one
        Map<String, Long> kindsBefore = coder.unsourcedByKind();
        Tally tally = new Tally();
        List<String> failed = new ArrayList<>();
        int stale = 0;
        int background = 0;
        Coverage coverage = new Coverage();
        for (JsonNode r : ds.records()) {
            if (ctx.limit() > 0 && tally.articles >= ctx.limit()) {
                break;
            }
            String id = r.path("id").asText();
            String set = r.path("dataset").asText();
            JsonNode source = sources.computeIfAbsent(set, s -> index(shared.resolve(s).resolve("dev.jsonl"))).get(id);
            if (source == null) {
                failed.add(id + ": not in " + set + "/dev.jsonl");
                continue;
            }
            if (!sha256(source.path(r.path("field").asText("text")).asText("")).equals(r.path("text_sha256").asText())) {
                stale++; // the keys still score; only the offsets no longer point at the words
            }
            Outcome<Article> article = article(pipeline, shared.resolve(set), source);
            Outcome<CodedArticle> coded = article instanceof Outcome.Ok<Article> ok ? batch.one(ok.value())
                    : Outcome.failed(article.problem());
            List<Coded> predicted = List.of();
            if (coded instanceof Outcome.Ok<CodedArticle> done) {
                predicted = predictions(done.value().events());
                background += (int) predicted.stream().filter(Coded::background).count();
                coverage.add(done.value().annotated(), done.value().actors(), r, source);
            } else {
                failed.add(id + ": " + coded.problem());
            }
            List<Coded> gold = gold(r);
            tally.add(predicted, gold);
            if (detail != null) {
                detail.println(id + " gold=" + keys(gold, gold, Level.ROOT_COUNTRY) + " herald=" + shown(predicted));
            }
        }
        if (!failed.isEmpty()) {
            notes.add(failed.size() + " articles scored as no events (not found or not coded)"
                    + (detail != null ? ": " + failed : ""));
        }
        notes.add(tally.articles + " articles, " + tally.goldEvents + " gold events ("
                + (int) (tally.main().tp() + tally.main().fn()) + " in the factual view), "
                + (int) (tally.main().tp() + tally.main().fp()) + " Herald events after repeats are rolled up, "
                + tally.lines + " lines printed in the factual view");
        notes.add("wrong events at root + countries by kind: " + tally.wrongKinds);
        Map<String, Long> unsourcedKinds = new java.util.TreeMap<>();
        coder.unsourcedByKind().forEach((k, n) -> {
            if (n - kindsBefore.getOrDefault(k, 0L) > 0) {
                unsourcedKinds.put(k, n - kindsBefore.getOrDefault(k, 0L));
            }
        });
        notes.add((coder.unsourced() - unsourcedBefore) + " acts with a target but no source actor not coded (no event without a source): "
                + unsourcedKinds);
        notes.add("gold events (factual view) in sentences Herald did not parse: " + coverage.unparsed + " of " + coverage.placed
                + " placed in its text (" + coverage.noActor + " with no actor, " + coverage.privateOnly + " with private persons"
                + " only, " + coverage.noTrigger + " with no trigger word); " + coverage.unplaced + " not placed");
        notes.add(background + " printed events the times stage marks historical (background: dated more than a year"
                + " before the article, or habitual) left out of every view, neither right nor wrong");
        notes.add("factual view: asserted and future events, a future one as 03 (co-operative) or 13 (conflictual);"
                + " every printed event counts whatever its confidence (.c50: confidence >= " + C50 + ");"
                + " mutual acts unordered; see docs/article-gold.md");
        if (stale > 0) {
            notes.add(stale + " article texts no longer hash to the gold's text_sha256: run ArticleGoldTest");
        }
        return new Report("events", ds.name(), tally.articles, tally.metrics(), notes);
    }

    /**
     * Where the gold events fall in Herald's own annotation: how many lie in sentences the pipeline
     * did not parse (it parses only sentences with an actor and a trigger word, docs/annotate.md),
     * so that no rule of the events stage could code them. A gold trigger is placed by finding
     * Herald's sentences in the gold's text (letters and digits only, in order), since the offsets
     * index the data set's field and Herald extracts its own text. Counts only, for either part.
     */
    private final class Coverage {
        int placed;
        int unplaced;
        int unparsed;
        int noActor;
        int privateOnly;
        int noTrigger;

        void add(org.herald.model.Annotated a, List<org.herald.model.ActorMention> actors, JsonNode record, JsonNode source) {
            int[] body = null;
            int[] title = null;
            for (JsonNode e : record.path("events")) {
                Mode m = mode(e.path("mode").asText());
                if (m != Mode.ASSERTED && m != Mode.FUTURE) {
                    continue;
                }
                boolean inTitle = e.path("field").asText("").equals("title");
                if (inTitle && title == null) {
                    title = sentenceAt(a, source.path("title").asText(""));
                } else if (!inTitle && body == null) {
                    body = sentenceAt(a, source.path(record.path("field").asText("text")).asText(""));
                }
                int[] at = inTitle ? title : body;
                int start = e.path("trigger").path(0).asInt(-1);
                int si = start >= 0 && start < at.length ? at[start] : -1;
                if (si < 0) {
                    unplaced++;
                    continue;
                }
                placed++;
                org.herald.model.Sentence s = a.sentences().get(si);
                if (s.parsed()) {
                    continue;
                }
                unparsed++;
                boolean any = false;
                boolean political = false;
                for (org.herald.model.ActorMention am : actors) {
                    if (am.sentence() == si) {
                        any = true;
                        political |= !am.actor().roles().equals(List.of("CVL"));
                    }
                }
                if (!any) {
                    noActor++;
                } else if (!political) {
                    privateOnly++;
                } else if (!coder.mayCode(s)) {
                    noTrigger++;
                }
            }
        }
    }

    /** For each offset of {@code text}, the index of Herald's sentence found there, or -1. */
    static int[] sentenceAt(org.herald.model.Annotated a, String text) {
        int[] out = new int[text.length()];
        java.util.Arrays.fill(out, -1);
        StringBuilder letters = new StringBuilder();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(Character.toLowerCase(c));
                where.add(i);
            }
        }
        String g = letters.toString();
        int from = 0;
        for (org.herald.model.Sentence s : a.sentences()) {
            String st = s.span().of(a.text());
            StringBuilder sn = new StringBuilder();
            for (int i = 0; i < st.length(); i++) {
                char c = st.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    sn.append(Character.toLowerCase(c));
                }
            }
            if (sn.length() < 3) {
                continue;
            }
            int at = g.indexOf(sn.toString(), from);
            if (at < 0) {
                at = g.indexOf(sn.toString()); // a headline the body repeats, text moved by extraction
            }
            if (at < 0) {
                continue;
            }
            for (int k = where.get(at); k <= where.get(at + sn.length() - 1); k++) {
                out[k] = s.index();
            }
            from = at + sn.length();
        }
        return out;
    }

    /** The sums over the articles of a part. */
    private static final class Tally {
        final Map<Level, Score> byLevel = new LinkedHashMap<>();
        Score c50 = Score.ZERO;
        int articles;
        int goldEvents;
        int lines;
        int rightLines;
        final Map<String, Integer> wrongKinds = new java.util.TreeMap<>();

        void add(List<Coded> predicted, List<Coded> gold) {
            articles++;
            goldEvents += gold.size();
            for (Level level : Level.values()) {
                byLevel.merge(level, score(keys(predicted, gold, level), keys(gold, gold, level)), Score::plus);
            }
            List<Coded> sure = predicted.stream().filter(e -> e.confidence() >= C50).toList();
            List<Key> goldKeys = keys(gold, gold, Level.ROOT_COUNTRY);
            wrongKinds(keys(predicted, gold, Level.ROOT_COUNTRY), goldKeys).forEach((k, n) -> wrongKinds.merge(k, n, Integer::sum));
            c50 = c50.plus(score(keys(sure, gold, Level.ROOT_COUNTRY), goldKeys));
            for (Key k : keys(predicted, gold, Level.ROOT_COUNTRY)) {
                lines++;
                rightLines += goldKeys.contains(k) ? 1 : 0;
            }
        }

        Score main() {
            return byLevel.getOrDefault(Level.ROOT_COUNTRY, Score.ZERO);
        }

        Map<String, Double> metrics() {
            Map<String, Double> m = new LinkedHashMap<>();
            for (Map.Entry<Level, Score> e : byLevel.entrySet()) {
                Report.put(m, e.getKey().metric, e.getValue());
            }
            Report.put(m, "root.country.c50", c50);
            m.put("mention.p", lines == 0 ? 1 : rightLines / (double) lines);
            return m;
        }
    }

    // ---- the two sides of the comparison

    /** The gold events of a record (validated by ArticleGoldTest). */
    List<Coded> gold(JsonNode record) {
        List<Coded> out = new ArrayList<>();
        for (JsonNode e : record.path("events")) {
            String code = e.path("code").asText();
            var row = coder.cameoCode(code);
            out.add(new Coded(code, row.map(EventCoder.CameoCode::quad).orElse(0), mode(e.path("mode").asText()),
                    EventsEval.country(e.path("source").path("actor").asText("")),
                    EventsEval.country(e.path("target").path("actor").asText("")),
                    e.path("mutual").asBoolean(false) || coder.symmetric(code), 1, "", false));
        }
        return out;
    }

    /** Every event Herald printed. */
    List<Coded> predictions(List<Event> events) {
        List<Coded> out = new ArrayList<>();
        for (Event e : events) {
            out.add(new Coded(e.code(), e.quad(), e.mode(), EventsEval.country(actor(e.source())),
                    EventsEval.country(actor(e.target())), coder.symmetric(e.code()), e.confidence(),
                    e.trigger() == null ? "" : e.trigger().text(), e.historical()));
        }
        return out;
    }

    private static String actor(Participant p) {
        return p == null || p.actor() == null ? "" : p.actor().code();
    }

    static Mode mode(String json) {
        for (Mode m : Mode.values()) {
            if (m.json().equals(json)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no mode '" + json + "'");
    }

    // ---- keys and the match

    /** An event's key at a level; null where the level's view leaves it out (hypothetical, negated). */
    static Key key(Coded e, Level level) {
        if (e.background()) {
            return null; // the times stage's background (historical): the guide leaves it out
        }
        String code = e.code();
        if (level != Level.WITH_MODE) {
            if (e.mode() == Mode.HYPOTHETICAL || e.mode() == Mode.NEGATED) {
                return null;
            }
            if (e.mode() == Mode.FUTURE) {
                code = e.quad() <= 2 ? "03" : "13"; // intent to co-operate (AGREE) or threat
            }
        }
        String root = code.substring(0, 2);
        return switch (level) {
            case ROOT_COUNTRY -> new Key(root, e.source(), e.target(), "");
            case CODE_COUNTRY -> new Key(code, e.source(), e.target(), "");
            case ROOT_ONLY -> new Key(root, "", "", "");
            case WITH_MODE -> new Key(root, e.source(), e.target(), e.mode().json());
            case ROOT_SOURCE -> new Key(root, e.source(), "", "");
            case ROOT_TARGET -> new Key(root, "", e.target(), "");
        };
    }

    /**
     * The keys of events at a level. A mutual event's countries are put in order; so are those of
     * an event whose code is not mutual by itself when the gold codes the same act between the same
     * two countries as a joint one ("Egypt handed back" for "both exchanged").
     */
    static List<Key> keys(List<Coded> events, List<Coded> gold, Level level) {
        boolean oneSide = level == Level.ROOT_SOURCE || level == Level.ROOT_TARGET;
        Set<Key> jointInGold = new HashSet<>();
        for (Coded g : gold) {
            Key k = key(g, oneSide ? Level.ROOT_COUNTRY : level);
            if (k != null && g.mutual()) {
                jointInGold.add(k.unordered());
            }
        }
        List<Key> out = new ArrayList<>();
        for (Coded e : events) {
            Key k = key(e, level);
            if (k != null && oneSide && (e.mutual() || jointInGold.contains(key(e, Level.ROOT_COUNTRY).unordered()))) {
                k = key(e, Level.ROOT_COUNTRY); // a joint act has no first side: both are compared
            }
            if (k != null) {
                out.add(e.mutual() || jointInGold.contains(k.unordered()) ? k.unordered() : k);
            }
        }
        return out;
    }

    /**
     * The multiset match: a key Herald gives more often than the gold counts as right up to the
     * gold's count, the rest neither right nor wrong (repeated reports of one act); a key the gold
     * lacks counts as one wrong event however often it is given.
     */
    static Score score(List<Key> predicted, List<Key> gold) {
        Map<Key, Integer> p = counts(predicted);
        Map<Key, Integer> g = counts(gold);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<Key, Integer> e : p.entrySet()) {
            int want = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(want, e.getValue());
            fp += want == 0 ? 1 : 0;
        }
        return new Score(tp, fp, gold.size() - tp);
    }

    /**
     * What was wrong with the wrong events, in aggregate (a check part may be told no more): each
     * Herald key the gold lacks is set against a missed gold key of the same root that shares one
     * side, and the other side is named missing ({@code ---} for a country the gold gives), added
     * (a country where the gold has none) or another country; the rest share no side with a missed
     * gold event of their root, or have no gold event of their root left at all.
     */
    static Map<String, Integer> wrongKinds(List<Key> predicted, List<Key> gold) {
        Map<Key, Integer> missed = new LinkedHashMap<>(counts(gold));
        List<Key> wrong = new ArrayList<>();
        for (Map.Entry<Key, Integer> e : counts(predicted).entrySet()) {
            int want = missed.getOrDefault(e.getKey(), 0);
            if (want == 0) {
                wrong.add(e.getKey());
            }
            missed.merge(e.getKey(), -Math.min(want, e.getValue()), Integer::sum);
        }
        missed.values().removeIf(n -> n <= 0);
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (Key p : wrong) {
            Key sameSource = first(missed, g -> g.code().equals(p.code()) && g.source().equals(p.source()));
            Key sameTarget = sameSource != null ? null : first(missed, g -> g.code().equals(p.code()) && g.target().equals(p.target()));
            String kind;
            Key g;
            if (sameSource != null) {
                g = sameSource;
                kind = "target " + side(p.target(), g.target());
            } else if (sameTarget != null) {
                g = sameTarget;
                kind = "source " + side(p.source(), g.source());
            } else if ((g = first(missed, k -> k.code().equals(p.code()))) != null) {
                kind = "both sides";
            } else if ((g = first(missed, k -> k.source().equals(p.source()) && k.target().equals(p.target()))) != null) {
                kind = "root " + p.code() + " for gold " + g.code();
            } else {
                kind = "no gold event of root " + p.code();
            }
            if (g != null) {
                missed.merge(g, -1, Integer::sum);
                missed.values().removeIf(n -> n <= 0);
            }
            kinds.merge(kind, 1, Integer::sum);
        }
        missed.forEach((g, n) -> kinds.merge("gold root " + g.code() + " not found", n, Integer::sum));
        return kinds;
    }

    private static String side(String herald, String gold) {
        return herald.equals("---") ? "missing" : gold.equals("---") ? "added" : "another country";
    }

    private static Key first(Map<Key, Integer> keys, java.util.function.Predicate<Key> test) {
        return keys.keySet().stream().filter(test).findFirst().orElse(null);
    }

    private static Map<Key, Integer> counts(List<Key> keys) {
        Map<Key, Integer> m = new LinkedHashMap<>();
        for (Key k : keys) {
            m.merge(k, 1, Integer::sum);
        }
        return m;
    }

    private static List<String> shown(List<Coded> predicted) {
        List<String> out = new ArrayList<>();
        for (Coded e : predicted) {
            out.add(e.code() + " " + e.source() + ">" + e.target() + " " + e.mode().json() + (e.background() ? " background" : "")
                    + " \"" + e.text() + "\" "
                    + String.format(java.util.Locale.ROOT, "%.2f", e.confidence()));
        }
        return out;
    }

    // ---- the articles, as a user would give them to herald code

    static Outcome<Article> article(Pipeline pipeline, Path set, JsonNode r) {
        String id = r.path("id").asText();
        if (r.has("html_file")) {
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(set.resolve(r.path("html_file").asText())))) {
                html = in.readAllBytes();
            } catch (IOException e) {
                return Outcome.failed(new org.herald.model.Problem(id, org.herald.model.Problem.Code.INGEST_UNREADABLE, null,
                        "cannot read the saved page: " + e.getMessage()));
            }
            String url = r.path("url").isTextual() ? r.path("url").asText() : null;
            return pipeline.extract(new RawDocument(r.path("html_file").asText(), html, "text/html", null, url,
                    Instant.EPOCH, RawDocument.Hints.NONE));
        }
        // a clean text set (bbc-news): the headline, then the paragraphs, as herald code reads a text file
        Article.Builder b = Article.builder().origin(id).headline(r.path("title").asText(""));
        for (String p : r.path("text").asText("").split("\n\\s*\n")) {
            b.paragraph(p);
        }
        return Outcome.ok(b.build());
    }

    /** {@code ../shared/data} seen from the gold's folder or one of its parents (the work tree sits beside shared). */
    static Path sharedData(Path from) {
        for (Path p = from.toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("../shared/data").normalize();
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    /** The records of a shared set by id (none where the file is absent). */
    static Map<String, JsonNode> index(Path file) {
        Map<String, JsonNode> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (JsonNode r : Dataset.at(file).records()) {
                out.put(r.path("id").asText(), r);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
