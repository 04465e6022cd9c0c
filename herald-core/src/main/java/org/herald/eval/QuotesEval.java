package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.pipeline.Pipeline;
import org.herald.model.Article;
import org.herald.model.Quote;
import org.herald.model.ResolvedDate;

/**
 * {@code herald eval quotes}: quotes and their speakers against a gold set in JSON Lines, one
 * article a line: {@code {"id", "published", "headline", "paragraphs": [...], "quotes": [{"text",
 * "kind", "speaker", "actor"}]}}. A found quote matches a gold one when their words agree once
 * quote marks, a leading "that" and edge punctuation are set aside. Among matched quotes, the
 * speaker is right when one name's words include the other's ("Peskov" / "Dmitry Peskov";
 * both absent counts as right), and the actor when the codes are equal.
 */
public final class QuotesEval implements EvalTask {

    private final Pipeline pipeline = Pipeline.standard();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public boolean accepts(Dataset dataset) {
        try {
            JsonNode first = dataset.first();
            return first != null && first.has("quotes") && first.has("paragraphs");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Report run(Dataset dataset, EvalContext context) throws IOException {
        Tally all = new Tally();
        List<String> notes = new ArrayList<>();
        int n = 0;
        for (JsonNode r : dataset.records()) {
            if (context.limit() > 0 && n >= context.limit()) {
                break;
            }
            Article article = article(r);
            if (article == null || !r.path("quotes").isArray()) {
                notes.add("record " + r.path("id").asText("#" + (n + 1)) + " skipped: no headline, paragraphs or quotes");
                continue;
            }
            n++;
            List<Quote> found = pipeline.quotes(article); // quotes need no parse: tagged, with actors
            List<Gold> gold = new ArrayList<>();
            for (JsonNode q : r.path("quotes")) {
                gold.add(new Gold(q.path("text").asText(), q.path("kind").asText(),
                        q.path("speaker").isTextual() ? q.path("speaker").asText() : null,
                        q.path("actor").isTextual() ? q.path("actor").asText() : null));
            }
            Tally t = score(gold, found);
            all.add(t);
            if (context.detail() != null) {
                context.detail().println(r.path("id").asText() + ": " + t);
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        Report.put(m, "quote", all.quotes);
        m.put("quote.marked.f1", all.marked.f1());
        m.put("quote.indirect.f1", all.indirect.f1());
        m.put("kind.accuracy", ratio(all.kindRight, all.matched));
        m.put("speaker.mention", ratio(all.speakerRight, all.matched));
        m.put("speaker.actor", ratio(all.actorRight, all.matched));
        notes.add(all.matched + " quotes matched of " + (int) (all.quotes.tp() + all.quotes.fn()) + " gold and "
                + (int) (all.quotes.tp() + all.quotes.fp()) + " found; speaker and kind measures are over matched quotes");
        return new Report(name(), dataset.name(), n, m, notes);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static Article article(JsonNode r) {
        if (!r.path("headline").isTextual() || !r.path("paragraphs").isArray()) {
            return null;
        }
        Article.Builder b = Article.builder().origin(r.path("id").asText("-")).headline(r.path("headline").asText());
        for (JsonNode p : r.path("paragraphs")) {
            b.paragraph(p.asText());
        }
        ResolvedDate d = ResolvedDate.parse(r.path("published").asText(null), null);
        if (d != null) {
            b.published(d, "gold");
        }
        return b.build();
    }

    /** One gold quote. */
    record Gold(String text, String kind, String speaker, String actor) {
    }

    /** Counts over one article or many. */
    static final class Tally {
        Score quotes = Score.ZERO;
        Score marked = Score.ZERO;
        Score indirect = Score.ZERO;
        int matched;
        int kindRight;
        int speakerRight;
        int actorRight;
        final List<String> misses = new ArrayList<>();

        void add(Tally o) {
            quotes = quotes.plus(o.quotes);
            marked = marked.plus(o.marked);
            indirect = indirect.plus(o.indirect);
            matched += o.matched;
            kindRight += o.kindRight;
            speakerRight += o.speakerRight;
            actorRight += o.actorRight;
        }

        @Override
        public String toString() {
            return "quotes " + (int) quotes.tp() + "/" + (int) (quotes.tp() + quotes.fn()) + " found, "
                    + (int) quotes.fp() + " extra; speakers " + speakerRight + "/" + matched + ", actors " + actorRight
                    + "/" + matched + (misses.isEmpty() ? "" : "; " + String.join("; ", misses));
        }
    }

    /** Scores one article's quotes. */
    static Tally score(List<Gold> gold, List<Quote> found) {
        Tally t = new Tally();
        boolean[] used = new boolean[found.size()];
        for (Gold g : gold) {
            boolean indirect = g.kind().equals("indirect");
            int hit = -1;
            for (int i = 0; i < found.size(); i++) {
                if (!used[i] && normal(found.get(i).text()).equals(normal(g.text()))
                        && (found.get(i).kind() == Quote.Kind.INDIRECT) == indirect) {
                    hit = i;
                    break;
                }
            }
            Score s = hit < 0 ? new Score(0, 0, 1) : new Score(1, 0, 0);
            t.quotes = t.quotes.plus(s);
            if (indirect) {
                t.indirect = t.indirect.plus(s);
            } else {
                t.marked = t.marked.plus(s);
            }
            if (hit < 0) {
                t.misses.add("missed '" + g.text() + "'");
                continue;
            }
            used[hit] = true;
            Quote q = found.get(hit);
            t.matched++;
            if (q.kind().json().equals(g.kind())) {
                t.kindRight++;
            }
            String speaker = q.speaker() == null ? null : q.speaker().text();
            if (sameSpeaker(g.speaker(), speaker)) {
                t.speakerRight++;
            } else {
                t.misses.add("speaker of '" + g.text() + "': " + speaker + " (gold " + g.speaker() + ")");
            }
            String code = q.actor() == null ? null : q.actor().code();
            if (g.actor() == null ? code == null : g.actor().equals(code)) {
                t.actorRight++;
            } else {
                t.misses.add("actor of '" + g.text() + "': " + code + " (gold " + g.actor() + ")");
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                Score s = new Score(0, 1, 0);
                t.quotes = t.quotes.plus(s);
                if (found.get(i).kind() == Quote.Kind.INDIRECT) {
                    t.indirect = t.indirect.plus(s);
                } else {
                    t.marked = t.marked.plus(s);
                }
                t.misses.add("extra " + found.get(i).kind().json() + " '" + found.get(i).text() + "'");
            }
        }
        return t;
    }

    private static final String EDGE = " \t\n.,;:!?\"“”‘’'«»—–-";

    /** Words of a quote without marks, edge punctuation, a leading "that" or case. */
    static String normal(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        int b = 0;
        int e = t.length();
        while (b < e && EDGE.indexOf(t.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && EDGE.indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        t = t.substring(b, e);
        return t.startsWith("that ") ? t.substring(5) : t;
    }

    /** One name's words include the other's, leaving out articles and possessive endings. */
    static boolean sameSpeaker(String gold, String found) {
        if (gold == null || found == null) {
            return gold == null && found == null;
        }
        Set<String> g = words(gold);
        Set<String> f = words(found);
        return !g.isEmpty() && !f.isEmpty() && (g.containsAll(f) || f.containsAll(g));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("'s\\b", "").split("[^\\p{L}\\p{N}]+")));
        out.removeAll(Set.of("", "the", "a", "an"));
        return out;
    }
}
