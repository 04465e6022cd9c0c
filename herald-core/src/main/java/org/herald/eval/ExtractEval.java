package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.herald.extract.Extractor;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Precision;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;

/**
 * Scores the extract stage on the main-text benchmarks in {@code shared/data}: each record names an
 * HTML page ({@code html_file}, gzip) and gives its text ({@code text}), and optionally snippets
 * that must or must not be found ({@code with}, {@code without}), a title and a date.
 *
 * <ul>
 *   <li>{@code body.p/r/f1}: bag-of-words overlap of lower-cased {@code \w+} tokens, per page, averaged
 *       over pages (WCXB's measure);</li>
 *   <li>{@code shingle.p/r/f1}: multisets of word 4-grams, per-page counts normalised to sum to 1,
 *       summed, then P and R, and F1 of those (the Scrapinghub benchmark's measure);</li>
 *   <li>{@code snippet.p/r/f1}: {@code with} snippets found are true positives, {@code without}
 *       snippets found false positives, counts summed over pages (trafilatura's measure);</li>
 *   <li>{@code title.acc} and {@code date.acc} over the pages whose gold has them;</li>
 *   <li>per page, beside those averages (an average of 0.95 can hide a page that lost half its
 *       story): {@code pages.part_lost}, the share of pages whose body recall is below 0.8 ("lost
 *       part of the article"), and {@code pages.lead_lost}, the share whose lead is missing: fewer
 *       than half of the word 4-grams of the first gold paragraph of eight words or more (not the
 *       gold title repeated) are in the prediction. The lead carries the story's main event, so
 *       losing it costs more than its share of the words. Lower is better for both; floors, which
 *       are minimums, sit on their complements {@code pages.whole} and {@code pages.lead}.</li>
 * </ul>
 * The predicted body is the standfirst and the paragraphs (never the headline). A page Herald
 * cannot read counts as an empty prediction.
 */
public final class ExtractEval implements EvalTask {

    private static final Set<String> KNOWN = Set.of("scrapinghub-aeb", "trafilatura-eval-en", "wcxb-articles", "fundus-news-en");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final long MAX_PAGE = 32L * 1024 * 1024;

    /** One page's scores, for reports and for looking at the worst pages. */
    public record PageScore(String id, double bodyF1, double bodyP, double bodyR, Boolean leadKept, Boolean proseLeadKept,
                            Boolean titleOk, Boolean dateOk, String problem) {
    }

    /** Body recall below this is a page that lost part of its article. */
    static final double PART_LOST = 0.8;
    /** The lead is the first gold paragraph with at least this many words (shorter ones are headings and labels). */
    static final int LEAD_WORDS = 8;

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public boolean accepts(Dataset dataset) {
        if (KNOWN.contains(dataset.name().split("/")[0])) {
            return true;
        }
        try {
            JsonNode first = dataset.first();
            return first != null && first.has("html_file") && (first.has("text") || first.has("with"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Report run(Dataset dataset, EvalContext context) throws IOException {
        return score(dataset, context, new ArrayList<>());
    }

    /** Scores the dataset, adding one {@link PageScore} a page to {@code pages}. */
    public Report score(Dataset dataset, EvalContext context, List<PageScore> pages) throws IOException {
        // no duplicate clusters: each page is scored on its own
        Pipeline pipeline = Pipeline.builder().extract(new Extractor.Options(Extractor.Options.DEFAULT.maxBytes(), false)).build();
        Extractor tracer = new Extractor(new Extractor.Options(Extractor.Options.DEFAULT.maxBytes(), false));
        Map<String, Integer> whyLost = new java.util.TreeMap<>();
        int described = 0;
        Map<String, Integer> leadKinds = new java.util.TreeMap<>();
        List<String> notes = new ArrayList<>();
        double sumP = 0;
        double sumR = 0;
        double sumF = 0;
        int bodyPages = 0;
        int partLost = 0;
        int leads = 0;
        int leadsLost = 0;
        int proseLeads = 0;
        int proseLeadsLost = 0;
        double[] shingles = new double[3];
        int exact = 0;
        int shinglePages = 0;
        double snipTp = 0;
        double snipFp = 0;
        double snipFn = 0;
        int snipPages = 0;
        int titles = 0;
        int titlesOk = 0;
        int dates = 0;
        int datesOk = 0;
        int failed = 0;
        int emptyGold = 0;
        int n = 0;
        for (JsonNode r : dataset.records()) {
            if (context.limit() > 0 && n >= context.limit()) {
                break;
            }
            n++;
            String id = r.path("id").asText("line " + n);
            byte[] html;
            try {
                html = gunzip(dataset.resolve(r.path("html_file").asText()));
            } catch (IOException e) {
                notes.add(id + ": cannot read page: " + e.getMessage());
                failed++;
                continue;
            }
            String url = r.path("url").isTextual() ? r.path("url").asText() : null;
            Outcome<Article> out = pipeline.extract(new RawDocument(r.path("html_file").asText(), html, "text/html",
                    null, url, Instant.EPOCH, RawDocument.Hints.NONE));
            Article a = out instanceof Outcome.Ok<Article> ok ? ok.value() : null;
            String problem = null;
            if (a == null) {
                failed++;
                problem = out.problem().toString();
            }
            String predicted = a == null ? "" : body(a);
            double bp = Double.NaN;
            double br = Double.NaN;
            double bf = Double.NaN;
            String gold = r.path("text").isTextual() ? r.path("text").asText() : null;
            Boolean leadKept = null;
            Boolean proseLeadKept = null;
            if (gold != null && !gold.isBlank()) {
                double[] prf = bagOfWords(predicted, gold);
                bp = prf[0];
                br = prf[1];
                bf = prf[2];
                sumP += bp;
                sumR += br;
                sumF += bf;
                bodyPages++;
                if (br < PART_LOST) {
                    partLost++;
                }
                List<String> headlines = headlines(r.path("title").asText(""), html);
                leadKept = leadKept(predicted, gold, headlines, false);
                if (leadKept != null) {
                    leads++;
                    if (!leadKept) {
                        leadsLost++;
                        List<String> lead = lead(gold, headlines, false);
                        org.herald.extract.Trace trace = tracer.trace(new RawDocument(r.path("html_file").asText(), html,
                                "text/html", null, url, Instant.EPOCH, RawDocument.Hints.NONE));
                        String why = whyLost(lead, trace);
                        whyLost.merge(why, 1, Integer::sum);
                        if (found(lead, trace.description()) * 2 >= lead.size()) {
                            described++;
                        }
                        // what the gold's lead paragraph reads as by Herald's clutter rules (a credit, a byline: the gold's own choice)
                        leadKinds.merge(org.herald.extract.Extractor.clutterKind(leadParagraph(gold, headlines, false)
                                .strip()), 1, Integer::sum);
                        if (context.detail() != null) {
                            context.detail().printf("extract %s: lead lost: %s%n", id, why);
                        }
                    }
                }
                proseLeadKept = leadKept(predicted, gold, headlines, true);
                if (proseLeadKept != null) {
                    proseLeads++;
                    if (!proseLeadKept) {
                        proseLeadsLost++;
                    }
                }
                double[] s = shingleCounts(predicted, gold);
                shingles[0] += s[0];
                shingles[1] += s[1];
                shingles[2] += s[2];
                shinglePages++;
                if (tokens(predicted, false).equals(tokens(gold, false))) {
                    exact++;
                }
            } else if (gold != null) {
                emptyGold++;
            }
            if (r.has("with") || r.has("without")) {
                String flat = a == null ? "" : predicted.replaceAll("\\s+", " ");
                for (JsonNode w : r.path("with")) {
                    if (flat.contains(w.asText().replaceAll("\\s+", " ").strip())) {
                        snipTp++;
                    } else {
                        snipFn++;
                    }
                }
                for (JsonNode w : r.path("without")) {
                    if (flat.contains(w.asText().replaceAll("\\s+", " ").strip())) {
                        snipFp++;
                    }
                }
                snipPages++;
            }
            Boolean titleOk = null;
            if (r.path("title").isTextual() && !r.path("title").asText().isBlank()) {
                titles++;
                titleOk = a != null && a.title() != null && squash(a.title()).equals(squash(r.path("title").asText()));
                if (titleOk) {
                    titlesOk++;
                }
            }
            Boolean dateOk = null;
            String goldDate = r.path("date").isTextual() ? day(r.path("date").asText()) : null;
            if (goldDate != null) {
                dates++;
                dateOk = a != null && a.published() != null && a.published().precision() == Precision.DAY
                        && a.published().value().equals(goldDate);
                if (dateOk) {
                    datesOk++;
                }
            }
            pages.add(new PageScore(id, bf, bp, br, leadKept, proseLeadKept, titleOk, dateOk, problem));
            if (context.detail() != null && gold != null && !gold.isBlank()) {
                context.detail().printf("extract %s: body F1 %.3f (P %.3f, R %.3f)%s%s%s%n", id, bf, bp, br,
                        br < PART_LOST ? ", lost part of the article" : "", Boolean.FALSE.equals(leadKept) ? ", lead lost" : "",
                        Boolean.FALSE.equals(proseLeadKept) ? ", prose lead lost" : "");
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        if (bodyPages > 0) {
            m.put("body.p", sumP / bodyPages);
            m.put("body.r", sumR / bodyPages);
            m.put("body.f1", sumF / bodyPages);
            m.put("pages.part_lost", partLost / (double) bodyPages);
            m.put("pages.whole", 1 - partLost / (double) bodyPages);
        }
        if (leads > 0) {
            m.put("pages.lead_lost", leadsLost / (double) leads);
            m.put("pages.lead", 1 - leadsLost / (double) leads);
        }
        if (proseLeads > 0) {
            m.put("pages.prose_lead_lost", proseLeadsLost / (double) proseLeads);
            m.put("pages.prose_lead", 1 - proseLeadsLost / (double) proseLeads);
        }
        if (shinglePages > 0 && dataset.name().startsWith("scrapinghub")) {
            Score s = new Score(shingles[0], shingles[1], shingles[2]);
            Report.put(m, "shingle", s);
            m.put("shingle.accuracy", exact / (double) shinglePages);
        }
        if (snipPages > 0) {
            Report.put(m, "snippet", new Score(snipTp, snipFp, snipFn));
        }
        if (titles > 0) {
            m.put("title.acc", titlesOk / (double) titles);
        }
        if (dates > 0) {
            m.put("date.acc", datesOk / (double) dates);
        }
        m.put("failed", failed / (double) Math.max(1, n));
        if (emptyGold > 0) {
            notes.add(emptyGold + " page(s) with an empty gold text were not scored for the body");
        }
        if (bodyPages > 0) {
            String part = dataset.part() == null ? "" : dataset.part().label() + " part: ";
            notes.add(part + "lost part of the article (body recall < " + PART_LOST + ") on " + partLost + " of " + bodyPages
                    + " page(s), the lead on " + leadsLost + " of " + leads + ", the prose lead on " + proseLeadsLost + " of "
                    + proseLeads);
        }
        if (!whyLost.isEmpty()) {
            String part = dataset.part() == null ? "" : dataset.part().label() + " part: ";
            StringBuilder sb = new StringBuilder(part + "lead lost, by where the gold lead went:");
            whyLost.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sb.append(' ').append(e.getKey()).append(": ")
                    .append(e.getValue()).append(';'));
            sb.setLength(sb.length() - 1);
            Map<String, Integer> coarse = new LinkedHashMap<>();
            whyLost.forEach((k, v) -> coarse.merge(k.replaceFirst("^(filter|cleaning): .*", "$1")
                    .replaceFirst("^outside: (\\w+) the story.*", "outside, $1 the story"), v, Integer::sum));
            notes.add(part + "lead lost, in short: " + coarse.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")));
            notes.add(sb.toString());
            notes.add(part + "lead lost on " + leadsLost + " page(s), of which the page's description repeats the lead on " + described
                    + "; the gold lead reads as " + leadKinds);
        }
        if (dates > 0) {
            notes.add("date.acc over " + dates + " page(s) with a gold date");
        }
        return new Report(name(), dataset.name(), n, m, notes);
    }

    /** The text scored as the body: standfirst and paragraphs. */
    static String body(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.standfirst() != null) {
            sb.append(a.standfirst()).append("\n\n");
        }
        for (String p : a.paragraphs()) {
            sb.append(p).append("\n\n");
        }
        return sb.toString();
    }

    /** Precision, recall and F1 of the bags of lower-cased words. */
    static double[] bagOfWords(String predicted, String gold) {
        Map<String, Integer> g = counts(tokens(gold, true));
        Map<String, Integer> p = counts(tokens(predicted, true));
        int overlap = 0;
        int np = 0;
        int ng = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            np += e.getValue();
        }
        for (int c : g.values()) {
            ng += c;
        }
        double pr = np == 0 ? (ng == 0 ? 1 : 0) : overlap / (double) np;
        double rc = ng == 0 ? 1 : overlap / (double) ng;
        double f = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
        return new double[] {pr, rc, f};
    }

    /**
     * Whether the prediction holds the gold text's lead: at least half of the word 4-grams of its
     * first paragraph of {@value #LEAD_WORDS} or more words that is not the headline (some gold
     * texts start with the title). Null when the gold has no such paragraph.
     *
     * <p>With {@code prose}, the second reading ({@code pages.prose_lead_lost}): the lead is the
     * first such paragraph that is written as prose, ending a sentence ({@code .}, {@code !},
     * {@code ?}, or a closing quote or bracket after one) and not opening with "By". Some gold
     * texts start with what is not the article's lead: an author list or byline, a dek, a label
     * ("Posted on … :"), a disclosure ending in "Learn more"; the gold is not changed, only where
     * its lead is looked for.
     */
    static Boolean leadKept(String predicted, String gold, String title, boolean prose) {
        return leadKept(predicted, gold, List.of(title), prose);
    }

    /**
     * As {@link #leadKept(String, String, String, boolean)}, passing over every paragraph that
     * repeats one of {@code headlines}: the gold title and the page's own {@code h1} headings
     * ({@link #headlines}). A gold whose title is the page's SEO title may open its text with the
     * visible headline, which is the story's title, not its lead.
     */
    static Boolean leadKept(String predicted, String gold, List<String> headlines, boolean prose) {
        List<String> lead = lead(gold, headlines, prose);
        return lead == null ? null : found(lead, predicted) * 2 >= lead.size();
    }

    /** The word 4-grams of the gold text's lead under the gold title alone, or null. */
    static List<String> lead(String gold, String title, boolean prose) {
        return lead(gold, List.of(title), prose);
    }

    /** The word 4-grams of the gold text's lead (as {@link #leadKept} finds it), or null. */
    static List<String> lead(String gold, List<String> headlines, boolean prose) {
        String para = leadParagraph(gold, headlines, prose);
        return para == null ? null : ngrams(tokens(para, true), 4);
    }

    /** The gold text's lead paragraph (as {@link #leadKept} finds it), or null. */
    static String leadParagraph(String gold, List<String> headlines, boolean prose) {
        Set<String> titles = new java.util.HashSet<>();
        for (String h : headlines) {
            titles.add(squash(h));
        }
        for (String para : gold.split("\\n")) {
            List<String> words = tokens(para, true);
            if (words.size() < LEAD_WORDS || titles.contains(String.join(" ", words))
                    || prose && (!PROSE_END.matcher(para.strip()).find() || words.get(0).equals("by"))) {
                continue;
            }
            return para;
        }
        return null;
    }

    /**
     * The headlines a gold text may repeat above its lead: the gold's title and the text of each
     * {@code h1} of the page, read from the page's bytes as written (no extraction: what the page
     * calls its headline, not what Herald makes of it).
     */
    static List<String> headlines(String goldTitle, byte[] html) {
        List<String> out = new ArrayList<>();
        out.add(goldTitle);
        String page = new String(html, java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = H1.matcher(page);
        for (int i = 0; i < 20 && m.find(); i++) {
            out.add(org.jsoup.parser.Parser.unescapeEntities(m.group(1).replaceAll("<[^>]*>", " "), false));
        }
        return out;
    }

    private static final Pattern H1 = Pattern.compile("(?is)<h1\\b[^>]*>(.{0,2000}?)</h1>");

    /** How many of the lead's 4-grams the text holds. */
    private static long found(List<String> lead, String text) {
        Set<String> have = new java.util.HashSet<>(ngrams(tokens(text, true), 4));
        return lead.stream().filter(have::contains).count();
    }

    /**
     * Where a lost lead went, for the aggregate diagnostic (allowed on the check part: counts only):
     * nowhere in the page's text (the gold's own text, or one a script builds), only in the page's
     * metadata (title, description, JSON-LD body), or in the page and then the fate of the pieces
     * that hold most of it: dropped in cleaning (by tag or class), outside the story's parts (before
     * or after, and where the walk that joins them stopped), or dropped inside them by a named
     * filter (caption, byline, consent, link-dense, ...). "kept" is a lead only partly kept.
     */
    static String whyLost(List<String> lead, org.herald.extract.Trace trace) {
        if (lead == null || lead.isEmpty()) {
            return "no lead";
        }
        if (found(lead, trace.visible()) * 2 < lead.size()) {
            return found(lead, trace.metadata()) * 2 >= lead.size() ? "only in the page's metadata" : "not in the page's text";
        }
        Map<String, StringBuilder> byFate = new LinkedHashMap<>();
        for (org.herald.extract.Trace.Part p : trace.parts()) {
            byFate.computeIfAbsent(p.fate(), k -> new StringBuilder()).append(p.text()).append("\n");
        }
        String best = "in the page, split over blocks of under four words";
        long most = 0;
        for (Map.Entry<String, StringBuilder> e : byFate.entrySet()) {
            // each part on its own line: no 4-gram across two pieces
            long n = 0;
            Set<String> have = new java.util.HashSet<>();
            for (String piece : e.getValue().toString().split("\n")) {
                have.addAll(ngrams(tokens(piece, true), 4));
            }
            n = lead.stream().filter(have::contains).count();
            if (n > most) {
                most = n;
                best = e.getKey();
            }
        }
        return best.equals(org.herald.extract.Trace.KEPT) ? "kept in part" : best;
    }

    /** How a paragraph of prose ends: a sentence's mark, perhaps inside quotes or brackets. */
    private static final Pattern PROSE_END = Pattern.compile("[.!?…][\"”’')\\]]*$");

    /** TP, FP, FN of the word 4-gram multisets, normalised to sum to 1. */
    static double[] shingleCounts(String predicted, String gold) {
        Map<String, Integer> p = counts(ngrams(tokens(predicted, false), 4));
        Map<String, Integer> g = counts(ngrams(tokens(gold, false), 4));
        double tp = 0;
        double np = 0;
        double ng = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            np += e.getValue();
        }
        for (int c : g.values()) {
            ng += c;
        }
        double fp = np - tp;
        double fn = ng - tp;
        double sum = tp + fp + fn;
        if (sum == 0) {
            return new double[] {1, 0, 0};
        }
        return new double[] {tp / sum, fp / sum, fn / sum};
    }

    private static List<String> ngrams(List<String> t, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= t.size(); i++) {
            out.add(String.join(" ", t.subList(i, i + n)));
        }
        return out;
    }

    static List<String> tokens(String s, boolean lower) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(lower ? s.toLowerCase(Locale.ROOT) : s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> items) {
        Map<String, Integer> out = new HashMap<>();
        for (String s : items) {
            out.merge(s, 1, Integer::sum);
        }
        return out;
    }

    private static String squash(String s) {
        return String.join(" ", tokens(s, true));
    }

    /** The yyyy-MM-dd a gold date string starts with, or null. */
    private static String day(String s) {
        Matcher m = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})").matcher(s.strip());
        return m.find() ? m.group(1) : null;
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            byte[] b = in.readNBytes((int) MAX_PAGE + 1);
            if (b.length > MAX_PAGE) {
                throw new IOException("page over " + MAX_PAGE + " bytes");
            }
            return b;
        }
    }
}
