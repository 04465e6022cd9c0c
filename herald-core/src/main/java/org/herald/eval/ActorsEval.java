package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.pipeline.Pipeline;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;

/**
 * Task {@code actors}: for each gold source and target actor of a sentence, is there a resolved
 * actor mention in the sentence with that country (country level) and with that full code? And of
 * the countries Herald finds in sentences that have gold actors, how many are gold ones
 * (precision)? Scores {@code plover-gsr-cameo} (actor objects with sector) and
 * {@code petrarch2-gsr} (full CAMEO codes per event).
 *
 * <p>Old CAMEO country codes in the gold ({@code JAP}, {@code ITL}, {@code ROM}, {@code VTN}) are mapped to
 * ISO on both sides. For PLOVER records a full match is the country plus the gold sector among
 * the roles (no sector: no sector among the roles); for PETRARCH records, the whole code. Gold codes of unknown
 * country ({@code ---LEG}) count for the full code only.
 */
public final class ActorsEval implements EvalTask {

    private static final Map<String, String> LEGACY = Map.of("JAP", "JPN", "ITL", "ITA", "ROM", "ROU", "LEB", "LBN",
            "KUW", "KWT", "UAE", "ARE", "PAL", "PSE", "VTN", "VNM");

    /**
     * PLOVER's sectors. Other three-letter parts of a code name an organisation ({@code UNO} in
     * {@code IGOUNO}), not a sector, and do not count against a gold actor without one.
     */
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "POL", "JUD", "LEG", "MED", "BUS", "OPP",
            "REB", "INS", "CVL", "EDU", "REL", "LAB", "HLH", "REF", "SPY", "CRM", "ELI", "HRI", "AGR", "ENV", "UAF",
            "PTY", "SEP", "DEV", "MOD", "RAD");

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public boolean accepts(Dataset dataset) {
        String n = dataset.name();
        return n.equals("plover-gsr-cameo") || n.equals("petrarch2-gsr");
    }

    /** A gold actor: its country (or null for "---"), full code, PLOVER sector or null. */
    record Gold(String role, String country, String full, String sector, boolean plover) {
    }

    @Override
    public Report run(Dataset dataset, EvalContext context) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        List<JsonNode> records = dataset.records();
        if (context.limit() > 0 && records.size() > context.limit()) {
            records = records.subList(0, context.limit());
        }
        int[] country = new int[4];   // source hit, source total, target hit, target total
        int[] full = new int[4];
        double tp = 0;
        double fp = 0;
        double fn = 0;
        long annotateNanos = 0;
        long resolveNanos = 0;
        int items = 0;
        List<String> notes = new ArrayList<>();
        for (JsonNode r : records) {
            String text = r.path("text").asText("");
            if (text.isBlank()) {
                notes.add(r.path("id").asText("?") + ": no text, skipped");
                continue;
            }
            List<Gold> gold = gold(r);
            if (gold.isEmpty()) {
                continue;
            }
            Article.Builder b = Article.builder().origin(r.path("id").asText("?")).paragraph(text);
            ResolvedDate d = date(r.path("date").asText(""));
            if (d != null) {
                b.published(d, "gold");
            }
            long t0 = System.nanoTime();
            Annotated a = pipeline.tag(b.build());
            long t1 = System.nanoTime();
            List<ActorMention> ms = pipeline.actors(a);
            long t2 = System.nanoTime();
            annotateNanos += t1 - t0;
            resolveNanos += t2 - t1;
            Set<String> predicted = new HashSet<>();
            for (ActorMention m : ms) {
                if (m.actor().country() != null) {
                    predicted.add(norm(m.actor().country()));
                }
            }
            Set<String> goldCountries = new HashSet<>();
            if (context.detail() != null) {
                // one line per record: each gold actor with + (country found) or - , then Herald's mentions
                StringBuilder line = new StringBuilder(r.path("id").asText("?")).append(" gold=");
                for (Gold g : gold) {
                    boolean hit = g.country() == null ? ms.stream().anyMatch(m -> fullMatch(g, m.actor()))
                            : predicted.contains(g.country());
                    line.append(hit ? '+' : '-').append(g.full()).append(' ');
                }
                line.append("herald=");
                for (ActorMention m : ms) {
                    line.append('[').append(m.text()).append('=').append(m.actor().code()).append(']');
                }
                context.detail().println(line);
            }
            for (Gold g : gold) {
                items++;
                int k = g.role().equals("source") ? 0 : 2;
                if (g.country() != null) {
                    goldCountries.add(g.country());
                    country[k + 1]++;
                    if (predicted.contains(g.country())) {
                        country[k]++;
                    }
                }
                full[k + 1]++;
                if (ms.stream().anyMatch(m -> fullMatch(g, m.actor()))) {
                    full[k]++;
                }
            }
            for (String p : predicted) {
                if (goldCountries.contains(p)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String g : goldCountries) {
                if (!predicted.contains(g)) {
                    fn++;
                }
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("source.country", ratio(country[0], country[1]));
        metrics.put("target.country", ratio(country[2], country[3]));
        metrics.put("all.country", ratio(country[0] + country[2], country[1] + country[3]));
        metrics.put("source.full", ratio(full[0], full[1]));
        metrics.put("target.full", ratio(full[2], full[3]));
        metrics.put("all.full", ratio(full[0] + full[2], full[1] + full[3]));
        Report.put(metrics, "countries", new Score(tp, fp, fn));
        if (annotateNanos > 0) {
            notes.add(String.format(Locale.ROOT, "resolve took %.2f ms per sentence, %.2f%% of the time to tag it (annotate without parsing)",
                    resolveNanos / 1e6 / Math.max(1, records.size()), 100.0 * resolveNanos / annotateNanos));
        }
        return new Report(name(), dataset.name(), items, metrics, notes);
    }

    private static double ratio(int hit, int total) {
        return total == 0 ? 1 : (double) hit / total;
    }

    static boolean fullMatch(Gold g, Actor a) {
        if (g.plover()) {
            if (a.country() == null || !norm(a.country()).equals(g.country())) {
                return false;
            }
            List<String> sectors = a.roles().stream().filter(SECTORS::contains).toList();
            return g.sector() == null ? sectors.isEmpty() : sectors.contains(g.sector());
        }
        String code = a.code().length() >= 3 ? norm(a.code().substring(0, 3)) + a.code().substring(3) : a.code();
        return code.equals(g.full());
    }

    static String norm(String country) {
        return LEGACY.getOrDefault(country, country);
    }

    static List<Gold> gold(JsonNode r) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode e : r.path("expected")) {
            if (e.has("source_actors") || e.has("target_actors")) {
                for (String role : List.of("source", "target")) {
                    for (JsonNode a : e.path(role + "_actors")) {
                        String code = a.path("code").asText("").strip().toUpperCase(Locale.ROOT);
                        if (!code.matches("[A-Z-]{3}")) {
                            continue;
                        }
                        String sector = a.path("sector").asText("").strip();
                        sector = sector.length() >= 3 && sector.substring(0, 3).matches("[A-Z]{3}") ? sector.substring(0, 3) : null;
                        String c = code.equals("---") ? null : norm(code);
                        out.add(new Gold(role, c, (c == null ? "---" : c) + (sector == null ? "" : sector), sector, true));
                    }
                }
            } else {
                for (String role : List.of("source", "target")) {
                    String code = e.path(role).asText("").strip().toUpperCase(Locale.ROOT);
                    if (code.length() < 3) {
                        continue;
                    }
                    String head = code.substring(0, 3);
                    String c = head.equals("---") ? null : norm(head);
                    out.add(new Gold(role, c, (c == null ? "---" : c) + code.substring(3), null, false));
                }
            }
        }
        return out;
    }

    private static ResolvedDate date(String yyyymmdd) {
        if (!yyyymmdd.matches("\\d{8}")) {
            return null;
        }
        return ResolvedDate.parse(yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6), null);
    }
}
