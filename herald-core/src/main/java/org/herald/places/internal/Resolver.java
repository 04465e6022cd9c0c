package org.herald.places.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.PlaceMention;
import org.herald.model.PlaceMention.Level;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.herald.places.Gazetteer;
import org.herald.places.Gazetteer.Entry;
import org.herald.places.Gazetteer.Hit;

/**
 * Chooses one gazetteer entry for each place name of an article. A first pass ranks each name's
 * candidates by a prior (population, kind of place, main or alternate spelling); later passes add
 * what the rest of the article says: the countries its other places are in, the states and
 * provinces it names, a qualifier right after the name ("Paris, Texas"), and distance to the
 * other places.
 */
public final class Resolver {

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "downtown", "rural");
    private static final String[] SUFFIXES = {" county", " parish", " province", " region", " state", " district",
        " city", " township", " borough", " oblast", " governorate"};
    private static final int MAX_CANDIDATES = 60;
    private static final double NAMESAKE = 1.5;
    /** How many leading readings of each name, how near and how strongly they hold each other up. */
    private static final int PAIR_CANDIDATES = 5;
    private static final double PAIR_KM = 50;
    private static final double PAIRS = 1.0;
    /** How a facility placed in the article's town was read, and the confidence it gets. */
    public static final String FOCUS = "article focus";
    private static final double FOCUS_CONFIDENCE = 0.3;
    private static final Set<String> FACILITIES = Set.of("hospital", "centre", "center", "court", "courthouse",
            "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "stadium", "arena",
            "school", "elementary", "academy", "park", "hall", "church", "cathedral", "chapel", "basilica", "mosque",
            "temple", "synagogue", "museum", "gallery", "market", "bridge", "university", "college", "campus",
            "airport", "station", "prison", "jail", "castle", "palace", "theatre", "theater", "hotel", "restaurant",
            "mall", "square", "plaza", "library", "clinic", "tower", "embassy", "consulate", "estate", "cemetery",
            "graveyard", "zoo", "pier", "harbour", "harbor", "racecourse", "circuit", "club");
    /** Words of facility and street names that are also the names of some small town somewhere. */
    private static final Set<String> GENERIC = Set.of("center", "centre", "college", "court", "village", "bank",
            "university", "metro", "federal", "hospital", "street", "avenue", "estate", "park", "school", "house",
            "club", "stadium", "city", "hall", "county", "district", "station", "airport", "church", "cathedral",
            "museum", "market", "bridge", "road", "drive", "parade", "square", "tower", "office", "embassy",
            "institute", "academy", "high", "prison", "farm", "farms", "campus", "restaurant", "hotel", "mall",
            "national", "international", "central", "state", "new", "old", "great", "royal", "saint", "mount",
            "lake", "river", "beach", "port", "fort", "town", "valley", "point", "island", "islands", "service",
            "services", "reserve", "racecourse", "golf", "course", "union", "world", "general", "memorial");

    /**
     * The weights of the score: priors by kind of place, penalties for weaker matches, and the
     * strength of each kind of context. {@link #DEFAULT} was set on the GeoWebNews and LGL dev sets.
     */
    public record Weights(double countryPrior, double regionPrior, double admin1Offset, double capital,
                          double alternate, double stripped, double embedded, double countryShare, double admin,
                          double qualifier, double proximity) {
        public static final Weights DEFAULT = new Weights(7.2, 7.0, -0.2, 1.0, 1.0, 1.5, 2.0, 2.8, 2.5, 6.0, 2.0);
    }

    private final Gazetteer gazetteer;
    private final Weights w;

    public Resolver(Gazetteer gazetteer) {
        this(gazetteer, Weights.DEFAULT);
    }

    public Resolver(Gazetteer gazetteer, Weights weights) {
        this.gazetteer = gazetteer;
        this.w = weights;
    }

    /** A candidate entry for a name and how it was found. */
    record Candidate(Entry entry, String via, boolean alternate, boolean stripped, boolean embedded,
                     boolean namesake) {
        Candidate(Entry entry, String via, boolean alternate, boolean stripped, boolean embedded) {
            this(entry, via, alternate, stripped, embedded, false);
        }

        Candidate asNamesake() {
            return new Candidate(entry, via, alternate, stripped, embedded, true);
        }
    }

    /** The candidates of one name, and the scores of the current pass. */
    static final class Name {
        final TextSpan text;
        final List<Candidate> candidates;
        final double[] score;
        int best = -1;
        double confidence;

        Name(TextSpan text, List<Candidate> candidates) {
            this.text = text;
            this.candidates = candidates;
            this.score = new double[candidates.size()];
        }

        Candidate chosen() {
            return best < 0 ? null : candidates.get(best);
        }
    }

    /**
     * Resolves names of one article. {@code text} is the article's text (for qualifiers between
     * names); {@code sentences} gives each name's sentence index (or -1). Names with no candidate
     * get no result; the result keeps the order of the names that resolved.
     */
    public List<PlaceMention> resolve(String text, List<TextSpan> names, int[] sentences) {
        List<Name> all = new ArrayList<>();
        for (TextSpan t : names) {
            all.add(new Name(t, candidates(t.text())));
        }
        for (Name n : all) {
            for (int i = 0; i < n.candidates.size(); i++) {
                n.score[i] = prior(n.candidates.get(i));
            }
            choose(n);
        }
        for (int pass = 0; pass < 2; pass++) {
            Context ctx = new Context(all);
            for (int k = 0; k < all.size(); k++) {
                Name n = all.get(k);
                Name next = qualifier(text, all, k);
                boolean qualifying = k > 0 && qualifier(text, all, k - 1) == n;
                for (int i = 0; i < n.candidates.size(); i++) {
                    n.score[i] = prior(n.candidates.get(i)) + ctx.score(n, n.candidates.get(i), next, qualifying);
                }
                choose(n);
            }
        }
        focus(all);
        List<PlaceMention> out = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            Name n = all.get(k);
            Candidate c = n.chosen();
            if (c == null) {
                continue;
            }
            Span span = n.text.span();
            out.add(new PlaceMention(c.entry().toPlace(span), c.entry().level(), sentences == null ? -1 : sentences[k],
                    n.confidence, c.via()));
        }
        return out;
    }

    /**
     * A building, street or other facility the gazetteer does not have ("Altnagelvin Hospital",
     * "Collins Avenue") is in the town the article is about: the city it names most often (the
     * first of equals). So is one whose embedded place name led more than 300 km away from that
     * town ("Rogers Centre" is not in Rogers, Texas, in a story from Toronto); an area in the name
     * stays ("University of California"). Such a name gets the
     * town, read as "article focus", with a low confidence.
     */
    private static void focus(List<Name> all) {
        Map<Integer, Integer> counts = new HashMap<>();
        Entry focus = null;
        int most = 0;
        for (Name n : all) {
            Candidate c = n.chosen();
            if (c != null && c.entry().level() == Level.POINT && !c.embedded() && c.entry().featureClass().equals("P")) {
                int k = counts.merge(c.entry().index(), 1, Integer::sum);
                if (k > most) {
                    most = k;
                    focus = c.entry();
                }
            }
        }
        if (focus == null) {
            return;
        }
        for (Name n : all) {
            if (!facility(n.text.text())) {
                continue;
            }
            Candidate c = n.chosen();
            // an area in the name stays ("Arizona State University", "Russian Embassy" may be far away)
            if (c == null || c.embedded() && c.entry().level() == Level.POINT
                    && Geo.km(c.entry().lat(), c.entry().lon(), focus.lat(), focus.lon()) > 300) {
                Candidate f = new Candidate(focus, FOCUS, false, false, true);
                n.candidates.add(f);
                n.best = n.candidates.size() - 1;
                n.confidence = FOCUS_CONFIDENCE;
            }
        }
    }

    /** Whether a name is a facility's or a street's: one of its words says so ("Hospital", "Avenue"). */
    static boolean facility(String name) {
        for (String w : name.split("[\\s,.'’-]+")) {
            if (FACILITIES.contains(Fold.key(w))) {
                return true;
            }
        }
        return false;
    }

    private static void choose(Name n) {
        int best = -1;
        double s1 = Double.NEGATIVE_INFINITY;
        double s2 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n.score.length; i++) {
            if (n.score[i] > s1) {
                s2 = s1;
                s1 = n.score[i];
                best = i;
            } else if (n.score[i] > s2) {
                s2 = n.score[i];
            }
        }
        n.best = best;
        n.confidence = best < 0 ? 0 : s2 == Double.NEGATIVE_INFINITY ? 0.95 : 1 / (1 + Math.exp(-(s1 - s2)));
    }

    /** The name right after this one when only ", " or " (" stands between them: "Paris, Texas". */
    private static Name qualifier(String text, List<Name> all, int k) {
        if (k + 1 >= all.size()) {
            return null;
        }
        Span a = all.get(k).text.span();
        Span b = all.get(k + 1).text.span();
        if (text == null || b.start() < a.end() || b.start() - a.end() > 3) {
            return null;
        }
        String between = text.substring(a.end(), b.start()).strip();
        return between.equals(",") || between.equals("(") ? all.get(k + 1) : null;
    }

    /** How likely an entry is before reading the rest of the article. */
    double prior(Candidate c) {
        Entry e = c.entry();
        double s = switch (e.level()) {
            // between countries, a little for size: "French" is France before the French Southern Lands
            case COUNTRY -> w.countryPrior() + Math.max(-0.6, Math.min(0.3, 0.15 * (Math.log10(e.population() + 1) - 6)));
            case CONTINENT -> w.countryPrior();
            // a river is named less often than an area, and its name alone is weaker evidence
            case REGION -> e.feature().startsWith("H.") ? w.regionPrior() - 1.0 : w.regionPrior();
            // a subdivision's population is only what its places add up to, so give it a floor
            case ADMIN1 -> Math.max(5.0, Math.log10(e.population() + 1)) + w.admin1Offset();
            case ADMIN2 -> Math.log10(e.population() + 1) - 0.5;
            case POINT -> Math.log10(e.population() + 1);
        };
        if (e.level() == Level.POINT) {
            String f = e.feature();
            if (f.equals("P.PPLC")) {
                s += w.capital();
            } else if (f.startsWith("P.PPLA")) {
                s += 0.3;
            } else if (!f.startsWith("P.")) {
                s -= 1.0;
            }
        }
        if (c.alternate()) {
            s -= w.alternate();
        }
        if (c.stripped()) {
            s -= w.stripped();
        }
        if (c.embedded()) {
            s -= w.embedded();
        }
        if (c.namesake()) {
            s += NAMESAKE;
        }
        if (c.via().equals("demonym")) {
            s += e.level() == Level.REGION ? -0.5 : 0.5;
        }
        return s;
    }

    /** What the other names of the article say about a candidate. */
    final class Context {
        final Map<String, Double> countries = new HashMap<>();
        double total;
        final Map<String, Double> admins = new LinkedHashMap<>();
        final List<Entry> points = new ArrayList<>();
        final List<Name> names;
        /** Per distinct name (folded), its best few candidates that are places, for {@link #pairs}. */
        final Map<String, List<Entry>> leading = new LinkedHashMap<>();

        Context(List<Name> names) {
            this.names = names;
            for (Name n : names) {
                String key = Fold.key(n.text.text());
                if (leading.containsKey(key) || n.candidates.isEmpty()) {
                    continue;
                }
                Integer[] order = new Integer[n.candidates.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (x, y) -> Double.compare(n.score[y], n.score[x]));
                List<Entry> top = new ArrayList<>();
                for (int i = 0; i < order.length && top.size() < PAIR_CANDIDATES; i++) {
                    Entry e = n.candidates.get(order[i]).entry();
                    if (e.level() == Level.POINT || e.level() == Level.ADMIN2) {
                        top.add(e);
                    }
                }
                leading.put(key, top);
            }
            for (Name n : names) {
                Candidate c = n.chosen();
                if (c == null) {
                    continue;
                }
                Entry e = c.entry();
                if (!e.country().isEmpty()) {
                    countries.merge(e.country(), n.confidence, Double::sum);
                    total += n.confidence;
                }
                if (e.level() == Level.ADMIN1) {
                    admins.merge(e.country() + "." + e.admin1(), n.confidence, Double::sum);
                }
                if (e.level() == Level.POINT || e.level() == Level.ADMIN1 || e.level() == Level.ADMIN2) {
                    points.add(e);
                }
            }
        }

        /**
         * Whether another name of the article has, among its leading readings, a place near this
         * candidate, whatever that name was read as last pass: Paris, Tennessee and Henry County,
         * Tennessee hold each other up even while "Paris" is still read as France and "Henry
         * County" as the one in Georgia. In [0, 1].
         */
        double pairs(Name self, Entry e) {
            String mine = Fold.key(self.text.text());
            double best = 0;
            for (Map.Entry<String, List<Entry>> other : leading.entrySet()) {
                if (other.getKey().equals(mine)) {
                    continue;
                }
                for (Entry o : other.getValue()) {
                    if (o.index() != e.index()) {
                        double km = Geo.km(e.lat(), e.lon(), o.lat(), o.lon());
                        if (km < PAIR_KM) {
                            best = Math.max(best, 1 - km / PAIR_KM);
                        }
                    }
                }
            }
            return best;
        }

        double score(Name self, Candidate c, Name qualifier, boolean qualifying) {
            Entry e = c.entry();
            double s = 0;
            if (qualifying && (e.level() == Level.ADMIN1 || e.level() == Level.COUNTRY)) {
                s += w.qualifier() / 3; // "Rego Park, New York": the state, not the city
            }
            if (!e.country().isEmpty() && total > 0) {
                Candidate own = self.chosen();
                double mine = own != null && own.entry().country().equals(e.country()) ? self.confidence : 0;
                double votes = countries.getOrDefault(e.country(), 0.0) - mine;
                double others = total - (own != null && !own.entry().country().isEmpty() ? self.confidence : 0);
                if (others > 0) {
                    s += w.countryShare() * votes / others;
                }
            }
            if ((e.level() == Level.POINT || e.level() == Level.ADMIN2) && !e.admin1().isEmpty()) {
                Double a = admins.get(e.country() + "." + e.admin1());
                Candidate own = self.chosen();
                // the state this very name was read as last pass does not count ("New York" is not
                // New York City because it was the state of New York)
                double mine = own != null && own.entry().level() == Level.ADMIN1
                        && (e.country() + "." + e.admin1()).equals(own.entry().country() + "." + own.entry().admin1())
                        ? self.confidence : 0;
                if (a != null && a - mine > 1e-9) {
                    s += w.admin();
                }
            }
            if (qualifier != null && qualifier.chosen() != null) {
                Entry q = qualifier.chosen().entry();
                boolean inside = switch (q.level()) {
                    case COUNTRY -> e.country().equals(q.country()) && e.level() != Level.COUNTRY;
                    case ADMIN1 -> e.country().equals(q.country()) && e.admin1().equals(q.admin1())
                            && e.level() != Level.ADMIN1;
                    default -> false;
                };
                if (inside) {
                    s += w.qualifier();
                }
            }
            if (e.level() == Level.COUNTRY || e.level() == Level.ADMIN1) {
                // the counterpart of nearness for an area: other places of the article inside it
                for (Entry p : points) {
                    boolean mine = self.chosen() != null && self.chosen().entry().index() == p.index();
                    if (!mine && p.index() != e.index() && p.country().equals(e.country())
                            && (e.level() == Level.COUNTRY || p.admin1().equals(e.admin1()))) {
                        s += w.proximity();
                        break;
                    }
                }
            }
            if (e.level() == Level.POINT || e.level() == Level.ADMIN2) {
                double near = Double.MAX_VALUE;
                for (Entry p : points) {
                    if (p.index() != e.index() && !(self.chosen() != null && self.chosen().entry().index() == p.index())) {
                        near = Math.min(near, Geo.km(e.lat(), e.lon(), p.lat(), p.lon()));
                    }
                }
                if (near < 300) {
                    s += w.proximity() * (1 - near / 300);
                }
                s += w.proximity() * PAIRS * pairs(self, e);
            }
            return s;
        }
    }

    /** Entries a name may stand for: by name, then without a direction word or a "County" suffix, then as a demonym. */
    List<Candidate> candidates(String name) {
        String clean = name.strip();
        String folded = Fold.key(clean);
        if (DIRECTIONS.contains(folded.startsWith("the ") ? folded.substring(4) : folded)) {
            return new ArrayList<>(); // "the West", "the South": a bloc or a part of something, not a place
        }
        if (clean.endsWith("'s") || clean.endsWith("\u2019s")) {
            clean = clean.substring(0, clean.length() - 2);
        }
        List<Candidate> out = new ArrayList<>();
        add(out, gazetteer.lookup(clean), "name", false);
        String key = Fold.key(clean);
        if (out.isEmpty()) {
            String alt = variant(key);
            if (alt != null) {
                add(out, gazetteer.lookup(alt), "name", false);
            }
        }
        if (out.isEmpty()) {
            int sp = key.indexOf(' ');
            // "North West" is not the place called West
            if (sp > 0 && DIRECTIONS.contains(key.substring(0, sp)) && !DIRECTIONS.contains(key.substring(sp + 1))) {
                add(out, gazetteer.lookup(key.substring(sp + 1)), "name", false);
            }
        }
        if (out.isEmpty()) {
            for (String suf : SUFFIXES) {
                if (key.endsWith(suf) && key.length() > suf.length() + 2) {
                    add(out, gazetteer.lookup(key.substring(0, key.length() - suf.length())), "name", true);
                    break;
                }
            }
        }
        for (Hit h : gazetteer.demonym(clean)) {
            out.add(new Candidate(h.entry(), "demonym", false, false, false));
        }
        if (out.isEmpty() && key.endsWith("s")) {
            for (Hit h : gazetteer.demonym(key.substring(0, key.length() - 1))) {
                out.add(new Candidate(h.entry(), "demonym", false, false, false));
            }
        }
        if (out.isEmpty()) {
            embedded(out, clean);
        }
        namesakes(out);
        if (out.size() > MAX_CANDIDATES) {
            out.sort((x, y) -> Double.compare(prior(y), prior(x)));
            return new ArrayList<>(out.subList(0, MAX_CANDIDATES));
        }
        return out;
    }

    /**
     * A city of a million people or more that is known by the name of the state or province it lies
     * in (New York City as "New York") is what news usually means by the name alone; unless the name
     * is also a country's ("Mexico"), it gets {@link #NAMESAKE} to outweigh its alternate-name penalty.
     */
    private static void namesakes(List<Candidate> out) {
        if (out.stream().anyMatch(c -> c.entry().level() == Level.COUNTRY)) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            Entry p = out.get(i).entry();
            if (out.get(i).alternate() && p.level() == Level.POINT && p.population() >= 1_000_000 && out.stream().anyMatch(c ->
                    c.entry().level() == Level.ADMIN1 && c.entry().country().equals(p.country())
                            && c.entry().admin1().equals(p.admin1()))) {
                out.set(i, out.get(i).asNamesake());
            }
        }
    }

    /**
     * A name the gazetteer does not have, such as "Manila Cathedral" or "University of
     * California", is placed by the longest run of its words that is a place name.
     */
    private void embedded(List<Candidate> out, String name) {
        String[] words = name.split("[\\s,]+");
        if (words.length < 2) {
            return;
        }
        for (int len = words.length - 1; len >= 1 && out.isEmpty(); len--) {
            for (int i = 0; i + len <= words.length && out.isEmpty(); i++) {
                // a lone direction ("South Kilburn Estate", "River North") is not a place of its own
                if (len == 1 && (words[i].length() < 3 && !countryCode(words[i]) || !Character.isUpperCase(words[i].charAt(0))
                        || GENERIC.contains(Fold.key(words[i])) || DIRECTIONS.contains(Fold.key(words[i])))) {
                    continue;
                }
                String part = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
                add(out, gazetteer.lookup(part), "embedded name", false);
                if (out.isEmpty()) {
                    for (Hit h : gazetteer.demonym(part)) {
                        out.add(new Candidate(h.entry(), "embedded name", false, false, true));
                    }
                }
            }
        }
    }

    /** Whether a word is a country's two-letter short form in capitals ("US Federal Reserve", "UK Treasury"). */
    private boolean countryCode(String word) {
        return word.length() == 2 && word.equals(word.toUpperCase(Locale.ROOT)) && gazetteer.lookup(word).stream()
                .anyMatch(h -> !h.alternate() && h.entry().level() == Level.COUNTRY);
    }

    /** Whether a word is a common word of facility and street names ("Center", "Metro"), never a place alone. */
    public static boolean generic(String word) {
        return GENERIC.contains(Fold.key(word));
    }

    private static String variant(String key) {
        String[][] pairs = {{"st ", "saint "}, {"saint ", "st "}, {"ft ", "fort "}, {"mt ", "mount "}, {"mount ", "mt "}};
        for (String[] p : pairs) {
            if (key.startsWith(p[0])) {
                return p[1] + key.substring(p[0].length());
            }
        }
        return null;
    }

    private static void add(List<Candidate> out, List<Hit> hits, String via, boolean stripped) {
        for (Hit h : hits) {
            out.add(new Candidate(h.entry(), h.alternate() ? "alternate name" : via, h.alternate(), stripped,
                    via.equals("embedded name")));
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
