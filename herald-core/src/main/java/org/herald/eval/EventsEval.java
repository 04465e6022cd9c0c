package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herald.actors.ActorResolver;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Participant;
import org.herald.model.Precision;
import org.herald.pipeline.Pipeline;
import org.herald.model.ResolvedDate;

/**
 * Task {@code events}: scores the event coder on CAMEO and PLOVER gold sets, the PETRARCH unit
 * tests, and, on a general news set, how much it codes in sport, entertainment and tech stories.
 *
 * <p>Herald's events are turned into the gold sets' convention before scoring: events whose mode is
 * hypothetical are left out (CAMEO coders do not code them); a negated cooperative event (roots 03
 * to 08) counts as a rejection (root 12), as PETRARCH codes "would not provide"; an event whose
 * code the CAMEO table marks mutual is counted in both directions; events below
 * {@link #MIN_CONFIDENCE} are left out, and so, for the CAMEO sets, are events with a side missing
 * or only implied, named by no words (CAMEO codes dyads of named actors; every gold event has both); an act of violence (roots 18 to 20)
 * attributed to someone other than its source also counts as that speaker's accusation (112) of
 * the source, and one attributed to its own source as a claim of responsibility (015), as CAMEO
 * codes reports of violence. For the PLOVER set, whose coders code intentions as AGREE, a cooperative event in the
 * future mode counts as AGREE, an event that another record of the same sentence codes is neither
 * right nor wrong, and so is a second event of the gold's type within its (compound) sides, since
 * PLOVER keeps a compound actor in one event. Actors are compared at country level: the first three letters of the
 * code, {@code ---} when unknown.
 */
public final class EventsEval implements EvalTask {

    /** Events below this confidence are not counted (embedded or one-sided guesses). */
    public static final double MIN_CONFIDENCE = 0.5;
    /** Articles per category scored on a news set when no limit is given. */
    public static final int NOISE_SAMPLE = 40;

    private static final List<String> NOISE_CATEGORIES = List.of("sport", "entertainment", "tech");

    @Override
    public String name() {
        return "events";
    }

    @Override
    public boolean accepts(Dataset dataset) {
        String n = dataset.name();
        return n.startsWith("petrarch2-gsr") || n.startsWith("plover-gsr-cameo") || n.startsWith("petrarch-unittest")
                || n.startsWith("bbc-news") || ArticleEventsEval.accepts(dataset);
    }

    @Override
    public Report run(Dataset dataset, EvalContext ctx) throws IOException {
        String n = dataset.name();
        if (ArticleEventsEval.accepts(dataset)) {
            return new ArticleEventsEval().run(dataset, ctx); // the article gold, docs/article-gold.md
        }
        if (n.startsWith("plover")) {
            return plover(dataset, ctx);
        }
        if (n.startsWith("petrarch-unittest")) {
            return unitTests(dataset, ctx);
        }
        if (n.startsWith("bbc-news")) {
            return noise(dataset, ctx);
        }
        return cameo(dataset, ctx);
    }

    // ---- conventions

    /** One event as the gold sets write it: codes of source and target, and the event code. */
    record Dyad(String source, String target, String code) {
        Dyad root() {
            return new Dyad(source, target, code.substring(0, Math.min(2, code.length())));
        }

        Dyad countries() {
            return new Dyad(country(source), country(target), code);
        }
    }

    static String country(String code) {
        if (code == null || code.isBlank()) {
            return "---";
        }
        String c = code.replace("\"", "").strip();
        c = c.length() <= 3 ? c : c.substring(0, 3);
        return ActorsEval.norm(c); // the gold writes some old CAMEO codes (JAP, ITL, VTN): scored as ISO
    }

    private static String actorCode(Participant p) {
        return p == null || p.actor() == null ? "" : p.actor().code();
    }

    private static boolean named(Participant p) {
        return p.span().length() > 0;
    }

    /** Herald's events in the CAMEO coders' convention (see the class comment). */
    static List<Dyad> cameoView(List<Event> events, EventCoder coder) {
        List<Dyad> out = new ArrayList<>();
        for (Event e : events) {
            if (e.confidence() < MIN_CONFIDENCE || e.mode() == Mode.HYPOTHETICAL) {
                continue;
            }
            String code = e.code();
            if (e.mode() == Mode.NEGATED) {
                int root = Integer.parseInt(code.substring(0, 2));
                if (root < 3 || root > 8) {
                    continue;
                }
                code = "120";
            }
            String s = actorCode(e.source());
            String t = actorCode(e.target());
            // CAMEO codes dyads of named actors: an event with a side missing, or only implied
            // (a participant no words name, docs/events.md), is not one
            boolean dyadic = !s.isEmpty() && !t.isEmpty() && named(e.source()) && named(e.target());
            if (dyadic) {
                out.add(new Dyad(s, t, code));
            }
            // CAMEO codes a report of someone else's violence (roots 18-20) as an accusation by the
            // reporter and a speaker's report of its own violence as a claim of responsibility
            String speaker = e.attribution() == null ? null : e.attribution().actor();
            if (speaker != null && !country(speaker).equals("---") && code.compareTo("18") >= 0 && e.source() != null
                    && e.source().actor() != null) {
                out.add(country(speaker).equals(country(s)) ? new Dyad(speaker, t, "015") : new Dyad(speaker, s, "112"));
            }
            if (coder.symmetric(e.code()) && dyadic) {
                out.add(new Dyad(t, s, code));
            }
        }
        return out;
    }

    /** Multiset overlap of predicted and gold. */
    static Score score(List<Dyad> predicted, List<Dyad> gold) {
        Map<Dyad, Integer> g = new HashMap<>();
        for (Dyad d : gold) {
            g.merge(d, 1, Integer::sum);
        }
        int tp = 0;
        List<Dyad> seen = new ArrayList<>();
        for (Dyad d : predicted) {
            if (seen.contains(d)) {
                continue; // a repeated prediction is neither right twice nor wrong
            }
            seen.add(d);
            Integer c = g.get(d);
            if (c != null && c > 0) {
                tp++;
                g.put(d, c - 1);
            }
        }
        return new Score(tp, seen.size() - tp, gold.size() - tp);
    }

    /** The article a gold record stands for: its text as one paragraph, its date as the publication date. */
    static Article article(String text, String yyyymmdd) {
        Article.Builder b = Article.builder().origin("gold").paragraph(text);
        if (yyyymmdd != null && yyyymmdd.matches("\\d{8}")) {
            b.published(new ResolvedDate(yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-"
                    + yyyymmdd.substring(6), Precision.DAY, null), "gold");
        }
        return b.build();
    }

    /** The events of an article as {@code herald code} and {@code herald run} find them: the whole chain. */
    private static List<Event> code(Pipeline pipeline, Article a) {
        return pipeline.code(a).events();
    }

    // ---- CAMEO sets (petrarch2-gsr)

    private Report cameo(Dataset ds, EvalContext ctx) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        EventCoder coder = EventCoder.standard();
        Score root = Score.ZERO;
        Score full = Score.ZERO;
        Score rootOnly = Score.ZERO;
        int items = 0;
        List<String> notes = new ArrayList<>();
        for (JsonNode r : limit(ds.records(), ctx)) {
            String text = r.path("text").asText("");
            if (text.isBlank()) {
                notes.add(r.path("id").asText() + ": no text, skipped");
                continue;
            }
            items++;
            List<Dyad> gold = new ArrayList<>();
            for (JsonNode e : r.path("expected")) {
                gold.add(new Dyad(e.path("source").asText(""), e.path("target").asText(""), e.path("code").asText("")));
            }
            List<Dyad> pred = cameoView(code(pipeline, article(text, r.path("date").asText(null))), coder);
            root = root.plus(score(pred.stream().map(d -> d.countries().root()).toList(),
                    gold.stream().map(d -> d.countries().root()).toList()));
            full = full.plus(score(pred.stream().map(Dyad::countries).toList(), gold.stream().map(Dyad::countries).toList()));
            rootOnly = rootOnly.plus(score(pred.stream().map(d -> new Dyad("", "", d.root().code())).toList(),
                    gold.stream().map(d -> new Dyad("", "", d.root().code())).toList()));
            if (ctx.detail() != null) {
                ctx.detail().println(r.path("id").asText() + " gold=" + gold + " herald=" + pred);
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        Report.put(m, "root.country", root);
        Report.put(m, "code.country", full);
        Report.put(m, "root.only", rootOnly);
        notes.add("hypothetical events, events under confidence " + MIN_CONFIDENCE
                + " and events with a side missing left out; negated 03-08 counted as 12");
        return new Report(name(), ds.name(), items, m, notes);
    }

    // ---- PLOVER set

    static String ploverType(String gold) {
        return switch (gold) {
            case "DEMAND" -> "REQUEST";
            case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
            case "FIGHT" -> "ASSAULT";
            case "RETREAT" -> "CONCEDE";
            default -> gold;
        };
    }

    /**
     * The type PLOVER 0.5b1, the gold's version, gives a CAMEO code where it differs from the 2021
     * table Herald follows: 0.5b1 COERCE took destruction of property (mode destroy) and abduction
     * (mode detain), which the 2021 table moved to ASSAULT.
     */
    static String version05(String code, String type) {
        return code.equals("1712") || code.startsWith("181") ? "COERCE" : type;
    }

    private Report plover(Dataset ds, EvalContext ctx) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        EventCoder coder = EventCoder.standard();
        Score typed = Score.ZERO;
        Score withSource = Score.ZERO;
        Score withActors = Score.ZERO;
        Map<String, int[]> byType = new TreeMap<>();
        int items = 0;
        List<JsonNode> records = limit(ds.records(), ctx);
        // a sentence the set codes under two records (two of its events) has both as its gold:
        // an event that is the other record's is neither right nor wrong for this one (the other
        // record's gold is read whatever its part: it is gold, not a case scored here)
        Map<String, List<PloverGold>> bySentence = new HashMap<>();
        for (JsonNode r : ds.allRecords()) {
            PloverGold pg = PloverGold.of(r);
            if (pg != null) {
                bySentence.computeIfAbsent(sentenceKey(r), k -> new ArrayList<>()).add(pg);
            }
        }
        for (JsonNode r : records) {
            JsonNode g = r.path("expected").path(0);
            if (g.isMissingNode()) {
                continue;
            }
            items++;
            PloverGold own = PloverGold.of(r);
            List<PloverGold> siblings = bySentence.getOrDefault(sentenceKey(r), List.of()).stream()
                    .filter(x -> !x.id().equals(own.id())).toList();
            String type = own.type();
            List<String> gs = own.sources();
            List<String> gt = own.targets();
            List<Event> events = code(pipeline, article(r.path("text").asText(""), r.path("date").asText(null)));
            List<String> types = new ArrayList<>();
            boolean typeHit = false;
            boolean sourceHit = false;
            int wrongSource = 0;
            boolean actorHit = false;
            int wrong = 0;
            List<String> seen = new ArrayList<>();
            for (Event e : events) {
                if (e.confidence() < MIN_CONFIDENCE || e.mode() == Mode.HYPOTHETICAL) {
                    continue;
                }
                String t = e.plover() == null ? null : e.plover().type();
                if (e.mode() == Mode.FUTURE && e.quad() <= 2) {
                    t = "AGREE"; // PLOVER codes an intended or promised cooperative act as AGREE
                }
                if (e.mode() == Mode.NEGATED) {
                    int root = Integer.parseInt(e.code().substring(0, 2));
                    t = root >= 3 && root <= 8 ? "REJECT" : null;
                }
                if (t == null) {
                    continue;
                }
                t = ploverType(version05(e.code(), t));
                String s = country(actorCode(e.source()));
                String tg = country(actorCode(e.target()));
                String key = t + "|" + s + "|" + tg;
                if (seen.contains(key)) {
                    continue;
                }
                seen.add(key);
                boolean mutual = isMutual(coder, e);
                String ty = t;
                boolean sibling = siblings.stream()
                        .anyMatch(x -> x.type().equals(ty) && x.sourceOk(s, mutual) && x.targetOk(tg, mutual));
                if (t.equals(type)) {
                    types.add(t);
                    typeHit = true;
                    boolean srcOk = own.sourceOk(s, mutual);
                    boolean tgtOk = own.targetOk(tg, mutual);
                    // PLOVER keeps a compound actor in one event where Herald, as CAMEO coders do,
                    // codes one event per actor: a second event within the gold's sides is a part of it
                    if (srcOk) {
                        sourceHit = true;
                    } else if (!sibling) {
                        wrongSource++;
                    }
                    if (srcOk && tgtOk) {
                        actorHit = true;
                    } else if (!sibling) {
                        wrong++;
                    }
                } else if (!sibling) {
                    types.add(t);
                    wrong++;
                    wrongSource++;
                }
            }
            if (ctx.detail() != null) {
                ctx.detail().println(r.path("id").asText() + " gold=" + type + " " + gs + ">" + gt + " herald=" + seen
                        + (actorHit ? " OK" : typeHit ? " TYPE" : ""));
            }
            long otherTypes = types.stream().filter(x -> !x.equals(type)).distinct().count();
            typed = typed.plus(new Score(typeHit ? 1 : 0, otherTypes, typeHit ? 0 : 1));
            withActors = withActors.plus(new Score(actorHit ? 1 : 0, wrong, actorHit ? 0 : 1));
            withSource = withSource.plus(new Score(sourceHit ? 1 : 0, wrongSource, sourceHit ? 0 : 1));
            byType.computeIfAbsent(type, k -> new int[2])[typeHit ? 0 : 1]++;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        Report.put(m, "type", typed);
        Report.put(m, "type.source", withSource);
        Report.put(m, "type.actors", withActors);
        List<String> notes = new ArrayList<>();
        StringBuilder sb = new StringBuilder("type recall by gold type:");
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()[0]).append('/').append(e.getValue()[0] + e.getValue()[1]);
        }
        notes.add(sb.toString());
        notes.add("PLOVER 0.5b1 types mapped: DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT;"
                + " CONCEDE and RETREAT scored as one (the versions split CAMEO 08 differently);"
                + " destruction of property (1712) and abduction (181) scored as COERCE, as 0.5b1 types them");
        return new Report(name(), ds.name(), items, m, notes);
    }

    /** A PLOVER record's event: its id, mapped type, and the country codes of its sides. */
    record PloverGold(String id, String type, List<String> sources, List<String> targets) {
        static PloverGold of(JsonNode r) {
            JsonNode g = r.path("expected").path(0);
            if (g.isMissingNode()) {
                return null;
            }
            return new PloverGold(r.path("id").asText(), ploverType(g.path("code").asText()),
                    List.of(g.path("source").asText("").split(";")), List.of(g.path("target").asText("").split(";")));
        }

        /** Herald's source country is one of the gold's sources (or, for a mutual act, its targets). */
        boolean sourceOk(String s, boolean mutual) {
            return sources.stream().anyMatch(x -> country(x).equals(s))
                    || mutual && targets.stream().anyMatch(x -> country(x).equals(s));
        }

        /** The gold names no target, or Herald's is one of its targets (or, for a mutual act, its sources). */
        boolean targetOk(String t, boolean mutual) {
            return targets.contains("") || targets.stream().anyMatch(x -> country(x).equals(t))
                    || mutual && sources.stream().anyMatch(x -> country(x).equals(t));
        }
    }

    private static String sentenceKey(JsonNode r) {
        return r.path("text").asText("").strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isMutual(EventCoder coder, Event e) {
        return coder.symmetric(e.code());
    }

    // ---- PETRARCH unit tests

    private Report unitTests(Dataset ds, EvalContext ctx) throws IOException {
        Path dicts = ds.folder().resolve("dictionaries");
        List<Path> files = new ArrayList<>();
        for (String f : List.of("PETR.Validate.actors.txt", "PETR.Validate.agents.txt")) {
            if (Files.isRegularFile(dicts.resolve(f))) {
                files.add(dicts.resolve(f));
            }
        }
        List<String> notes = new ArrayList<>();
        ActorResolver actors = ActorResolver.load(files);
        notes.add("actor dictionaries imported: " + files.size() + " (" + actors.size() + " records in the base)");
        // the suite's actors are mostly fictional and unknown to the entity tagger, so every sentence is parsed
        Pipeline pipeline = Pipeline.builder().actors(actors).parseEverySentence().build();
        EventCoder coder = EventCoder.standard();
        Map<String, int[]> byCat = new TreeMap<>();
        Map<String, int[]> byCatRoot = new TreeMap<>();
        Score full = Score.ZERO;
        Score root = Score.ZERO;
        int items = 0;
        for (JsonNode r : limit(ds.records(), ctx)) {
            if (!r.path("active_in_original_suite").asBoolean(true)) {
                continue;
            }
            items++;
            String cat = r.path("category").asText("OTHER");
            List<Dyad> gold = new ArrayList<>();
            for (JsonNode e : r.path("expected")) {
                gold.add(new Dyad(e.path("source").asText(""), e.path("target").asText(""), e.path("code").asText("")));
            }
            List<Dyad> pred = cameoView(code(pipeline, article(r.path("text").asText(""), r.path("date").asText(null))), coder);
            boolean pass = new java.util.HashSet<>(pred).equals(new java.util.HashSet<>(gold));
            if (ctx.detail() != null) {
                ctx.detail().println(r.path("id").asText() + " gold=" + gold + " herald=" + pred);
            }
            boolean rootPass = new java.util.HashSet<>(pred.stream().map(Dyad::root).toList())
                    .equals(new java.util.HashSet<>(gold.stream().map(Dyad::root).toList()));
            byCat.computeIfAbsent(cat, k -> new int[2])[pass ? 0 : 1]++;
            byCatRoot.computeIfAbsent(cat, k -> new int[2])[rootPass ? 0 : 1]++;
            full = full.plus(score(pred, gold));
            root = root.plus(score(pred.stream().map(d -> d.countries().root()).toList(),
                    gold.stream().map(d -> d.countries().root()).toList()));
        }
        Map<String, Double> m = new LinkedHashMap<>();
        int pass = 0;
        int rootPass = 0;
        for (int[] v : byCat.values()) {
            pass += v[0];
        }
        for (int[] v : byCatRoot.values()) {
            rootPass += v[0];
        }
        m.put("pass", items == 0 ? 0 : pass / (double) items);
        m.put("pass.root", items == 0 ? 0 : rootPass / (double) items);
        Report.put(m, "code", full);
        Report.put(m, "root.country", root);
        for (Map.Entry<String, int[]> e : byCat.entrySet()) {
            int[] v = e.getValue();
            int[] rv = byCatRoot.get(e.getKey());
            m.put("pass." + e.getKey(), v[0] / (double) (v[0] + v[1]));
            notes.add(e.getKey() + ": " + v[0] + "/" + (v[0] + v[1]) + " pass, " + rv[0] + " at root level");
        }
        notes.add("Herald's own verb lexicon; the suite's verb dictionary is not imported");
        return new Report(name(), ds.name(), items, m, notes);
    }

    // ---- noise on a general news set

    private Report noise(Dataset ds, EvalContext ctx) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        int per = ctx.limit() > 0 ? ctx.limit() : NOISE_SAMPLE;
        Map<String, Integer> taken = new HashMap<>();
        int articles = 0;
        int events = 0;
        int conflict = 0;
        int clean = 0;
        for (JsonNode r : ds.records()) {
            String cat = r.path("category").asText("");
            if (!NOISE_CATEGORIES.contains(cat) || taken.getOrDefault(cat, 0) >= per) {
                continue;
            }
            taken.merge(cat, 1, Integer::sum);
            Article.Builder b = Article.builder().origin(r.path("id").asText("bbc")).headline(r.path("title").asText(""));
            for (String p : r.path("text").asText("").split("\n\n")) {
                b.paragraph(p);
            }
            Article art = b.build();
            List<Event> ev = code(pipeline, art);
            int c = 0;
            for (Event e : ev) {
                if (e.quad() == 4 && e.mode() != Mode.HYPOTHETICAL) {
                    c++;
                    if (ctx.detail() != null) {
                        ctx.detail().println(art.origin() + " " + e.code() + " " + actorCode(e.source()) + ">" + actorCode(e.target())
                                + " \"" + around(art.text(), e.trigger() == null ? null : e.trigger().span()) + "\"");
                    }
                }
            }
            articles++;
            events += ev.size();
            conflict += c;
            if (c == 0) {
                clean++;
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("noise.events_per_article", articles == 0 ? 0 : events / (double) articles);
        m.put("noise.material_conflict_per_article", articles == 0 ? 0 : conflict / (double) articles);
        m.put("noise.clean_share", articles == 0 ? 1 : clean / (double) articles);
        List<String> notes = List.of("first " + per + " articles of each of " + NOISE_CATEGORIES
                + " (" + articles + " in all); material conflict = quad 4, not hypothetical; clean_share = articles with none");
        return new Report(name(), ds.name(), articles, m, notes);
    }

    /** The words around a span, on one line, for a person reading the detail. */
    private static String around(String text, org.herald.model.Span span) {
        if (span == null) {
            return "";
        }
        int from = Math.max(0, span.start() - 80);
        int to = Math.min(text.length(), span.end() + 60);
        return (text.substring(from, span.start()) + "[" + text.substring(span.start(), span.end()) + "]"
                + text.substring(span.end(), to)).replaceAll("\\s+", " ");
    }

    private static List<JsonNode> limit(List<JsonNode> records, EvalContext ctx) {
        return ctx.limit() > 0 && records.size() > ctx.limit() ? records.subList(0, ctx.limit()) : records;
    }
}
