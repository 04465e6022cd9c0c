package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herald.eval.ArticleEventsEval.Coded;
import org.herald.eval.ArticleEventsEval.Key;
import org.herald.eval.ArticleEventsEval.Level;

/**
 * How far two codings of the same articles agree ({@code docs/article-gold.md}, "Agreement"): the
 * second coding is scored against the first with the article gold's own scorer, as if it were
 * Herald's output: the same keys, the same factual view, the same multiset match and the same
 * count of wrong events by kind. Both files are in the article gold's format; only the articles
 * both hold are compared, and no article text is needed. The second coder's events keep their own
 * {@code mutual} flags (Herald's printed events only have the CAMEO table's).
 *
 * <p>Case-by-case detail is printed only for tune-part articles ({@link Split}); a check-part
 * article, should a file hold one, counts in the aggregate alone.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * Scores {@code second} against {@code first}. The report's metrics are the article eval's
     * ({@code root.country.p/r/f1}, {@code code.country}, {@code root.only}, {@code root.source},
     * {@code root.target}, {@code root.country.mode}), and {@code root.country.strict}, where a second
     * event with the same key is not a repeat but one more event (right only if the first has the key
     * as often); its notes give the counts and the wrong
     * events by kind.
     *
     * @param detail where to print the keys of each tune article that differ, or null for none
     */
    public static Report score(Path first, Path second, PrintStream detail) throws IOException {
        ArticleEventsEval eval = new ArticleEventsEval();
        Map<String, JsonNode> a = byId(Dataset.at(first).allRecords());
        Map<String, JsonNode> b = byId(Dataset.at(second).allRecords());
        Map<Level, Score> byLevel = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            byLevel.put(level, Score.ZERO);
        }
        Score strict = Score.ZERO;
        Map<String, Integer> wrongKinds = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        int articles = 0;
        int firstEvents = 0;
        int secondEvents = 0;
        int check = 0;
        int otherText = 0;
        int onlyOne = 0;
        for (Map.Entry<String, JsonNode> e : a.entrySet()) {
            JsonNode r2 = b.get(e.getKey());
            if (r2 == null) {
                onlyOne++;
                continue;
            }
            JsonNode r1 = e.getValue();
            if (!r1.path("text_sha256").asText().equals(r2.path("text_sha256").asText())) {
                otherText++;
            }
            boolean shown = Split.of(r1) == Split.Part.TUNE;
            check += shown ? 0 : 1;
            List<Coded> ref = eval.gold(r1);
            List<Coded> other = eval.gold(r2);
            articles++;
            firstEvents += ref.size();
            secondEvents += other.size();
            for (Level level : Level.values()) {
                byLevel.merge(level, ArticleEventsEval.score(ArticleEventsEval.keys(other, ref, level),
                        ArticleEventsEval.keys(ref, ref, level)), Score::plus);
            }
            List<Key> refKeys = ArticleEventsEval.keys(ref, ref, Level.ROOT_COUNTRY);
            List<Key> otherKeys = ArticleEventsEval.keys(other, ref, Level.ROOT_COUNTRY);
            strict = strict.plus(strict(otherKeys, refKeys));
            ArticleEventsEval.wrongKinds(otherKeys, refKeys).forEach((k, n) -> wrongKinds.merge(k, n, Integer::sum));
            if (detail != null && shown) {
                detail.println(e.getKey() + " first=" + refKeys + " second=" + otherKeys);
            }
        }
        onlyOne += (int) b.keySet().stream().filter(id -> !a.containsKey(id)).count();
        Map<String, Double> m = new LinkedHashMap<>();
        byLevel.forEach((level, s) -> Report.put(m, level.metric, s));
        // a coder's second event with the same key is another act by the guide, not a repeated mention
        Report.put(m, "root.country.strict", strict);
        Score main = byLevel.get(Level.ROOT_COUNTRY);
        notes.add(articles + " articles in both codings, " + firstEvents + " events in the first, " + secondEvents
                + " in the second; factual view: " + (int) (main.tp() + main.fn()) + " first, "
                + (int) (main.tp() + main.fp()) + " second after repeats are rolled up, " + (int) main.tp() + " matched");
        notes.add("the second coding's events at root + countries, by kind, against the first: " + wrongKinds);
        if (onlyOne > 0) {
            // counted, not named: the first file may hold check-part articles
            notes.add(onlyOne + " articles in one coding only, left out");
        }
        if (otherText > 0) {
            notes.add(otherText + " articles whose two codings name different text_sha256: they coded different texts");
        }
        if (check > 0) {
            notes.add(check + " articles of the check part compared in aggregate only (never shown)");
        }
        notes.add("scored as herald eval events scores the article gold (the first coding as reference):"
                + " factual view, multiset match; see docs/article-gold.md");
        return new Report("agreement", first.getFileName() + " vs " + second.getFileName(), articles, m, notes);
    }

    /** A plain multiset match: every event counts, a key given more often than the reference has it is wrong. */
    static Score strict(List<Key> predicted, List<Key> reference) {
        Map<Key, Integer> left = new LinkedHashMap<>();
        reference.forEach(k -> left.merge(k, 1, Integer::sum));
        int tp = 0;
        for (Key k : predicted) {
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
                tp++;
            }
        }
        return new Score(tp, predicted.size() - tp, reference.size() - tp);
    }

    private static Map<String, JsonNode> byId(List<JsonNode> records) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode r : records) {
            out.put(r.path("id").asText(), r);
        }
        return out;
    }
}
