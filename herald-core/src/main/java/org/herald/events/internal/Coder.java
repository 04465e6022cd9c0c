package org.herald.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Attribution;
import org.herald.model.Block;
import org.herald.model.Dependency;
import org.herald.model.Event;
import org.herald.model.Participant;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.herald.model.Token;

/** Codes the parsed sentences of one article. Not thread-safe; make one per article. */
public final class Coder {

    /** A trigger found in a sentence, with the tokens its constraints matched. */
    record Trigger(int token, Lexicon.Entry entry, List<Integer> matched) {

        /** Matched words that are part of the trigger's phrase, not wildcards that may be participants. */
        List<Integer> fixed() {
            List<Integer> out = new ArrayList<>();
            for (int k = 0; k < matched.size(); k++) {
                if (!entry.constraints().get(k).lemmas().contains("*")) {
                    out.add(matched.get(k));
                }
            }
            return out;
        }
    }

    /** Constraint relations whose matched noun has an owner that can be the target. */
    private static final Set<String> OWNED = Set.of("obj", "for", "of", "against", "on", "to", "with", "over", "about");

    /**
     * Roots whose triggers take an action they do not assert: appeal, intend, yield (allow,
     * permit), demand, reject, threaten, coerce.
     */
    private static final Set<String> GOVERNING_ROOTS = Set.of("02", "03", "08", "10", "12", "13", "17");

    /** Roles an actor must have one of (or a country) to be a party to material conflict. */
    private static final Set<String> CIVIC_ONLY = Set.of("BUS", "MED", "EDU", "HLH", "SCI", "ENT", "SPT", "AGR");

    private final CameoTable table;
    private final Lexicon lexicon;
    private final Cues cues;
    private final Annotated doc;
    private final Arguments args;
    private final Modality modality;
    private final boolean sportStory;
    private final int leadEnd;

    public Coder(CameoTable table, Lexicon lexicon, Cues cues, Annotated doc, List<ActorMention> mentions) {
        this.table = table;
        this.lexicon = lexicon;
        this.cues = cues;
        this.doc = doc;
        this.args = new Arguments(doc, mentions, cues);
        this.modality = new Modality(cues);
        this.sportStory = countSportWords(doc) >= 3;
        int lead = -1;
        List<Block> blocks = doc.article().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            lead = i;
            if (blocks.get(i).kind() == Block.Kind.BODY) {
                break;
            }
        }
        this.leadEnd = lead;
    }

    private int countSportWords(Annotated d) {
        Set<String> seen = new HashSet<>();
        for (Sentence s : d.sentences()) {
            for (Token t : s.tokens()) {
                String l = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
                if (cues.is(Cues.Kind.SPORT, l)) {
                    seen.add(l);
                }
            }
        }
        return seen.size();
    }

    public List<Event> code(Sentence s) {
        Graph g = new Graph(s);
        List<Trigger> triggers = triggers(g);
        Set<Integer> triggerTokens = new HashSet<>();
        for (Trigger t : triggers) {
            if (GOVERNING_ROOTS.contains(t.entry().code().substring(0, 2))) {
                triggerTokens.add(t.token());
            }
        }
        Set<Integer> allTriggers = new HashSet<>();
        for (Trigger t : triggers) {
            allTriggers.add(t.token());
        }
        boolean sportSentence = sportStory || sentenceHasSport(g);
        Map<String, Event> out = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            CameoTable.Code code = table.get(t.entry().code());
            if (t.entry().sport() && sportSentence) {
                continue;
            }
            List<Arguments.Side> sources = sides(g, t, t.entry().source(), true, Set.of());
            Set<String> sourceCodes = new HashSet<>();
            for (Arguments.Side x : sources) {
                if (x.actor() != null) {
                    sourceCodes.add(x.actor().code());
                }
            }
            List<Arguments.Side> targets = sides(g, t, t.entry().target(), false, sourceCodes);
            boolean mutual = t.entry().recip() || code.symmetric();
            // only for a known actor's threat or intention: a target alone is not worth an event
            if (!mutual && GOVERNING_ROOTS.contains(code.code().substring(0, 2)) && !sourceCodes.isEmpty()
                    && targets.stream().noneMatch(x -> x.actor() != null)) {
                List<Arguments.Side> inner = complementTarget(g, t.token(), sourceCodes);
                if (!inner.isEmpty()) {
                    targets = inner;
                }
            }
            // an implied target is no evidence that the act is political: the source must be
            if (!mutual && code.quad() == 4 && targets.stream().noneMatch(x -> x.actor() != null)
                    && sources.stream().anyMatch(x -> political(x) || isProtest(code) && citizens(x))) {
                targets = implicitTarget(g, t, code, sources);
            }
            Modality.Reading reading = modality.read(g, t.token(), triggerTokens);
            // an act that names no one is done to the one other country its sentence names, else,
            // by a domestic body, to its own country
            if (!mutual && targets.stream().noneMatch(x -> x.actor() != null)
                    && (code.quad() != 4 || sources.stream().anyMatch(x -> political(x) || isProtest(code) && citizens(x)))) {
                List<Arguments.Side> other = otherCountry(g, t, allTriggers, sources, reading);
                List<Arguments.Side> home = other.isEmpty() ? ownCountry(g, sources) : other;
                if (!home.isEmpty()) {
                    targets = home;
                }
            }
            List<Arguments.Side[]> pairs = pairs(sources, targets, mutual);
            if (pairs.isEmpty()) {
                continue;
            }
            for (Arguments.Side[] p : pairs) {
                Event e = event(g, t, code, p[0], p[1], reading);
                if (e == null) {
                    continue;
                }
                String key = e.code() + "|" + actorKey(e.source()) + "|" + actorKey(e.target());
                Event old = out.get(key);
                if (old == null || old.confidence() < e.confidence()) {
                    out.put(key, e);
                }
            }
        }
        // a one-sided event (or one whose target is only implied) beside a full one of the same
        // kind and side says nothing more
        List<Event> all = new ArrayList<>(out.values());
        all.removeIf(e -> all.stream().anyMatch(o -> o != e && sameKind(o, e) && covers(o, e)));
        return all;
    }

    /** Whether two events are the same kind of act: one code, or one PLOVER type ("rally" and "protest"). */
    private static boolean sameKind(Event a, Event b) {
        return a.code().equals(b.code())
                || a.plover() != null && b.plover() != null && a.plover().type() != null && a.plover().type().equals(b.plover().type());
    }

    /**
     * Whether {@code full} names both sides, {@code part} only one of them (or an implied target),
     * and {@code full} is no less sure or {@code part}'s target only implied.
     */
    private static boolean covers(Event full, Event part) {
        boolean fs = hasActor(full.source());
        boolean ft = hasActor(full.target()) && full.target().span().length() > 0;
        boolean ps = hasActor(part.source());
        boolean pt = hasActor(part.target()) && part.target().span().length() > 0;
        // an implied target is a guess: a named one of the same kind and source beats it, unless
        // the named one is a guess too (below 0.5: embedded or one-sided, see EventsEval)
        boolean guess = hasActor(part.target()) && part.target().span().length() == 0 && full.confidence() >= 0.5;
        if (!fs || !ft || ps && pt || full.confidence() < part.confidence() && !guess) {
            return false;
        }
        return ps ? actorKey(part.source()).equals(actorKey(full.source()))
                : pt && actorKey(part.target()).equals(actorKey(full.target()));
    }

    private static boolean hasActor(Participant p) {
        return p != null && p.actor() != null;
    }

    private static String actorKey(Participant p) {
        return p == null ? "-" : p.actor() == null ? "?" + p.span().start() : p.actor().code();
    }

    private boolean sentenceHasSport(Graph g) {
        for (int i = 0; i < g.size(); i++) {
            if (cues.is(Cues.Kind.SPORT, g.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- triggers

    List<Trigger> triggers(Graph g) {
        List<Trigger> found = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (int i = 0; i < g.size(); i++) {
            Trigger best = null;
            for (Lexicon.Kind kind : kinds(g, i)) {
                for (Lexicon.Entry e : lexicon.entries(kind, g.lemma(i))) {
                    List<Integer> matched = match(g, i, e);
                    if (matched != null && (best == null || e.specificity() > best.entry().specificity())) {
                        best = new Trigger(i, e, matched);
                    }
                }
            }
            if (best != null) {
                found.add(best);
                consumed.addAll(best.fixed());
            }
        }
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : found) {
            if (!consumed.contains(t.token())) {
                out.add(t);
            }
        }
        return out;
    }

    private List<Lexicon.Kind> kinds(Graph g, int i) {
        Token t = g.token(i);
        List<Lexicon.Kind> k = new ArrayList<>(2);
        String pos = t.pos();
        if (pos.startsWith("VB")) {
            k.add(Lexicon.Kind.VERB);
        } else if (pos.equals("NN") || pos.equals("NNS")) {
            k.add(Lexicon.Kind.NOUN);
            // the tagger sometimes calls a verb with a subject and object a noun ("see X gain Y")
            if (!g.dependents(i, "nsubj").isEmpty() && !g.dependents(i, "obj").isEmpty()) {
                k.add(Lexicon.Kind.VERB);
            }
        } else if (pos.startsWith("JJ")) {
            k.add(Lexicon.Kind.ADJ);
        }
        return k;
    }

    /** The tokens an entry's particle and constraints match, or null when it does not apply. */
    private List<Integer> match(Graph g, int i, Lexicon.Entry e) {
        List<Integer> prts = g.dependents(i, "prt");
        if (e.particle() == null ? !prts.isEmpty() : prts.stream().noneMatch(p -> g.lemma(p).equals(e.particle()))) {
            return null;
        }
        List<Integer> matched = new ArrayList<>();
        for (Lexicon.Constraint c : e.constraints()) {
            int hit = -1;
            String[] steps = c.rel().split(">");
            List<Integer> cur = List.of(i);
            for (int k = 0; k < steps.length - 1 && !cur.isEmpty(); k++) {
                List<Integer> next = new ArrayList<>();
                for (int x : cur) {
                    next.addAll(g.dependents(x, steps[k]));
                }
                cur = next;
            }
            for (int x : cur) {
                List<Integer> candidates = new ArrayList<>(g.dependents(x, steps[steps.length - 1]));
                if (steps.length == 1 && steps[0].equals("obj") && x == i && g.token(i).pos().equals("VBN")) {
                    // "a report released in Kigali": a participle's object is the noun it modifies
                    for (Dependency h : g.heads(i)) {
                        if (h.relation().equals("acl") && h.governor() >= 0) {
                            candidates.add(h.governor());
                        }
                    }
                }
                for (int d : candidates) {
                    if (c.lemmas().contains("*") || c.lemmas().contains(g.lemma(d)) || c.lemmas().contains(g.word(d))
                            || c.lemmas().contains(singular(g, d))) {
                        hit = d;
                        break;
                    }
                }
                if (hit >= 0) {
                    break;
                }
            }
            if (hit < 0) {
                return null;
            }
            matched.add(hit);
        }
        return matched;
    }

    /**
     * A plural noun without its "s", for plurals the lemmatiser keeps whole ("troops").
     * Returns the lemma unchanged for any other word.
     */
    private static String singular(Graph g, int d) {
        String l = g.lemma(d);
        return g.token(d).pos().startsWith("NNS") && l.length() > 3 && l.endsWith("s") && !l.endsWith("ss")
                ? l.substring(0, l.length() - 1) : l;
    }

    // ---- arguments

    private List<Arguments.Side> sides(Graph g, Trigger t, List<String> slots, boolean source, Set<String> exclude) {
        List<Arguments.Side> firstFound = null;
        // "troops were engaged in fighting": a light verb's stative passive, whose subject does
        // the act its prepositional event noun names, is no passive of an act done to it
        if (statePassive(g, t)) {
            if (source) {
                List<Arguments.Side> sides = new ArrayList<>();
                for (Dependency d : g.children(t.token())) {
                    if (d.relation().startsWith("nsubj:pass")) {
                        sides.addAll(args.resolve(g, d.dependent()));
                    }
                }
                if (sides.stream().anyMatch(x -> x.actor() != null)) {
                    return sides;
                }
            } else {
                slots = slots.stream().filter(x -> !x.equals("obj")).toList();
            }
        }
        for (String slot : slots) {
            List<Integer> heads = walk(g, t, slot);
            heads.remove((Integer) t.token());
            if (heads.isEmpty()) {
                continue;
            }
            List<Arguments.Side> sides = new ArrayList<>();
            for (int h : heads) {
                sides.addAll(args.resolve(g, h, exclude));
            }
            if (sides.stream().anyMatch(s -> s.actor() != null && !exclude.contains(s.actor().code()))) {
                return sides;
            }
            if (firstFound == null) {
                firstFound = sides;
            }
        }
        // the owner of a constrained object is the target ("turned down a Chilean offer")
        if (!source && !t.fixed().isEmpty()) {
            for (int k = 0; k < t.matched().size(); k++) {
                String rel = t.entry().constraints().get(k).rel();
                if (!OWNED.contains(rel) || t.entry().constraints().get(k).lemmas().contains("*")) {
                    continue;
                }
                List<Arguments.Side> sides = args.resolve(g, t.matched().get(k), exclude);
                if (sides.stream().anyMatch(x -> x.actor() != null && !exclude.contains(x.actor().code()))) {
                    return sides;
                }
            }
        }
        // a nominal trigger's source is the subject of its light verb ("X held talks with Y")
        if (t.entry().kind() == Lexicon.Kind.NOUN) {
            int light = lightVerb(g, t.token());
            if (light >= 0) {
                List<Integer> heads = new ArrayList<>();
                if (source) {
                    heads.addAll(g.dependents(light, "nsubj"));
                    heads.addAll(g.dependents(light, "agent"));
                    // "forces were engaged in ethnic cleansing": the passive subject of a light
                    // verb the trigger is a prepositional object of does the act
                    boolean oblique = g.heads(t.token()).stream()
                            .anyMatch(d -> d.governor() == light && d.relation().startsWith("obl"));
                    if (oblique && heads.isEmpty()) {
                        for (Dependency d : g.children(light)) {
                            if (d.relation().startsWith("nsubj:pass")) {
                                heads.add(d.dependent());
                            }
                        }
                    }
                } else {
                    for (String slot : slots) {
                        if (!slot.contains(">") && !slot.equals("obj") && !slot.equals("poss")
                                && !slot.equals("amod") && !slot.equals("compound")) {
                            heads.addAll(g.dependents(light, slot));
                        }
                    }
                }
                heads.remove((Integer) t.token());
                List<Arguments.Side> sides = new ArrayList<>();
                for (int h : heads) {
                    sides.addAll(args.resolve(g, h));
                }
                if (sides.stream().anyMatch(s -> s.actor() != null)) {
                    return sides;
                }
            }
        }
        // a conjoined or controlled verb the parser left without a subject shares its head's
        // ("Bush is scheduled to give a speech and meet with dissidents"); so does a purpose clause
        // the parser gave a light verb's event noun as controller ("police opened fire to disperse")
        boolean ownSubject = g.children(t.token()).stream().anyMatch(d -> d.relation().equals("nsubj"));
        if (source && t.entry().kind() == Lexicon.Kind.VERB && !ownSubject) {
            int cur = t.token();
            for (int step = 0; step < 3 && cur >= 0; step++) {
                int up = -1;
                for (Dependency d : g.heads(cur)) {
                    String r = d.relation();
                    boolean infinitive = r.startsWith("ccomp") && g.children(cur).stream()
                            .anyMatch(m -> m.relation().equals("mark") && g.word(m.dependent()).equals("to"));
                    if (d.governor() >= 0 && (r.startsWith("conj") || (r.equals("xcomp") || infinitive)
                            && (g.dependents(d.governor(), "obj").isEmpty() || lightObject(g, d.governor())))) {
                        up = d.governor();
                        break;
                    }
                }
                cur = up;
                if (up < 0) {
                    break;
                }
                List<Integer> subj = g.dependents(up, "nsubj");
                if (!subj.isEmpty()) {
                    List<Arguments.Side> sides = new ArrayList<>();
                    for (int h : subj) {
                        sides.addAll(args.resolve(g, h));
                    }
                    if (sides.stream().anyMatch(x -> x.actor() != null)) {
                        return sides;
                    }
                    break;
                }
            }
        }
        // a participle modifies its subject ("rebels attacking the town") or, passive, its object
        // ("civilians imprisoned for ...")
        boolean passive = g.token(t.token()).pos().equals("VBN");
        if (t.entry().kind() == Lexicon.Kind.VERB && source != passive) {
            for (Dependency d : g.heads(t.token())) {
                if (d.relation().equals("acl") && d.governor() >= 0) {
                    List<Arguments.Side> sides = args.resolve(g, d.governor());
                    if (sides.stream().anyMatch(s -> s.actor() != null)) {
                        return sides;
                    }
                    if (source) {
                        sides = author(g, d.governor());
                        if (!sides.isEmpty()) {
                            return sides;
                        }
                    }
                }
            }
        }
        return firstFound == null ? List.of() : firstFound;
    }

    /** Verbs by which someone puts out a text that then speaks for them. */
    private static final Set<String> ISSUING = Set.of("issue", "release", "publish", "send", "sign", "adopt", "pass",
            "present", "submit", "unveil", "deliver", "post", "put_out", "circulate", "file", "lodge", "make");

    /**
     * Who put out a statement that acts ("the rebels issued a declaration demanding ...", "the
     * ministry released a report accusing ..."): the subject of the verb of issuing the noun is
     * the object of. Empty when there is none with an actor.
     */
    private List<Arguments.Side> author(Graph g, int noun) {
        for (Dependency h : g.heads(noun)) {
            int v = h.governor();
            if (v < 0 || !h.relation().equals("obj") || !ISSUING.contains(Modality.verbLemma(g, v))) {
                continue;
            }
            List<Arguments.Side> sides = new ArrayList<>();
            for (int subj : g.dependents(v, "nsubj")) {
                sides.addAll(args.resolve(g, subj));
            }
            for (int agent : g.dependents(v, "agent")) {
                sides.addAll(args.resolve(g, agent));
            }
            sides.removeIf(x -> x.actor() == null);
            if (!sides.isEmpty()) {
                return sides;
            }
        }
        return List.of();
    }

    /**
     * Whether a trigger is a light verb in the passive with no agent whose entry constrains a
     * prepositional event noun ("were engaged in clashes").
     */
    private boolean statePassive(Graph g, Trigger t) {
        if (t.entry().kind() != Lexicon.Kind.VERB || !lexicon.isLightVerb(Modality.verbLemma(g, t.token()))
                || !g.dependents(t.token(), "agent").isEmpty()
                || g.children(t.token()).stream().noneMatch(d -> d.relation().startsWith("nsubj:pass"))) {
            return false;
        }
        return t.entry().constraints().stream().anyMatch(c -> !isRelationName(c.rel().split(">")[0]));
    }

    /** Whether a verb is a light verb whose object names no actor: an event noun, not a controller. */
    private boolean lightObject(Graph g, int verb) {
        if (!lexicon.isLightVerb(Modality.verbLemma(g, verb))) {
            return false;
        }
        for (int o : g.dependents(verb, "obj")) {
            if (args.resolve(g, o).stream().anyMatch(x -> x.actor() != null)) {
                return false;
            }
        }
        return true;
    }

    /** Where the act a governing trigger takes has its target, in order. */
    private static final List<String> COMPLEMENT_TARGETS = List.of("obj", "iobj", "to", "with", "against", "on",
            "at", "in", "into");

    /** Prepositions by which the object of that act names whom it concerns ("break relations with Russia"). */
    private static final List<String> OBJECT_TARGETS = List.of("with", "to", "against", "on", "in");

    /**
     * The target of the act a threat, intention, appeal, demand or refusal is about, when the
     * trigger itself names none: the subject of a finite complement ("demanded that Israel ease
     * ..."), an argument of an infinitive one ("threatened to deliver blows to the United States",
     * "agreed to open a centre in Tokyo"), or a modifier of its object ("threatened to break
     * relations with Russia"). A side with a country wins over one without ("resume terrorist
     * activities in Israel": Israel, not the terrorists).
     */
    private List<Arguments.Side> complementTarget(Graph g, int trigger, Set<String> exclude) {
        List<Arguments.Side> fallback = List.of();
        for (Dependency d : g.children(trigger)) {
            if (!d.relation().equals("xcomp") && !d.relation().startsWith("ccomp")) {
                continue;
            }
            int verb = d.dependent();
            List<Integer> heads = new ArrayList<>();
            for (Dependency c : g.children(verb)) {
                if (c.relation().equals("nsubj")) {
                    heads.add(c.dependent());
                }
            }
            for (String slot : COMPLEMENT_TARGETS) {
                heads.addAll(g.dependents(verb, slot));
            }
            for (int o : g.dependents(verb, "obj")) {
                for (String prep : OBJECT_TARGETS) {
                    heads.addAll(g.dependents(o, prep));
                }
            }
            for (int h : heads) {
                List<Arguments.Side> sides = args.resolve(g, h, exclude);
                sides.removeIf(x -> x.actor() == null || exclude.contains(x.actor().code()));
                if (sides.stream().anyMatch(Coder::hasCountry)) {
                    return sides;
                }
                if (fallback.isEmpty()) {
                    fallback = sides;
                }
            }
        }
        return fallback;
    }

    private static boolean hasCountry(Arguments.Side s) {
        String c = s.actor().country();
        return c != null && c.length() == 3 && !c.startsWith("-");
    }

    /** Prepositions that place an act in a country or town ("protested in Kirkuk", "shelled positions near X"). */
    private static final List<String> PLACE_PREPS = List.of("in", "at", "into", "across", "throughout", "near", "outside");

    /**
     * The target of a material-conflict act that names none: the country of the place it happened
     * in ("troops opened fire in Kirkuk" → IRQ), else, for a protest (root 14), the government of
     * the protesters' own country ("Egyptian demonstrators rioted" → EGY). Coders of CAMEO and
     * PLOVER code such acts this way; an act with no target at all is not a dyad.
     */
    private List<Arguments.Side> implicitTarget(Graph g, Trigger t, CameoTable.Code code, List<Arguments.Side> sources) {
        List<Integer> anchors = new ArrayList<>();
        anchors.add(t.token());
        if (t.entry().kind() == Lexicon.Kind.NOUN) {
            int light = lightVerb(g, t.token());
            if (light >= 0) {
                anchors.add(light);
            }
        }
        for (int a : anchors) {
            for (String prep : PLACE_PREPS) {
                for (int h : g.dependents(a, prep)) {
                    for (Arguments.Side x : args.resolve(g, h)) {
                        Actor p = x.actor();
                        if (p != null && p.roles().isEmpty() && p.country() != null && p.country().length() == 3
                                && !p.country().startsWith("-")) {
                            Actor c = Actor.of(p.country(), List.of(), null);
                            return List.of(new Arguments.Side(new Participant(x.participant().text(), x.participant().span(), c),
                                    h, true, true));
                        }
                    }
                }
            }
        }
        if (code.code().startsWith("14")) {
            for (Arguments.Side src : sources) {
                Actor a = src.actor();
                if (a != null && !a.roles().isEmpty() && a.country() != null && a.country().length() == 3
                        && !a.country().startsWith("-")) {
                    Actor gov = Actor.of(a.country(), List.of("GOV"), null);
                    int at = src.participant().span().start();
                    return List.of(new Arguments.Side(new Participant("", new Span(at, at), gov), src.token(), false, true));
                }
            }
        }
        return List.of();
    }

    /** Country codes of states (ISO 3166 alpha-3 and the historical ones the actor base uses), not regions or bodies. */
    private static final Set<String> STATES = states();

    private static Set<String> states() {
        Set<String> s = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        s.addAll(List.of("SUN", "YUG", "CSK", "DDR", "XKX"));
        return Set.copyOf(s);
    }

    /** Roles whose acts are not a country's domestic affairs (a team's, a band's). */
    private static final Set<String> NOT_DOMESTIC = Set.of("SPT", "ENT");

    /**
     * The implied target of an act by a country's own body or people that names no target: the
     * country itself ("police banned the rally", "the court rejected the appeal", "rebels
     * rejected the offer" are done to their country; PLOVER coders write KENGOV>KEN). A bare
     * country ("Iran threatened to ...") is usually acting abroad and gets none; nor does a body
     * with no state (the UN, a region). The side is implied, not named: its span is empty, at the
     * start of the source it was inferred from.
     */
    private List<Arguments.Side> ownCountry(Graph g, List<Arguments.Side> sources) {
        for (Arguments.Side src : sources) {
            Actor a = src.actor();
            if (a == null || a.country() == null || !STATES.contains(a.country())
                    || a.roles().isEmpty() && !people(g, src) || a.roles().stream().anyMatch(NOT_DOMESTIC::contains)) {
                continue;
            }
            int at = src.participant().span().start();
            Span none = new Span(at, at);
            return List.of(new Arguments.Side(new Participant("", none, Actor.of(a.country(), List.of(), null)),
                    src.token(), false, true));
        }
        return List.of();
    }

    /** Nouns a country's demonym can modify without naming an actor ("the Thai border"). */
    private static final Set<String> GROUND = Set.of("border", "borders", "frontier", "coast", "waters", "airspace",
            "territory", "soil", "side", "capital", "city", "town", "province", "region", "village", "camp");

    /**
     * The implied target of an act by a state's actor that names none, when its sentence names
     * exactly one other country ("Turkey refused ... the US-backed plan" is done to the US): the
     * countries of the sentence's actor mentions other than the source's, leaving out the
     * attribution ("Thai sources said") and demonyms of ground ("near the Thai border"). Implied
     * like {@link #ownCountry}: an empty span at the mention.
     */
    private List<Arguments.Side> otherCountry(Graph g, Trigger act, Set<Integer> triggers, List<Arguments.Side> sources,
            Modality.Reading reading) {
        int trigger = act.token();
        Set<Integer> others = new HashSet<>(triggers);
        others.remove(trigger);
        others.removeAll(act.matched());
        Set<String> own = new HashSet<>();
        List<Span> ownSpans = new ArrayList<>();
        for (Arguments.Side x : sources) {
            if (x.actor() != null && x.actor().country() != null && STATES.contains(x.actor().country())
                    && x.actor().roles().stream().noneMatch(NOT_DOMESTIC::contains)) {
                own.add(x.actor().country());
                ownSpans.add(x.participant().span());
            }
        }
        if (own.isEmpty()) {
            return List.of();
        }
        Span said = reading.speaker() >= 0 ? args.phrase(g, reading.speaker()) : null;
        String found = null;
        int at = -1;
        for (ActorMention m : args.mentions(g.sentence().index())) {
            String c = m.actor().country();
            int head = headOf(g, m.span());
            if (c == null || !STATES.contains(c) || own.contains(c) || ownSpans.stream().anyMatch(x -> overlaps(m.span(), x))
                    || said != null && overlaps(m.span(), said) || head < 0 || onGround(g, head)
                    || distance(g, trigger, head) > NEAR || underOtherAct(g, head, trigger, others)) {
                continue;
            }
            if (found != null && !found.equals(c)) {
                return List.of(); // two other countries: no telling which
            }
            found = c;
            at = at < 0 ? m.span().start() : at;
        }
        if (found == null) {
            return List.of();
        }
        int token = -1;
        for (Token tk : g.sentence().tokens()) {
            if (tk.span().start() >= at) {
                token = tk.index();
                break;
            }
        }
        if (token < 0) {
            return List.of();
        }
        return List.of(new Arguments.Side(new Participant("", new Span(at, at), Actor.of(found, List.of(), null)),
                token, false, true));
    }

    /** How many dependency arcs an other country may be from the act (deeper: another act's). */
    private static final int NEAR = 4;

    /**
     * Whether a mention is an argument of another act of the sentence: another trigger lies on its
     * way up to the act ("condemned the attack on Poland": Poland is the attack's, not the
     * condemnation's).
     */
    private static boolean underOtherAct(Graph g, int from, int act, Set<Integer> others) {
        Set<Integer> seen = new HashSet<>();
        for (int x = from; x >= 0 && x != act && seen.add(x); x = g.governor(x)) {
            if (x != from && others.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The position of the token a mention ends on (the head of a noun phrase), or -1. */
    private static int headOf(Graph g, Span span) {
        for (int i = 0; i < g.size(); i++) {
            if (g.token(i).span().end() == span.end()) {
                return i;
            }
        }
        return -1;
    }

    /** Arcs between two tokens through their lowest common governor; large when unconnected. */
    private static int distance(Graph g, int a, int b) {
        Map<Integer, Integer> up = new java.util.HashMap<>();
        for (int x = a, d = 0; x >= 0 && !up.containsKey(x); x = g.governor(x), d++) {
            up.put(x, d);
        }
        Set<Integer> seen = new HashSet<>();
        for (int x = b, d = 0; x >= 0 && seen.add(x); x = g.governor(x), d++) {
            Integer da = up.get(x);
            if (da != null) {
                return da + d;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean overlaps(Span a, Span b) {
        return b != null && a.start() < b.end() && b.start() < a.end();
    }

    /** Whether the word after a mention's last token is a noun of ground it modifies ("Thai border"). */
    private static boolean onGround(Graph g, int last) {
        return last + 1 < g.size() && GROUND.contains(g.word(last + 1));
    }

    /**
     * Whether a side coded as a bare country names its people, not the state: a plural noun
     * ("Iraqi Kurds", "young Algerians", "thousands of Nigerians") rather than the country's name.
     */
    private static boolean people(Graph g, Arguments.Side s) {
        String pos = g.token(s.token()).pos();
        return (pos.equals("NNS") || pos.equals("NNPS")) && !s.guessed();
    }

    /** The heads a slot path reaches from the trigger (and, for its first step, from matched words). */
    private List<Integer> walk(Graph g, Trigger t, String slot) {
        String[] steps = slot.split(">");
        List<Integer> cur = new ArrayList<>();
        cur.add(t.token());
        boolean prep = !isRelationName(steps[0]);
        if (prep) {
            cur.addAll(t.matched());
        }
        for (int k = 0; k < steps.length; k++) {
            String step = steps[k];
            boolean last = k == steps.length - 1;
            List<Integer> next = new ArrayList<>();
            for (int c : cur) {
                for (int d : g.dependents(c, step)) {
                    if (!next.contains(d) && !(last && t.fixed().contains(d))) {
                        next.add(d);
                    }
                }
            }
            if (step.equals("obj") && steps.length > 1) {
                // "obj>to" also reaches through an object the constraint matched
                for (int m : t.matched()) {
                    if (!next.contains(m)) {
                        next.add(m);
                    }
                }
            }
            cur = next;
            if (cur.isEmpty()) {
                break;
            }
        }
        return cur;
    }

    private static boolean isRelationName(String step) {
        return switch (step) {
            case "nsubj", "obj", "iobj", "agent", "poss", "amod", "compound", "appos", "xcomp", "ccomp", "acl",
                    "advcl", "conj", "nmod", "obl", "det", "nummod", "advmod", "flat", "csubj", "aux", "mark", "cop",
                    "cc" -> true;
            default -> false;
        };
    }

    private int lightVerb(Graph g, int noun) {
        for (Dependency d : g.heads(noun)) {
            String r = d.relation();
            int v = d.governor();
            if (v < 0) {
                continue;
            }
            if ((r.equals("obj") || r.startsWith("obl") || r.startsWith("nsubj:pass"))
                    && lexicon.isLightVerb(Modality.verbLemma(g, v))) {
                return v;
            }
            if ((r.equals("obj") || r.startsWith("obl")) && lexicon.isLightVerb(g.lemma(v))) {
                return v;
            }
        }
        return -1;
    }

    private List<Arguments.Side[]> pairs(List<Arguments.Side> sources, List<Arguments.Side> targets, boolean mutual) {
        List<Arguments.Side[]> out = new ArrayList<>();
        if (mutual) {
            List<Arguments.Side> all = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (Arguments.Side s : sources) {
                if (keys.add(s.key())) {
                    all.add(s);
                }
            }
            for (Arguments.Side s : targets) {
                if (keys.add(s.key())) {
                    all.add(s);
                }
            }
            if (all.size() == 1) {
                if (all.get(0).actor() != null) {
                    out.add(new Arguments.Side[] {all.get(0), null});
                }
                return out;
            }
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    addPair(out, all.get(i), all.get(j));
                }
            }
            return out;
        }
        if (sources.isEmpty() && targets.isEmpty()) {
            return out;
        }
        List<Arguments.Side> ss = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
        List<Arguments.Side> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (Arguments.Side s : ss) {
            for (Arguments.Side t : ts) {
                addPair(out, s, t);
            }
        }
        if (out.isEmpty() && !sources.isEmpty() && sources.get(0).actor() != null) {
            // "the junta purged itself": an act on oneself keeps its source
            out.add(new Arguments.Side[] {sources.get(0), null});
        }
        return out;
    }

    private static void addPair(List<Arguments.Side[]> out, Arguments.Side s, Arguments.Side t) {
        boolean sa = s != null && s.actor() != null;
        boolean ta = t != null && t.actor() != null;
        // an implied target was inferred from a source or a place: alone it is no event
        if (!sa && (!ta || t.implied())) {
            return;
        }
        // an act on oneself is no dyad, but a people's act in or on its own country is ("Iraqi
        // Kurds demonstrated in Kirkuk")
        if (sa && ta && s.actor().code().equals(t.actor().code()) && !t.implied()) {
            return;
        }
        out.add(new Arguments.Side[] {s, t});
    }

    // ---- the event

    private Event event(Graph g, Trigger t, CameoTable.Code code, Arguments.Side src, Arguments.Side tgt,
                        Modality.Reading reading) {
        if (code.quad() == 4 && !political(src) && !political(tgt) && !(isProtest(code) && citizens(src))
                || t.entry().political() && !political(src)) {
            return null;
        }
        Sentence s = g.sentence();
        Token trig = g.token(t.token());
        Span trigSpan = trig.span();
        for (int m : t.fixed()) {
            Span ms = g.token(m).span();
            if (ms.end() - trigSpan.start() < 60 && ms.start() >= trigSpan.start()) {
                trigSpan = new Span(trigSpan.start(), ms.end());
            }
        }
        TextSpan trigger = new TextSpan(trigSpan.of(doc.text()), trigSpan);
        Attribution attribution = null;
        if (reading.speaker() >= 0) {
            List<Arguments.Side> who = args.resolve(g, reading.speaker());
            Arguments.Side w = who.get(0);
            Span ws = extent(g, reading.speaker(), w);
            attribution = new Attribution(ws.of(doc.text()), w.actor() == null ? null : w.actor().code());
        }
        Block.Kind kind = s.block() < doc.article().blocks().size() ? doc.article().blocks().get(s.block()).kind() : Block.Kind.BODY;
        boolean headline = kind == Block.Kind.HEADLINE;
        boolean root = s.block() <= leadEnd;
        double confidence = 0.9;
        if (src == null || src.actor() == null || tgt == null || tgt.actor() == null) {
            confidence -= 0.3;
        }
        if ((src != null && src.guessed()) || (tgt != null && tgt.guessed())) {
            confidence -= 0.1;
        }
        if (implied(src) || implied(tgt)) {
            confidence -= 0.1; // no words name that side
        }
        if (reading.embedded()) {
            confidence -= 0.45;
        }
        if (headline) {
            confidence -= 0.1;
        }
        confidence = Math.round(Math.max(0.05, confidence) * 100) / 100.0;
        Participant source = src == null ? null : src.participant();
        Participant target = tgt == null ? null : tgt.participant();
        String id = Event.idOf(doc.article().id(), s.index(), code.code(), trigSpan, source, target);
        return new Event(id, doc.article().id(), s.index(), root, headline, code.code(), code.plover(), code.quad(),
                code.goldstein(), reading.mode(), attribution, source, target, trigger, null, false, null,
                confidence);
    }

    /** Whether a side was inferred rather than named: it has an actor but no words. */
    private static boolean implied(Arguments.Side s) {
        return s != null && s.actor() != null && s.participant().span().length() == 0;
    }

    private Span extent(Graph g, int token, Arguments.Side side) {
        if (side.actor() != null && !side.guessed()) {
            return side.participant().span();
        }
        return args.phrase(g, token);
    }

    private static boolean isProtest(CameoTable.Code code) {
        return code.code().startsWith("14");
    }

    /**
     * Whether a side is a group of some country's people (students, farmers, doctors): they take
     * part in protests, if not in other material conflict.
     */
    private static boolean citizens(Arguments.Side s) {
        if (s == null || s.actor() == null) {
            return false;
        }
        String c = s.actor().country();
        return c != null && c.length() == 3 && !c.startsWith("-") && !s.actor().roles().contains("SPT")
                && !s.actor().roles().contains("ENT");
    }

    /** Whether a side may take part in material conflict: a state, armed group or political body. */
    private static boolean political(Arguments.Side s) {
        if (s == null || s.actor() == null) {
            return false;
        }
        Actor a = s.actor();
        if (a.roles().isEmpty()) {
            return a.country() != null && !a.country().isEmpty();
        }
        for (String r : a.roles()) {
            if (!CIVIC_ONLY.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
