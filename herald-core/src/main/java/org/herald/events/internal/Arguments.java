package org.herald.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Dependency;
import org.herald.model.Mention;
import org.herald.model.Participant;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * Turns the head token of an argument into participants: the actor mention that covers it or one
 * of its modifiers ("Kenyan President William Ruto", "the minister's convoy"), the antecedent of a pronoun,
 * or the two actors last named for "the two leaders".
 */
public final class Arguments {

    /**
     * A participant and how sure we are of it: {@code guessed} for a pronoun's antecedent or a
     * place's country, {@code implied} for a side no argument names that the coder inferred (the
     * country an act happened in or was done to).
     */
    public record Side(Participant participant, int token, boolean guessed, boolean implied) {

        public Side(Participant participant, int token, boolean guessed) {
            this(participant, token, guessed, false);
        }

        public Actor actor() {
            return participant.actor();
        }

        public String key() {
            return participant.actor() == null ? "?" + participant.span().start() : participant.actor().code();
        }
    }

    private static final Set<String> DESCEND = Set.of("compound", "amod", "nmod:poss", "nmod:of", "appos", "flat",
            "nmod:from", "nmod:in", "nmod:for", "nmod:by");

    private final Annotated doc;
    private final List<ActorMention> mentions;
    private final Cues cues;
    private final LightVerbs acts;

    /** The resolved actor mentions of one sentence, in text order. */
    public List<ActorMention> mentions(int sentence) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence) {
                out.add(m);
            }
        }
        return out;
    }

    public Arguments(Annotated doc, List<ActorMention> mentions, Cues cues) {
        this(doc, mentions, cues, null);
    }

    /**
     * With the lexicon's event nouns ({@code acts}, or null for none): an act's {@code in} or
     * {@code at} phrase is where it happened, not who did it.
     */
    Arguments(Annotated doc, List<ActorMention> mentions, Cues cues, LightVerbs acts) {
        this.acts = acts;
        this.doc = doc;
        List<ActorMention> sorted = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.actor() != null && m.span() != null && m.span().end() <= doc.text().length()) {
                sorted.add(m);
            }
        }
        sorted.sort(Comparator.comparing(ActorMention::span));
        this.mentions = sorted;
        this.cues = cues;
    }

    /** The participants a head token stands for; one side with no actor when none is found. */
    public List<Side> resolve(Graph g, int token) {
        return resolve(g, token, Set.of());
    }

    /**
     * The participants a head token stands for, looking past actors in {@code exclude} when it
     * searches the token's modifiers (a target is not its own source).
     */
    public List<Side> resolve(Graph g, int token, Set<String> exclude) {
        List<Side> out = new ArrayList<>();
        ActorMention m = covering(g, token);
        if (m != null && !Parties.isState(m.actor().country())) {
            // "The two governments are expected to sign": the actors stage gives the phrase a role and
            // no country, but a definite "two" or "both" phrase refers back to two parties named before
            List<Side> pair = pair(g, token);
            if (!pair.isEmpty() && !m.actor().roles().isEmpty()) {
                // the phrase says what the two are ("governments"), the antecedents whose
                List<Side> composed = new ArrayList<>();
                for (Side p : pair) {
                    Actor a = Actor.of(p.actor().country(), m.actor().roles(), null);
                    composed.add(new Side(new Participant(m.text(), m.span(), a), token, true));
                }
                return composed;
            }
            if (!pair.isEmpty()) {
                return pair;
            }
        }
        if (m != null) {
            // coordinated phrases ("Czech and Slovak envoys") give several mentions over one span
            for (ActorMention o : mentions) {
                if (o.span().equals(m.span())) {
                    out.add(side(o, token, false));
                }
            }
            if (out.size() > 1 && out.stream().anyMatch(Arguments::hasCountry)) {
                out.removeIf(x -> !hasCountry(x));
            }
            if (out.size() > 1 && !plural(g, token) && !coordinated(g, m.span())) {
                // "Russia, Ukrainian Ambassador Andrii Melnyk": a singular head with no conjunction is
                // one party misparsed as a list, and an English noun phrase's head is its last word:
                // the actor of the modifier nearest it (the actors stage lists them in text order);
                // a plural ("the two leaders", "Czech and Slovak envoys") stands for several
                out.subList(0, out.size() - 1).clear();
            }
            if (out.size() == 1 && !hasCountry(out.get(0))) {
                // "exiles from Peru", "Chad's deputy envoy": the country is a modifier's
                ActorMention c = descend(g, token, 0, new LinkedHashSet<>(), Set.of(out.get(0).actor().code()));
                if (c != null && c.actor().country() != null && !c.actor().country().isEmpty()
                        && !c.actor().country().startsWith("-") && !c.span().equals(out.get(0).participant().span())) {
                    Actor a = out.get(0).actor();
                    List<String> roles = new ArrayList<>(c.actor().roles());
                    for (String r : a.roles()) {
                        if (!roles.contains(r)) {
                            roles.add(r);
                        }
                    }
                    Actor composed = Actor.of(c.actor().country(), roles, a.name());
                    Span s = phrase(g, token);
                    Span all = new Span(Math.min(s.start(), Math.min(c.span().start(), out.get(0).participant().span().start())),
                            Math.max(s.end(), Math.max(c.span().end(), out.get(0).participant().span().end())));
                    out.set(0, new Side(new Participant(all.of(doc.text()), all, composed), token, false));
                }
            }
            return out;
        }
        String w = g.word(token);
        Token t = g.token(token);
        if (t.pos().startsWith("PRP") && (cues.is(Cues.Kind.PERSON_PRONOUN, w) || cues.is(Cues.Kind.GROUP_PRONOUN, w))) {
            boolean person = cues.is(Cues.Kind.PERSON_PRONOUN, w);
            ActorMention a = speaker(g, token, person);
            if (a == null) {
                a = antecedent(t.span().start(), person, g.sentence().index());
            }
            if (a != null) {
                out.add(new Side(new Participant(t.word(), t.span(), a.actor()), token, true));
                return out;
            }
        }
        List<Side> pair = pair(g, token);
        if (!pair.isEmpty()) {
            return pair;
        }
        if (cues.is(Cues.Kind.RELATIONAL, g.lemma(token)) || cues.is(Cues.Kind.RELATIONAL, w.toLowerCase(java.util.Locale.ROOT))) {
            return relational(g, token, exclude);
        }
        m = descend(g, token, 0, new LinkedHashSet<>(), exclude);
        if (m != null) {
            Span s = phrase(g, token);
            if (!s.contains(m.span())) {
                s = m.span();
            }
            out.add(new Side(new Participant(s.of(doc.text()), s, m.actor()), token, false));
            return out;
        }
        Span s = phrase(g, token);
        ActorMention before = sameHead(g, token, exclude);
        if (before != null) {
            out.add(new Side(new Participant(s.of(doc.text()), s, before.actor()), token, true));
            return out;
        }
        out.add(new Side(new Participant(s.of(doc.text()), s, null), token, false));
        return out;
    }

    /**
     * "the two countries", "both sides": a plural that counts two refers back to the last two
     * parties named (of different countries, or different actors for "sides"); none when there
     * are not two.
     */
    private List<Side> pair(Graph g, int token) {
        String w = g.word(token);
        List<Side> out = new ArrayList<>();
        if (!cues.is(Cues.Kind.PAIR_NOUN, w) || !hasTwo(g, token)) {
            return out;
        }
        List<ActorMention> two = lastTwo(g.token(token).span().start(), g.sentence().index(),
                cues.is(Cues.Kind.PAIR_PERSON, w), cues.is(Cues.Kind.PAIR_SIDE, w));
        if (two.size() == 2 && !two.get(0).actor().code().equals(two.get(1).actor().code())) {
            Span s = phrase(g, token);
            for (ActorMention a : two) {
                out.add(new Side(new Participant(s.of(doc.text()), s, a.actor()), token, true));
            }
        }
        return out;
    }

    /**
     * "Kyiv's European allies, including France's Emmanuel Macron and Germany's Friedrich Merz": a
     * relational noun names parties by their relation to its possessor, so the possessor (or its
     * {@code of} phrase) is another party, never the one named. The parties are the members an
     * {@code including} or {@code such as} phrase lists, each its own; with none listed, the noun's
     * other modifiers ("European allies"), or no actor.
     */
    private List<Side> relational(Graph g, int token, Set<String> exclude) {
        List<Side> out = new ArrayList<>();
        for (Dependency d : g.children(token)) {
            String r = d.relation();
            if (r.equals("nmod:including") || r.equals("nmod:such_as") || r.equals("nmod:like")) {
                for (Side s : resolve(g, d.dependent(), exclude)) {
                    if (s.actor() != null) {
                        out.add(s);
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Span s = phrase(g, token);
        for (Dependency d : g.children(token)) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                ActorMention m = covering(g, d.dependent());
                if (m != null && !exclude.contains(m.actor().code())) {
                    out.add(new Side(new Participant(s.of(doc.text()), s, m.actor()), token, false));
                    return out;
                }
            }
        }
        out.add(new Side(new Participant(s.of(doc.text()), s, null), token, false));
        return out;
    }

    private static boolean plural(Graph g, int token) {
        String pos = g.token(token).pos();
        return pos.equals("NNS") || pos.equals("NNPS");
    }

    /** Whether a span holds a coordinating conjunction ("Czech and Slovak envoys"). */
    private static boolean coordinated(Graph g, Span span) {
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            if (span.contains(t.span()) && (t.pos().equals("CC") || t.word().equals("&"))) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences back a definite noun looks for the noun it repeats. */
    private static final int SAME_HEAD_WINDOW = 3;

    /**
     * "The ships" after "Chinese coast guard ships", "the convoy's safety" after "a United Nations
     * convoy": a definite common noun with no actor of its own stands for the actor of the last
     * earlier noun with the same lemma, within {@link #SAME_HEAD_WINDOW} sentences (a head-match
     * coreference). Null when there is none.
     */
    private ActorMention sameHead(Graph g, int token, Set<String> exclude) {
        String pos = g.token(token).pos();
        if (!pos.equals("NN") && !pos.equals("NNS") || g.dependents(token, "det").stream().noneMatch(d -> g.word(d).equals("the"))) {
            return null;
        }
        String lemma = g.lemma(token);
        int here = g.sentence().index();
        for (int k = here; k >= 0 && k >= here - SAME_HEAD_WINDOW; k--) {
            Graph e = k == here ? g : graph(k);
            if (e == null) {
                continue;
            }
            for (int i = k == here ? token - 1 : e.size() - 1; i >= 0; i--) {
                if (!e.token(i).isNoun() || !e.lemma(i).equals(lemma)) {
                    continue;
                }
                ActorMention m = covering(e, i);
                if (m == null) {
                    m = descend(e, i, 0, new LinkedHashSet<>(), exclude);
                }
                if (m != null && !exclude.contains(m.actor().code())) {
                    return m;
                }
            }
        }
        return null;
    }

    private final java.util.Map<Integer, Graph> graphs = new java.util.HashMap<>();

    /** The graph of an article's sentence by index (no arcs when it was not parsed), or null. */
    Graph graph(int sentence) {
        if (sentence < 0 || sentence >= doc.sentences().size() || doc.sentences().get(sentence).index() != sentence) {
            return null;
        }
        return graphs.computeIfAbsent(sentence, k -> new Graph(doc.sentences().get(k)));
    }

    private Side side(ActorMention m, int token, boolean guessed) {
        return new Side(new Participant(m.text(), m.span(), m.actor()), token, guessed);
    }

    /** The longest actor mention that overlaps the token. */
    ActorMention covering(Graph g, int token) {
        Span ts = g.token(token).span();
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.span().start() >= ts.end()) {
                break;
            }
            if (m.span().overlaps(ts) && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return best;
    }

    private static boolean hasCountry(Side s) {
        String c = s.actor().country();
        return c != null && !c.isEmpty() && !c.startsWith("-");
    }

    private ActorMention descend(Graph g, int token, int depth, Set<Integer> seen, Set<String> exclude) {
        if (depth > 2 || !seen.add(token)) {
            return null;
        }
        // "killed by an airstrike in Tehran": the place of an act is where it happened (the lexicon's
        // act nouns take it as their target), not who did it
        boolean act = acts != null && acts.isEventNoun(g, token);
        for (Dependency d : g.children(token)) {
            String r = d.relation();
            if (act && (r.equals("nmod:in") || r.equals("nmod:at"))) {
                continue;
            }
            if (r.equals("acl") && g.token(d.dependent()).pos().equals("VBN")) {
                // "a report released in the Rwandan capital", "rebels based in Syria": where it comes from
                for (Dependency o : g.children(d.dependent())) {
                    if (o.relation().equals("obl:in") || o.relation().equals("obl:from")) {
                        ActorMention m = covering(g, o.dependent());
                        if (m == null) {
                            m = descend(g, o.dependent(), depth + 1, seen, exclude);
                        }
                        if (m != null && !exclude.contains(m.actor().code()) && m.actor().roles().isEmpty()) {
                            return m;
                        }
                    }
                }
                continue;
            }
            boolean ok = DESCEND.contains(r) || r.equals("acl:of") || onGround(g, d);
            if (!ok) {
                continue;
            }
            int c = d.dependent();
            if (r.equals("acl:of") || r.equals("acl")) {
                for (int s : g.dependents(c, "nsubj")) {
                    ActorMention m = covering(g, s);
                    if (m != null && !exclude.contains(m.actor().code())) {
                        return m;
                    }
                }
                continue;
            }
            ActorMention m = covering(g, c);
            if (m != null && !exclude.contains(m.actor().code())) {
                return m;
            }
        }
        for (Dependency d : g.children(token)) {
            String r = d.relation();
            if (act && (r.equals("nmod:in") || r.equals("nmod:at"))) {
                continue;
            }
            if (r.equals("appos") && !cues.is(Cues.Kind.RELATIONAL, g.lemma(d.dependent()))) {
                // "Ihtisham Hibatullah, Al Jazeera's manager": an apposition names the same person,
                // so the owner or name modifying it is the person's (not a relational noun's: a
                // critic of the government is not the government)
                for (Dependency o : g.children(d.dependent())) {
                    String or = o.relation();
                    if (or.equals("nmod:poss") || or.equals("compound") || or.equals("amod")) {
                        ActorMention m = covering(g, o.dependent());
                        if (m != null && !exclude.contains(m.actor().code())) {
                            return m;
                        }
                    }
                }
            }
            if (r.equals("nmod:of") || r.equals("nmod:poss") || r.equals("acl:of") || r.equals("nmod:in")
                    || r.equals("nmod:for") || r.equals("nmod:from") || r.equals("nmod:by") || r.equals("compound")
                    || onGround(g, d)) {
                ActorMention m = descend(g, d.dependent(), depth + 1, seen, exclude);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "facilities on Russian territory", "bases on Syrian soil": an {@code on} phrase whose noun
     * is ground ({@code cues.txt} class {@code ground}) places a thing as an {@code in} phrase
     * does, and lends it the ground's country. Not any {@code on} phrase: "the attack on Poland"
     * is done to Poland, not by it.
     */
    private boolean onGround(Graph g, Dependency d) {
        return d.relation().equals("nmod:on") && cues.is(Cues.Kind.GROUND, g.word(d.dependent()).toLowerCase(java.util.Locale.ROOT));
    }

    private boolean hasTwo(Graph g, int token) {
        for (int n : g.dependents(token, "nummod")) {
            if (g.word(n).equals("two") || g.word(n).equals("2")) {
                return true;
            }
        }
        for (int d : g.dependents(token, "det")) {
            if (g.word(d).equals("both")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The rebels said they would ...": the subject of what someone says, when it is a pronoun,
     * is the speaker, if the speaker is a person for "he" or "she" and a body for "it" or "they".
     * Null when the pronoun is not such a subject or the speaker names no such actor.
     */
    private ActorMention speaker(Graph g, int pronoun, boolean person) {
        for (Dependency d : g.heads(pronoun)) {
            if (!d.relation().startsWith("nsubj") || d.governor() < 0) {
                continue;
            }
            for (Dependency up : g.heads(d.governor())) {
                if (!up.relation().startsWith("ccomp") || up.governor() < 0
                        || !cues.is(Cues.Kind.SPEECH, g.lemma(up.governor()))) {
                    continue;
                }
                for (int s : g.dependents(up.governor(), "nsubj")) {
                    ActorMention m = covering(g, s);
                    if (m != null && (m.actor().name() != null || isPersonName(m.span())) == person) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** The last actor mention before an offset, within the last three sentences. */
    private ActorMention antecedent(int before, boolean person, int sentence) {
        ActorMention fallback = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.span().end() > before || m.sentence() < sentence - 3) {
                continue;
            }
            boolean isPerson = m.actor().name() != null || isPersonName(m.span());
            if (person == isPerson) {
                return m;
            }
            if (fallback == null && !person) {
                fallback = m;
            }
        }
        return fallback;
    }

    private boolean isPersonName(Span s) {
        for (Mention m : doc.mentions()) {
            if (m.type().equals("PERSON") && m.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last two different actors named before an offset, within six sentences: for "the two
     * leaders" two people of different countries, for "the two countries" two actors of different
     * countries, for "both sides" any two different actors (the sides of a civil war share a country).
     * "The two countries", "the two governments", "the two presidents" are states' and their
     * people's: a body of no state (an IGO, a region) is not one of them, so the pair is the last
     * two of states ("the two presidents" after Kirchner, Chavez and a regional body).
     */
    private List<ActorMention> lastTwo(int before, int sentence, boolean persons, boolean sides) {
        List<ActorMention> out = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = mentions.size() - 1; i >= 0 && out.size() < 2; i--) {
            ActorMention m = mentions.get(i);
            if (m.span().end() > before || m.sentence() < sentence - 6) {
                continue;
            }
            if (persons && m.actor().name() == null && !isPersonName(m.span())) {
                continue;
            }
            if (!sides && !Parties.isState(m.actor().country())) {
                continue;
            }
            String c = sides ? m.actor().code() : m.actor().country();
            if (codes.add(c)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The article's text, which every span points into. */
    public String text() {
        return doc.text();
    }

    /** The token with its compound, flat and adjective modifiers. */
    public Span phrase(Graph g, int token) {
        int[] ext = g.nameExtent(token);
        return new Span(g.token(ext[0]).span().start(), g.token(ext[1]).span().end());
    }
}
