package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.pipeline.Pipeline;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Ids;
import org.herald.model.PlaceMention;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.herald.places.Geocoder;

/**
 * {@code herald eval places}: geoparsing on GeoWebNews and LGL (records with {@code text} and
 * {@code toponyms} carrying gold {@code lat}/{@code lon}).
 *
 * <p>Metrics: {@code resolve.acc161} and {@code resolve.median_km}, resolution of the gold
 * toponyms (their spans given, so this measures the gazetteer and the disambiguation alone; a
 * toponym left unresolved counts as wrong, at 20,000 km); {@code resolve.unresolved}, the share of
 * gold toponyms that got no entry at all. Then the whole path, CoreNLP's entities and the
 * geocoder: {@code recognize.p/r/f1}, toponym recognition (a found name matches a gold toponym
 * it overlaps, one to one; a found name that overlaps only an annotation of a type not counted
 * is neither right nor wrong), and {@code e2e.acc161}, the share of gold toponyms with
 * coordinates that were found and placed within 161 km.
 * On GeoWebNews the gold toponyms are the literal, metonymic, mixed, coercion, modifier and
 * embedded types; expression types (common nouns), homonyms, non-toponyms, languages and
 * demonyms-as-people are left out.
 */
public final class PlacesEval implements EvalTask {

    /** GeoWebNews types that name a place (the paper's toponym classes). */
    static final Set<String> GWN_TOPONYMS = Set.of("Literal", "Mixed", "Coercion", "Embedded_Literal",
            "Literal_Modifier", "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit");
    static final double MISS_KM = 20_000;
    static final int ANNOTATE_DEFAULT = 60;

    private final Geocoder geocoder;

    public PlacesEval() {
        this(null);
    }

    PlacesEval(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public boolean accepts(Dataset dataset) {
        try {
            JsonNode first = dataset.first();
            return first != null && first.has("text") && first.path("toponyms").isArray();
        } catch (IOException e) {
            return false;
        }
    }

    /** A gold toponym: its span, name, point (NaN when it has none), annotated type and GeoNames id (0 when none). */
    record Gold(Span span, String name, double lat, double lon, String type, long geonameid) {
        boolean located() {
            return !Double.isNaN(lat);
        }
    }

    @Override
    public Report run(Dataset dataset, EvalContext context) throws IOException {
        Geocoder g = geocoder != null ? geocoder : Geocoder.shared();
        List<String> notes = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        int articles = 0;
        int bad = 0;
        java.io.PrintStream detail = context.detail();
        for (JsonNode r : dataset.records()) {
            if (context.limit() > 0 && articles >= context.limit()) {
                break;
            }
            articles++;
            String text = r.path("text").asText(null);
            if (text == null) {
                bad++;
                continue;
            }
            List<Gold> gold = gold(r, text);
            List<TextSpan> names = new ArrayList<>();
            for (Gold x : gold) {
                names.add(new TextSpan(x.name(), x.span()));
            }
            List<PlaceMention> got = g.resolveNames(text, names, null);
            for (Gold x : gold) {
                if (!x.located()) {
                    continue;
                }
                double km = MISS_KM;
                PlaceMention chosen = null;
                for (PlaceMention p : got) {
                    if (p.place().span().equals(x.span())) {
                        km = Geocoder.km(x.lat(), x.lon(), p.place().lat(), p.place().lon());
                        chosen = p;
                        break;
                    }
                }
                errors.add(km);
                if (detail != null && km > 161) {
                    detail.println(detail(r, x, chosen, km));
                }
            }
        }
        if (bad > 0) {
            notes.add(bad + " record(s) without text skipped");
        }
        Score recognized = Score.ZERO;
        int e2eHits = 0;
        int e2eGold = 0;
        int done = 0;
        int failed = 0;
        List<String> failures = new ArrayList<>();
        int cap = annotateCap(context);
        Pipeline pipeline = cap < 0 ? null : Pipeline.standard();
        for (JsonNode r : cap < 0 ? List.<JsonNode>of() : dataset.records()) {
            if (cap > 0 && done >= cap) {
                break;
            }
            String text = r.path("text").asText(null);
            if (text == null) {
                continue;
            }
            done++;
            List<Gold> gold = gold(r, text);
            List<Span> ignored = new ArrayList<>();
            for (JsonNode t : r.path("toponyms")) {
                int s = t.path("start").asInt(-1);
                int e = t.path("end").asInt(-1);
                if (s >= 0 && e > s && e <= text.length()) {
                    ignored.add(new Span(s, e));
                }
            }
            Annotated a;
            try {
                a = pipeline.tag(article(r, text)); // places need no parse
            } catch (RuntimeException ex) {
                // one article the annotator cannot take must not stop the run: count it as found nothing
                failed++;
                if (failures.size() < 3) {
                    failures.add(r.path("id").asText("?") + ": " + ex);
                }
                recognized = recognized.plus(new Score(0, 0, gold.size()));
                e2eGold += (int) gold.stream().filter(Gold::located).count();
                continue;
            }
            List<PlaceMention> found = g.mentions(a);
            boolean[] used = new boolean[gold.size()];
            double tp = 0;
            double fp = 0;
            for (PlaceMention p : found) {
                Span ps = p.place().span();
                int match = -1;
                for (int i = 0; i < gold.size() && match < 0; i++) {
                    if (!used[i] && gold.get(i).span().overlaps(ps)) {
                        match = i;
                    }
                }
                if (match >= 0) {
                    used[match] = true;
                    tp++;
                    Gold x = gold.get(match);
                    if (x.located() && Geocoder.km(x.lat(), x.lon(), p.place().lat(), p.place().lon()) <= 161) {
                        e2eHits++;
                    }
                } else if (ignored.stream().noneMatch(sp -> sp.overlaps(ps))) {
                    fp++;
                    if (detail != null) {
                        detail.println("fp\t" + r.path("id").asText("?") + "\t" + ps.of(text) + "\t"
                                + p.place().name() + " " + p.place().country() + " " + p.level().json() + " via=" + p.via());
                    }
                }
            }
            recognized = recognized.plus(new Score(tp, fp, gold.size() - tp));
            e2eGold += (int) gold.stream().filter(Gold::located).count();
            if (context.log() != null && done % 50 == 0) {
                context.log().println("places: annotated " + done + " articles of " + dataset.name());
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        m.put("resolve.acc161", e.length == 0 ? 0 : Arrays.stream(e).filter(x -> x <= 161).count() / (double) e.length);
        m.put("resolve.median_km", e.length == 0 ? 0 : e[e.length / 2]);
        m.put("resolve.unresolved", e.length == 0 ? 0 : Arrays.stream(e).filter(x -> x >= MISS_KM).count() / (double) e.length);
        if (cap >= 0) {
            Report.put(m, "recognize", recognized);
            m.put("e2e.acc161", e2eGold == 0 ? 0 : e2eHits / (double) e2eGold);
        }
        notes.add("resolution of " + e.length + " gold toponyms with coordinates, gold spans given");
        notes.add("recognition and e2e over the first " + done + " articles, annotated with CoreNLP"
                + " (-Dherald.eval.places.annotate=N, 0 = all)");
        if (failed > 0) {
            notes.add(failed + " article(s) failed to annotate and count as finding nothing, e.g. " + failures);
        }
        return new Report(name(), dataset.name(), e.length, m, notes);
    }

    /** One line about a gold toponym resolved more than 161 km off: gold, then what Herald chose. */
    private static String detail(JsonNode r, Gold x, PlaceMention p, double km) {
        String got = p == null ? "unresolved"
                : String.format(java.util.Locale.ROOT, "%s %s/%s %s %s %.2f,%.2f id=%d via=%s conf=%.2f", p.place().name(),
                        p.place().country(), p.place().admin1(), p.level().json(), p.place().featureClass(),
                        p.place().lat(), p.place().lon(), p.place().geonameid(), p.via(), p.confidence());
        return String.format(java.util.Locale.ROOT, "miss\t%s\t%s\t%s\tgold %.2f,%.2f id=%d\t%.0f km\t%s",
                r.path("id").asText("?"), x.name(), x.type(), x.lat(), x.lon(), x.geonameid(), km, got);
    }

    /**
     * How many articles to run through CoreNLP for recognition and e2e: CoreNLP costs about a
     * second an article on two cores, so by default the first {@value #ANNOTATE_DEFAULT} (the
     * system property {@code herald.eval.places.annotate} changes it, 0 = all); never more than
     * {@code --limit}.
     */
    static int annotateCap(EvalContext context) {
        int cap = ANNOTATE_DEFAULT;
        String p = System.getProperty("herald.eval.places.annotate");
        if (p != null && !p.isBlank()) {
            try {
                cap = Integer.parseInt(p.strip());
            } catch (NumberFormatException e) {
                cap = ANNOTATE_DEFAULT;
            }
        }
        if (cap < 0) {
            return -1;
        }
        if (context.limit() > 0) {
            cap = cap <= 0 ? context.limit() : Math.min(cap, context.limit());
        }
        return cap;
    }

    /** A record's text as an article whose canonical text is the record's text, offsets unchanged. */
    static Article article(JsonNode r, String text) {
        String url = r.path("url").asText(null);
        return new Article(Ids.of(text, url), r.path("id").asText("-"), url, r.path("title").asText(null), null, text,
                List.of(new Block(Block.Kind.BODY, new Span(0, text.length()))), List.of(), List.of(), null, null,
                null, "en", Ids.sha256(text), null, null);
    }

    /** The counted gold toponyms of a record, with valid offsets, in text order. */
    static List<Gold> gold(JsonNode r, String text) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode t : r.path("toponyms")) {
            String type = t.path("type").asText(null);
            if (type != null && !GWN_TOPONYMS.contains(type)) {
                continue;
            }
            if (!t.path("offset_ok").asBoolean(true)) {
                continue;
            }
            int s = t.path("start").asInt(-1);
            int e = t.path("end").asInt(-1);
            if (s < 0 || e <= s || e > text.length()) {
                continue;
            }
            double lat = t.path("lat").isNumber() ? t.path("lat").asDouble() : Double.NaN;
            double lon = t.path("lon").isNumber() ? t.path("lon").asDouble() : Double.NaN;
            out.add(new Gold(new Span(s, e), text.substring(s, e), lat, Double.isNaN(lat) ? Double.NaN : lon,
                    type == null ? t.path("fcode").asText("") : type, t.path("geonameid").asLong(0)));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
