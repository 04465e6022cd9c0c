package org.herald.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Attribution;
import org.herald.model.Block;
import org.herald.model.Event;
import org.herald.model.Participant;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.herald.model.Token;

/**
 * Codes the parsed sentences of one article: finds the triggers, their sides (the entry's slots,
 * then the rules of {@link Rules}), and mode, and writes one event per pair of sides. Not
 * thread-safe; make one per article.
 */
public final class Coder {

    private final CameoTable table;
    private final Lexicon lexicon;
    private final Cues cues;
    private final Annotated doc;
    private final Arguments args;
    private final Triggers triggers;
    private final Sides sides;
    private final Modality modality;
    private final List<TargetRule> targetRules;
    private final List<RoleRule> roleRules;
    private final LightVerbs light;
    private final Threats threats;
    private final EvaluativeStatement statements;
    private final WelcomedThing welcomed;
    private final List<Event> coded = new ArrayList<>();
    private final Map<String, Integer> unsourced = new java.util.TreeMap<>();
    private final boolean sportStory;
    private final int leadEnd;

    public Coder(CameoTable table, Lexicon lexicon, Cues cues, Threats threats, Annotated doc, List<ActorMention> mentions) {
        this.table = table;
        this.lexicon = lexicon;
        this.threats = threats;
        this.cues = cues;
        this.doc = doc;
        this.light = new LightVerbs(lexicon);
        this.args = new Arguments(doc, mentions, cues, light);
        this.triggers = new Triggers(lexicon);
        this.sides = new Sides(args);
        this.roleRules = Rules.roles(lexicon, cues);
        this.modality = new Modality(cues);
        this.statements = new EvaluativeStatement(Evaluations.standard(), cues);
        this.welcomed = new WelcomedThing(lexicon);
        this.targetRules = Rules.targets(lexicon, cues, statements);
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
        Roles roles = Roles.of(g, roleRules);
        List<Trigger> found = triggers.find(g);
        found.addAll(statements.find(g, found)); // "said the policy was a barrier": criticism
        Set<Integer> governing = new HashSet<>();
        Set<Integer> all = new HashSet<>();
        Set<Integer> nouns = new HashSet<>();
        for (Trigger t : found) {
            all.add(t.token());
            if (t.entry().kind() == Lexicon.Kind.NOUN) {
                nouns.add(t.token());
            }
            if (ComplementTarget.governs(t.entry().code())) {
                governing.add(t.token());
            }
        }
        boolean sportSentence = sportStory || sentenceHasSport(g);
        // "vowed to strike back": the vow is coded by what is vowed, a threat, and is that one act
        IntentByComplement.Decision intents = IntentByComplement.of(g, found, table, threats);
        Map<String, Event> out = new LinkedHashMap<>();
        for (Trigger f : found) {
            if (intents.carried().contains(f.token())) {
                continue;
            }
            Trigger t = welcomed.apply(g, roles, args, f); // "welcomed the news": approval, not a host's
            CameoTable.Code code = table.get(intents.recoded().getOrDefault(t.token(), t.entry().code()));
            if (t.entry().sport() && sportSentence) {
                continue;
            }
            // "the deployment arrived in Bosnia": the light verb carries the noun's act, not one of its own
            if (t.entry().kind() == Lexicon.Kind.VERB && t.entry().constraints().isEmpty() && light.carries(g, t.token(), nouns)) {
                continue;
            }
            List<Arguments.Side> sources = sides.find(g, roles, t, true, Set.of());
            Set<String> sourceCodes = new HashSet<>();
            for (Arguments.Side x : sources) {
                if (x.actor() != null) {
                    sourceCodes.add(x.actor().code());
                }
            }
            code = table.get(OfficialProtest.code(g, t.token(), code.code(), sources));
            List<Arguments.Side> targets = sides.find(g, roles, t, false, sourceCodes);
            if (ThreatBySource.forecast(g, roles, args, t, sources)) {
                // a warning of what someone else does: a statement to its addressee, else no event
                if (!Parties.anyActor(targets)) {
                    continue;
                }
                code = table.get("010");
            }
            if (ThreatBySource.danger(g, roles, lexicon, cues, t)) {
                code = table.get("111"); // "warned of rising obesity levels": a harm named, no threat
            }
            sources = ImpliedAuthority.apply(roles, t, sources, targets); // "was arrested": by the arrested's state
            boolean mutual = t.entry().recip() || code.symmetric();
            Modality.Reading reading = modality.read(g, t.token(), governing);
            int lightVerb = t.entry().kind() == Lexicon.Kind.NOUN ? light.of(g, t.token()) : -1;
            Act act = new Act(g, roles, t, code, mutual, sources, sourceCodes, reading, all, args, targets, coded, lightVerb);
            for (TargetRule rule : targetRules) {
                targets = rule.apply(act, targets);
            }
            if (!EvaluatedActor.coded(act, targets)) {
                continue;
            }
            boolean asks = code.code().startsWith("02") || code.code().startsWith("10");
            List<Arguments.Side[]> pairs = WithPartners.drop(act, Pairs.of(sources, targets, mutual, asks));
            if (pairs.isEmpty() && !Parties.anyActor(sources) && targets.stream().anyMatch(x -> x.actor() != null && !x.implied())) {
                unsourced.merge(whyUnsourced(g, roles, t, sources), 1, Integer::sum); // no event: counted, not coded
            }
            for (Arguments.Side[] p : pairs) {
                Event e = event(g, t, code, p[0], p[1], reading);
                if (e == null) {
                    continue;
                }
                String key = e.code() + "|" + Duplicates.key(e.source()) + "|" + Duplicates.key(e.target());
                Event old = out.get(key);
                if (old == null || old.confidence() < e.confidence()) {
                    out.put(key, e);
                }
            }
        }
        List<Event> events = Duplicates.drop(new ArrayList<>(out.values()));
        coded.addAll(events);
        return events;
    }

    /**
     * How many acts so far had a target actor but no source actor and so were not coded: CAMEO's
     * events are a source's acts (docs/article-gold.md: an act with no knowable source is not coded).
     */
    public int unsourced() {
        return unsourced.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@link #unsourced()} by why no source was found, for the evaluation's notes. */
    public Map<String, Integer> unsourcedByKind() {
        return java.util.Collections.unmodifiableMap(unsourced);
    }

    /**
     * Why an act has no source actor: nothing names its doer (an agentless passive, an event noun
     * with no owner or by-phrase, a verb the parse gave no subject), or the words that do name no
     * actor (a pronoun with no antecedent, a name the actor base lacks, a common noun).
     */
    private static String whyUnsourced(Graph g, Roles roles, Trigger t, List<Arguments.Side> sources) {
        if (sources.isEmpty() && roles.get(t.token(), Roles.Role.AGENT).isEmpty()) {
            boolean passive = g.children(t.token()).stream().anyMatch(d -> d.relation().equals("aux:pass")
                    || d.relation().startsWith("nsubj:pass"));
            return passive ? "agentless passive" : t.entry().kind() == Lexicon.Kind.NOUN ? "event noun with no agent"
                    : "no subject in the parse";
        }
        int head = sources.isEmpty() ? roles.get(t.token(), Roles.Role.AGENT).get(0) : sources.get(0).token();
        String pos = g.token(head).pos();
        return pos.startsWith("PRP") || pos.startsWith("W") ? "pronoun with no actor"
                : pos.startsWith("NNP") ? "name with no actor" : "common noun or other words with no actor";
    }

    private boolean sentenceHasSport(Graph g) {
        for (int i = 0; i < g.size(); i++) {
            if (cues.is(Cues.Kind.SPORT, g.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- the event

    private Event event(Graph g, Trigger t, CameoTable.Code code, Arguments.Side src, Arguments.Side tgt,
                        Modality.Reading reading) {
        if (code.quad() == 4 && !Parties.political(src) && !Parties.political(tgt)
                && !(Parties.isProtest(code) && Parties.citizens(src)) || t.entry().political() && !Parties.political(src)) {
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
}
