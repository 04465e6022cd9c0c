package org.herald.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.model.Annotated;
import org.herald.model.Dependency;
import org.herald.model.Mention;
import org.herald.model.Once;
import org.herald.model.Place;
import org.herald.model.PlaceMention;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.herald.model.Token;
import org.herald.places.internal.Geo;
import org.herald.places.internal.Resolver;

/**
 * The places stage: resolves the place names of an annotated article to gazetteer entries, and
 * tells where an event happened.
 *
 * <p>Reads the entity mentions of an {@link Annotated} (LOCATION and CoreNLP's finer place tags;
 * MISC only when it is a demonym such as "Russian"), the tokens around them (to take in "the
 * Russian Far East" when only "Far East" was tagged) and, for event places, the sentence's
 * dependency parse when there is one. Produces one {@link PlaceMention} per resolved name: the
 * entry, its level (point, subdivision, region, country, continent), the span and a confidence.
 * Assumes spans and token indexes are consistent with the article text. A name that is a
 * person's or an organisation's name in this article (the "Washington" of "George Washington")
 * is not a place, unless a preposition of place comes before it.
 */
public final class Geocoder {

    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "GPE");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "throughout");
    private static final Set<String> DIRECTIONAL = Set.of("to", "into", "toward", "towards", "from", "through", "via");

    private static final Once<Geocoder> SHARED = Once.of(() -> new Geocoder(Gazetteer.shared()));

    private final Gazetteer gazetteer;
    private final Resolver resolver;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.resolver = new Resolver(gazetteer);
    }

    /** The geocoder over {@link Gazetteer#shared()}. */
    public static Geocoder shared() {
        return SHARED.get();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Kilometres between two points on the earth, as the geocoder measures them (for scoring a place). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return Geo.km(lat1, lon1, lat2, lon2);
    }

    /** The places of an article, in text order. */
    public List<Place> resolve(Annotated a) {
        return mentions(a).stream().map(PlaceMention::place).toList();
    }

    /** The place names of an article resolved, with level and confidence, in text order. */
    public List<PlaceMention> mentions(Annotated a) {
        List<TextSpan> names = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        Set<String> people = people(a);
        String text = a.text();
        Set<Span> inOrganisations = new HashSet<>();
        for (Mention m : a.mentions()) {
            String type = m.type();
            boolean place = PLACE_TYPES.contains(type) || type.equals("ORGANIZATION") && area(m.text());
            boolean demonym = (type.equals("MISC") || type.equals("NATIONALITY"))
                    && (!gazetteer.demonym(m.text()).isEmpty() || area(m.text()));
            List<Span> spans = new ArrayList<>();
            if (place || demonym) {
                if (PLACE_TYPES.contains(type) && people.contains(Gazetteer.fold(m.text())) && !afterLocative(a, m)) {
                    continue;
                }
                spans.add(widen(a, m));
            } else if (type.equals("MISC") || type.equals("ORGANIZATION")) {
                // "Syrian-Turkish border", "Louisville Metro Police": the place names inside
                for (Span part : parts(a, m, type.equals("ORGANIZATION"))) {
                    spans.add(part);
                    if (type.equals("ORGANIZATION")) {
                        inOrganisations.add(part);
                    }
                }
            }
            for (Span span : spans) {
                // a widened name swallows the mention before it ("Russian" in "Russian Far East")
                while (!names.isEmpty() && span.contains(names.get(names.size() - 1).span())) {
                    names.remove(names.size() - 1);
                    sentences.remove(sentences.size() - 1);
                }
                if (!names.isEmpty() && names.get(names.size() - 1).span().overlaps(span)) {
                    continue;
                }
                names.add(new TextSpan(span.of(text), span));
                sentences.add(m.sentence());
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : resolveNames(text, names, sentences.stream().mapToInt(Integer::intValue).toArray())) {
            out.add(inOrganisations.contains(p.place().span())
                    ? new PlaceMention(p.place(), p.level(), p.sentence(), p.confidence(), ORGANISATION_NAME) : p);
        }
        return out;
    }

    /** How a place named inside an organisation's name was read; such a place is never an event's place. */
    public static final String ORGANISATION_NAME = "organisation name";

    /** Whether a name is a country, subdivision, region or continent (not just some town). */
    private boolean area(String name) {
        return gazetteer.lookup(name).stream().anyMatch(h -> !h.alternate() && h.entry().level() != PlaceMention.Level.POINT
                && h.entry().level() != PlaceMention.Level.ADMIN2);
    }

    /**
     * Runs of words inside a MISC or ORGANIZATION mention that are demonyms or names of areas
     * (and, inside an organisation's name, of cities of 100,000 people or more), longest first.
     */
    private List<Span> parts(Annotated a, Mention m, boolean organisation) {
        List<Span> out = new ArrayList<>();
        if (m.sentence() < 0 || m.sentence() >= a.sentences().size()) {
            return out;
        }
        String text = a.text();
        List<Span> pieces = new ArrayList<>();
        List<Token> toks = a.sentences().get(m.sentence()).tokens();
        for (int i = m.tokenStart(); i < m.tokenEnd() && i < toks.size(); i++) {
            Span t = toks.get(i).span();
            int start = t.start();
            for (int k = t.start(); k <= t.end(); k++) {
                if (k == t.end() || text.charAt(k) == '-') {
                    if (k > start) {
                        pieces.add(new Span(start, k));
                    }
                    start = k + 1;
                }
            }
        }
        int i = 0;
        while (i < pieces.size()) {
            int taken = 0;
            for (int len = Math.min(3, pieces.size() - i); len >= 1 && taken == 0; len--) {
                Span run = new Span(pieces.get(i).start(), pieces.get(i + len - 1).end());
                String words = run.of(text);
                if (run.equals(m.span()) || !Character.isUpperCase(words.charAt(0)) || len == 1 && Resolver.generic(words)) {
                    continue;
                }
                boolean hit = !gazetteer.demonym(words).isEmpty() || area(words) || organisation
                        && gazetteer.lookup(words).stream().anyMatch(h -> !h.alternate() && h.entry().population() >= 100_000);
                if (hit) {
                    out.add(run);
                    taken = len;
                }
            }
            i += Math.max(1, taken);
        }
        return out;
    }

    /**
     * Resolves given place names of one text (the evaluation feeds gold names through here).
     *
     * @param text the text the spans point into, used to read qualifiers such as "Paris, Texas"
     * @param names the names in text order
     * @param sentences each name's sentence index, or null
     */
    public List<PlaceMention> resolveNames(String text, List<TextSpan> names, int[] sentences) {
        return resolver.resolve(text, names, sentences);
    }

    /** {@link #placeOf(Annotated, List, int, int)} resolving the article's places first. */
    public PlaceMention placeOf(Annotated a, int sentence, int trigger) {
        return placeOf(a, mentions(a), sentence, trigger);
    }

    /**
     * Where an event happened: the place of its clause. With a parse, a place attached to the
     * trigger by a locative or directional preposition ("talks in Vladivostok", "journey to
     * Vladivostok") or as its object ("visited Moscow"), or the place a relative "where" clause
     * hangs from; else a place in the same
     * sentence after such a preposition, else any place named in the sentence (not a demonym);
     * else null.
     *
     * @param places the article's resolved places ({@link #mentions})
     */
    public PlaceMention placeOf(Annotated a, List<PlaceMention> places, int sentence, int trigger) {
        if (sentence < 0 || sentence >= a.sentences().size()) {
            return null;
        }
        Sentence s = a.sentences().get(sentence);
        List<PlaceMention> here = new ArrayList<>();
        for (PlaceMention p : places) {
            if (p.place().span() != null && s.span().contains(p.place().span()) && !p.via().equals("demonym")
                    && !p.via().equals(ORGANISATION_NAME)) {
                here.add(p);
            }
        }
        if (here.isEmpty()) {
            return null;
        }
        if (s.parsed() && trigger >= 0 && trigger < s.tokens().size()) {
            PlaceMention p = attached(s, here, trigger);
            if (p != null) {
                return p;
            }
        }
        PlaceMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (PlaceMention p : here) {
            int tok = tokenAt(s, p.place().span().start());
            if (s.parsed() && trigger >= 0 && !near(s, tokensOf(s, p.place().span()), trigger)) {
                continue; // with a parse, a place deep in another phrase is not where this event is
            }
            String prev = tok > 0 ? s.tokens().get(tok - 1).word().toLowerCase(Locale.ROOT) : "";
            int rank = LOCATIVE.contains(prev) ? 0 : DIRECTIONAL.contains(prev) ? 1 : 2;
            int dist = trigger >= 0 ? Math.abs(tok - trigger) : tok;
            int key = rank * 10_000 + dist;
            if (key < bestRank) {
                bestRank = key;
                best = p;
            }
        }
        return best;
    }

    /** A place attached to the trigger in the parse, or the antecedent of a "where" clause around it. */
    private static PlaceMention attached(Sentence s, List<PlaceMention> here, int trigger) {
        PlaceMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (PlaceMention p : here) {
            for (int tok : tokensOf(s, p.place().span())) {
                Dependency d = s.head(tok);
                if (d == null) {
                    continue;
                }
                // the place's head, the trigger or the trigger's own head (verb + noun: "began his journey to X")
                Dependency up = s.head(trigger);
                boolean toTrigger = d.governor() == trigger || up != null && d.governor() == up.governor()
                        && up.governor() >= 0 && d.governor() != tok;
                if (!toTrigger) {
                    continue;
                }
                String rel = d.relation().toLowerCase(Locale.ROOT);
                int colon = rel.indexOf(':');
                String prep = colon < 0 ? "" : rel.substring(colon + 1);
                int rank;
                if ((rel.startsWith("obl") || rel.startsWith("nmod")) && LOCATIVE.contains(prep)) {
                    rank = d.governor() == trigger ? 0 : 3;
                } else if ((rel.startsWith("obl") || rel.startsWith("nmod")) && DIRECTIONAL.contains(prep)) {
                    rank = d.governor() == trigger ? 1 : 4;
                } else if (rel.equals("obj") && d.governor() == trigger) {
                    rank = 2; // "visited Moscow", "left Paris"
                } else {
                    continue;
                }
                if (rank < bestRank) {
                    bestRank = rank;
                    best = p;
                }
            }
        }
        if (best != null) {
            return best;
        }
        // "Vladivostok, where he is to hold talks": climb from the trigger to a relative clause on a place.
        int cur = trigger;
        for (int hop = 0; hop < 6 && cur >= 0; hop++) {
            Dependency d = s.head(cur);
            if (d == null) {
                break;
            }
            if (d.relation().startsWith("acl:relcl")) {
                boolean where = false;
                for (Dependency c : s.children(cur)) {
                    if (c.relation().startsWith("advmod") && s.tokens().get(c.dependent()).word().equalsIgnoreCase("where")) {
                        where = true;
                    }
                }
                if (where) {
                    for (PlaceMention p : here) {
                        if (tokensOf(s, p.place().span()).contains(d.governor())) {
                            return p;
                        }
                    }
                    // "arrived in Vladivostok to attend a forum, where the two leaders met": the
                    // antecedent is not a place, so the place of the clause it belongs to
                    int up = d.governor();
                    for (int k = 0; k < 4 && up >= 0; k++) {
                        for (Dependency c : s.children(up)) {
                            String rel = c.relation().toLowerCase(Locale.ROOT);
                            int colon = rel.indexOf(':');
                            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && colon > 0
                                    && LOCATIVE.contains(rel.substring(colon + 1))) {
                                for (PlaceMention p : here) {
                                    if (tokensOf(s, p.place().span()).contains(c.dependent())) {
                                        return p;
                                    }
                                }
                            }
                        }
                        Dependency h = s.head(up);
                        up = h == null ? -1 : h.governor();
                    }
                    return null;
                }
            }
            cur = d.governor();
        }
        return null;
    }

    /** Whether a token of the place hangs from the trigger, or from the trigger's head, within two steps. */
    private static boolean near(Sentence s, List<Integer> tokens, int trigger) {
        Dependency up = s.head(trigger);
        int head = up == null ? -2 : up.governor();
        for (int tok : tokens) {
            int cur = tok;
            for (int hop = 0; hop < 2; hop++) {
                Dependency d = s.head(cur);
                if (d == null || d.governor() < 0) {
                    break;
                }
                if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod")) {
                    break; // a subject or object is an actor, not the scene
                }
                if (d.governor() == trigger || d.governor() == head) {
                    return true;
                }
                cur = d.governor();
            }
        }
        return false;
    }

    private static List<Integer> tokensOf(Sentence s, Span span) {
        List<Integer> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.span().overlaps(span)) {
                out.add(t.index());
            }
        }
        return out;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.span().end() > offset) {
                return t.index();
            }
        }
        return s.tokens().size() - 1;
    }

    /**
     * Folded names that are people or organisations in this article: full names and surnames of
     * PERSON mentions, and ORGANIZATION mentions as written unless they name an area or a city
     * of 100,000 people or more (then the organisation is a metonym: "Iran", "Louisville").
     */
    private Set<String> people(Annotated a) {
        Set<String> out = new HashSet<>();
        for (Mention m : a.mentions()) {
            if (m.type().equals("ORGANIZATION") && !area(m.text()) && gazetteer.lookup(m.text()).stream()
                    .noneMatch(h -> !h.alternate() && h.entry().population() >= 100_000)) {
                out.add(Gazetteer.fold(m.text()));
            }
            if (m.type().equals("PERSON")) {
                String f = Gazetteer.fold(m.text());
                out.add(f);
                int sp = f.lastIndexOf(' ');
                if (sp > 0) {
                    out.add(f.substring(sp + 1));
                }
            }
        }
        return out;
    }

    private static boolean afterLocative(Annotated a, Mention m) {
        if (m.sentence() < 0 || m.sentence() >= a.sentences().size() || m.tokenStart() <= 0) {
            return false;
        }
        Token prev = a.sentences().get(m.sentence()).tokens().get(m.tokenStart() - 1);
        String w = prev.word().toLowerCase(Locale.ROOT);
        return LOCATIVE.contains(w) || DIRECTIONAL.contains(w);
    }

    /** Takes in one or two words before the mention when the longer name is in the gazetteer ("Russian" + "Far East"). */
    private Span widen(Annotated a, Mention m) {
        if (m.sentence() < 0 || m.sentence() >= a.sentences().size()) {
            return m.span();
        }
        List<Token> toks = a.sentences().get(m.sentence()).tokens();
        Span best = m.span();
        for (int back = 1; back <= 2 && m.tokenStart() - back >= 0; back++) {
            Token t = toks.get(m.tokenStart() - back);
            if (t.word().equalsIgnoreCase("the") || !(t.pos().startsWith("NNP") || t.pos().startsWith("JJ"))) {
                break;
            }
            Span wider = new Span(t.span().start(), m.span().end());
            if (!gazetteer.lookup(wider.of(a.text())).isEmpty()) {
                best = wider;
            }
        }
        return best;
    }
}
