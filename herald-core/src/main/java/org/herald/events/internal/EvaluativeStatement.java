package org.herald.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Dependency;

/**
 * A statement whose content evaluates someone is criticism (CAMEO 111) or praise (051): a verb of
 * saying ({@code evaluation.txt} class {@code report}) whose complement clause says that a thing
 * is bad or good ("campaign groups said UK government policy was a major barrier", "the tariffs
 * announced by Trump are illogical, the minister said"). The code book's note under 010 makes a
 * statement subordinate to a more specific code, and its 111 is the expression of disapproval of
 * another's act or policy, its 051 of approval; the predicate is the evaluation, its subject the
 * thing evaluated, and whoever owns or did that thing the target ({@link EvaluatedActor}).
 *
 * <p>A verb of naming (class {@code name}: call, describe, brand) evaluates its object by its
 * predicative complement or {@code as} phrase ("calling them unpatriotic", "described the move
 * as a mistake"). Read from the grammar: a saying verb's complement is the verb's {@code ccomp}, or the clause the verb is
 * a parenthetical ({@code parataxis}) or fronted complement of; its head is a predicate of the
 * {@code negative} or {@code positive} class, or a noun predicate one of those modifies ("a bad
 * idea"), or a conjunct of one ("illogical and a bad idea"). A negation turns approval into
 * disapproval ("not good", "not right" are criticism) and disapproval into nothing ("not
 * illegal" is no praise). A pronoun subject takes no evaluation from a noun predicate's modifier
 * ("they were excellent figures" names the figures). A predicate under a modal or future auxiliary is a
 * forecast, which the guide leaves out. A verb of saying that is a trigger of its own, or whose
 * complement holds a verbal act the lexicon codes (roots 01 to 13: "said it condemned ..."), is
 * left to that act. A subject that names only a situation ("it was a terrible night") is no one's
 * act. The source must be a political party, not a private person ({@link EvaluatedActor#coded}):
 * the guide leaves out a bystander's or commentator's opinion.
 */
final class EvaluativeStatement {

    /** An evaluation read from one verb of saying: the evaluated thing and the polarity. */
    record Reading(int verb, int predicate, int evaluated, boolean negative) {
    }

    /** Subjects that name a situation or a thing said before, not an actor or its act. */
    private static final Set<String> IMPERSONAL = Set.of("it", "this", "that", "there", "what", "which");

    private final Evaluations words;
    private final Cues cues;

    EvaluativeStatement(Evaluations words, Cues cues) {
        this.words = words;
        this.cues = cues;
    }

    /** The statement triggers of a sentence, beside the lexicon's ({@code found}). */
    List<Trigger> find(Graph g, List<Trigger> found) {
        Set<Integer> taken = new HashSet<>();
        for (Trigger t : found) {
            taken.add(t.token());
        }
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            Reading r = read(g, i);
            if (r == null || holdsVerbalAct(g, r.predicate(), found)) {
                continue;
            }
            Lexicon.Entry e = new Lexicon.Entry(Lexicon.Kind.VERB, g.lemma(i), null, List.of(), r.negative() ? "111" : "051",
                    List.of("nsubj", "agent"), List.of(), false, false, true, Evaluations.FILE, 0);
            out.add(new Trigger(i, e, List.of()));
        }
        return out;
    }

    /** What the verb of saying at {@code i} evaluates, or null when it is none or says no evaluation. */
    Reading read(Graph g, int i) {
        if (!g.token(i).pos().startsWith("VB")) {
            return null;
        }
        if (words.is(Evaluations.Kind.NAME, g.lemma(i))) {
            return naming(g, i);
        }
        if (!words.is(Evaluations.Kind.REPORT, g.lemma(i))) {
            return null;
        }
        List<Integer> contents = new ArrayList<>(g.dependents(i, "ccomp"));
        for (Dependency h : g.heads(i)) {
            // "X are illogical, the minister said": the verb hangs on the clause it reports
            if ((h.relation().equals("parataxis") || h.relation().equals("ccomp")) && h.governor() >= 0) {
                contents.add(h.governor());
            }
        }
        for (int c : contents) {
            Reading r = evaluation(g, i, c);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private Reading evaluation(Graph g, int verb, int head) {
        if (!g.dependents(head, "mark").stream().allMatch(m -> g.lemma(m).equals("that"))) {
            return null; // "said whether ...", "said if ...": no claim made
        }
        for (int a : g.dependents(head, "aux")) {
            if (cues.is(Cues.Kind.FUTURE_AUX, g.lemma(a)) || cues.is(Cues.Kind.HYPOTHETICAL_AUX, g.lemma(a))
                    || g.lemma(a).equals("would")) {
                return null; // a forecast or a hypothesis, not an evaluation
            }
        }
        boolean adjectival = g.dependents(head, "cop").isEmpty() && adjectivalPassive(g, head);
        if (g.dependents(head, "cop").isEmpty() && !adjectival) {
            return null; // only what the thing is said to be: "X is a mistake", not "X made a mistake"
        }
        List<Integer> subjects = adjectival ? passiveSubjects(g, head) : g.dependents(head, "nsubj");
        if (subjects.isEmpty() || IMPERSONAL.contains(g.lemma(subjects.get(0)))) {
            return null; // "it was a terrible night": a situation, no one's act
        }
        boolean pronoun = g.token(subjects.get(0)).pos().startsWith("PRP");
        Boolean negative = polarity(g, head, pronoun);
        for (int k = 0; negative == null && k < g.dependents(head, "conj").size(); k++) {
            negative = polarity(g, g.dependents(head, "conj").get(k), pronoun); // a conjunct shares the copula
        }
        if (negative == null) {
            return null;
        }
        if (negated(g, head)) {
            if (negative) {
                return null;
            }
            negative = true;
        }
        return new Reading(verb, head, subjects.get(0), negative);
    }

    /**
     * "calling them unpatriotic", "described the decision as a mistake": a verb of naming says its
     * object is what its predicative complement ({@code xcomp}) or {@code as} phrase names.
     */
    private Reading naming(Graph g, int verb) {
        if (negated(g, verb)) {
            return null;
        }
        List<Integer> named = named(g, verb);
        List<Integer> objects = named.isEmpty() ? g.dependents(verb, "obj") : named;
        List<Integer> predicates = new ArrayList<>(g.dependents(verb, "xcomp"));
        if (!named.isEmpty()) {
            predicates.addAll(g.dependents(verb, "obj")); // "a move branded a retreat": a passive has no object of its own
        }
        predicates.addAll(g.dependents(verb, "as"));
        for (int o : objects) {
            predicates.addAll(g.dependents(o, "as")); // "described [the decision as a mistake]"
        }
        for (int p : predicates) {
            // "calling [the justices unpatriotic]": the parser may give the small clause its own subject
            List<Integer> said = objects.isEmpty() ? g.dependents(p, "nsubj") : objects;
            if (said.isEmpty() || IMPERSONAL.contains(g.lemma(said.get(0)))) {
                continue;
            }
            boolean pronoun = g.token(said.get(0)).pos().startsWith("PRP");
            Boolean negative = polarity(g, p, pronoun);
            for (int k = 0; negative == null && k < g.dependents(p, "conj").size(); k++) {
                negative = polarity(g, g.dependents(p, "conj").get(k), pronoun);
            }
            if (negative != null && !negated(g, p)) {
                return new Reading(verb, p, said.get(0), negative);
            }
        }
        return null;
    }

    /**
     * What a passive verb of naming names: its passive subject ("the plans were described as
     * reckless by X"), or the noun its participle modifies ("a move branded a retreat by X"; a
     * past participle on a noun is passive, its noun the patient). Empty for an active verb.
     */
    private static List<Integer> named(Graph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            if (d.relation().startsWith("nsubj:pass")) {
                out.add(d.dependent());
            }
        }
        // the tagger may read the participle as a past tense ("branded/VBD"); an acl verb with no
        // subject of its own is a participle all the same
        if (out.isEmpty() && (g.token(verb).pos().equals("VBN") || g.token(verb).pos().equals("VBD")) && g.dependents(verb, "nsubj").isEmpty()) {
            for (Dependency h : g.heads(verb)) {
                if (h.relation().equals("acl") && h.governor() >= 0 && g.token(h.governor()).isNoun()) {
                    out.add(h.governor());
                }
            }
        }
        return out;
    }

    /**
     * True for disapproval, false for approval, null when the predicate is neither. A noun
     * predicate with an evaluative modifier ("a good step", "excellent figures") names the kind of
     * thing its subject is, so it is read only of a noun, whose owner can be the target, not of a
     * pronoun ("they were excellent figures": the figures, no one's act).
     */
    private Boolean polarity(Graph g, int p, boolean pronounSubject) {
        Boolean own = polarityOf(g.lemma(p));
        if (own == null && g.token(p).pos().equals("VBN")) {
            own = polarityOf(g.word(p)); // a participle used as an adjective: "misdirected", "flawed"
        }
        if (own != null) {
            return own;
        }
        if (g.token(p).pos().startsWith("NN") && !pronounSubject) {
            for (int m : g.dependents(p, "amod")) {
                Boolean b = polarityOf(g.lemma(m));
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /**
     * "the policy was misdirected", "the bill is flawed": a past participle after "be" with no
     * agent is a state the thing is said to be in (an adjectival passive), read as a copular
     * predicate when the participle itself is a word of evaluation.
     */
    private boolean adjectivalPassive(Graph g, int head) {
        if (!g.token(head).pos().equals("VBN") || !g.dependents(head, "agent").isEmpty() || polarityOf(g.word(head)) == null) {
            return false;
        }
        for (Dependency d : g.children(head)) {
            if (d.relation().equals("aux:pass") && g.lemma(d.dependent()).equals("be")) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> passiveSubjects(Graph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(head)) {
            if (d.relation().startsWith("nsubj:pass")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private Boolean polarityOf(String lemma) {
        if (words.is(Evaluations.Kind.NEGATIVE, lemma)) {
            return true;
        }
        return words.is(Evaluations.Kind.POSITIVE, lemma) ? false : null;
    }

    private boolean negated(Graph g, int p) {
        for (int d : g.dependents(p, "advmod")) {
            if (cues.is(Cues.Kind.NEGATION, g.lemma(d))) {
                return true;
            }
        }
        for (int d : g.dependents(p, "det")) {
            if (cues.is(Cues.Kind.NEGATION, g.lemma(d))) {
                return true; // "no mistake"
            }
        }
        return false;
    }

    /** Whether the complement's clause holds a verbal act the lexicon codes (roots 01 to 13). */
    private static boolean holdsVerbalAct(Graph g, int predicate, List<Trigger> found) {
        Set<Integer> clause = new HashSet<>();
        collect(g, predicate, clause, 0);
        for (Trigger t : found) {
            int root = Integer.parseInt(t.entry().code().substring(0, 2));
            if (root <= 13 && clause.contains(t.token())) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Graph g, int i, Set<Integer> out, int depth) {
        if (!out.add(i) || depth > 12) {
            return;
        }
        for (Dependency d : g.children(i)) {
            collect(g, d.dependent(), out, depth + 1);
        }
    }
}
