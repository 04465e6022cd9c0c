package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;

/**
 * The target of an evaluative statement ({@link EvaluativeStatement}): whoever the evaluated
 * thing is, owns or did. CAMEO codes criticism and praise at the party whose act or policy is
 * judged: the thing itself when it is an actor ("the government was incompetent"), else the actor
 * its modifiers name ("UK government policy", "Russia's decision"), else the agent of the act it
 * names or of the participle or relative clause on it ("the tariffs announced by Trump"). Never
 * the source's own actor.
 */
final class EvaluatedActor implements TargetRule {

    private final EvaluativeStatement statements;

    EvaluatedActor(EvaluativeStatement statements) {
        this.statements = statements;
    }

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        if (!Evaluations.FILE.equals(act.trigger().entry().file()) || Parties.anyActor(targets)) {
            return targets;
        }
        Graph g = act.graph();
        EvaluativeStatement.Reading r = statements.read(g, act.token());
        if (r == null) {
            return targets;
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(r.evaluated());
        heads.addAll(act.roles().get(r.evaluated(), Roles.Role.AGENT));
        for (Dependency d : g.children(r.evaluated())) {
            if (d.relation().equals("acl") || d.relation().startsWith("acl:")) {
                heads.addAll(act.roles().get(d.dependent(), Roles.Role.AGENT));
            }
        }
        for (Dependency h : g.heads(r.evaluated())) {
            // "X announced curbs, in a move branded a retreat": the move is the act of the clause
            if (h.relation().equals("obl:in") && h.governor() >= 0 && g.token(h.governor()).pos().startsWith("VB")) {
                heads.addAll(act.roles().get(h.governor(), Roles.Role.AGENT));
            }
        }
        for (int h : heads) {
            List<Arguments.Side> sides = act.args().resolve(g, h, act.sourceCodes());
            sides.removeIf(x -> x.actor() == null || act.sourceCodes().contains(x.actor().code()));
            if (!sides.isEmpty()) {
                return sides;
            }
        }
        List<Arguments.Side> before = antecedentAgent(act, g, r.evaluated());
        return before.isEmpty() ? targets : before;
    }

    /** How many sentences back a definite noun looks for the thing it names again. */
    private static final int WINDOW = 3;

    private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "this", "these", "that", "those");

    /**
     * "Blair announced a new tax. The Tories said the tax was unfair": a definite noun with no
     * owner of its own names again the thing an earlier noun of the same lemma introduced, and the
     * one who made, announced or proposed it is whose thing is judged: the subject of the verb the
     * earlier noun is the object of, or the by-agent of a participle on it ("plans announced by
     * Hewitt"), within {@link #WINDOW} sentences. Like a pronoun's antecedent it is a guess.
     */
    static List<Arguments.Side> antecedentAgent(Act act, Graph g, int noun) {
        if (!g.token(noun).isNoun() || g.token(noun).pos().startsWith("NNP")
                || g.dependents(noun, "det").stream().noneMatch(d -> DEFINITE.contains(g.word(d)))
                || !g.dependents(noun, "poss").isEmpty()) {
            return List.of();
        }
        String lemma = g.lemma(noun);
        int here = g.sentence().index();
        for (int k = here; k >= 0 && k >= here - WINDOW; k--) {
            Graph e = k == here ? g : act.args().graph(k);
            if (e == null) {
                continue;
            }
            for (int i = k == here ? noun - 1 : e.size() - 1; i >= 0; i--) {
                if (!e.token(i).isNoun() || !e.lemma(i).equals(lemma)) {
                    continue;
                }
                for (int a : makers(e, i)) {
                    List<Arguments.Side> sides = act.args().resolve(e, a, act.sourceCodes());
                    sides.removeIf(x -> x.actor() == null || act.sourceCodes().contains(x.actor().code()));
                    if (!sides.isEmpty()) {
                        List<Arguments.Side> out = new ArrayList<>();
                        for (Arguments.Side x : sides) {
                            out.add(new Arguments.Side(x.participant(), x.token(), true, false));
                        }
                        return out;
                    }
                }
            }
        }
        return List.of();
    }

    /** Who made the thing a noun names: the subject of the verb it is the object of, or a participle's by-agent. */
    private static List<Integer> makers(Graph e, int n) {
        List<Integer> out = new ArrayList<>();
        for (Dependency h : e.heads(n)) {
            if (h.relation().equals("obj") && h.governor() >= 0) {
                out.addAll(e.dependents(h.governor(), "nsubj"));
            }
        }
        for (Dependency d : e.children(n)) {
            if (d.relation().equals("acl")) {
                out.addAll(e.dependents(d.dependent(), "agent"));
            }
        }
        return out;
    }

    /**
     * Whether an act may be coded: an evaluative statement needs a named target (an evaluation of
     * no one's act is no criticism, and an implied own country is no one's act) and a political
     * source that is not a private person (the guide leaves out a bystander's opinion).
     */
    static boolean coded(Act act, List<Arguments.Side> targets) {
        if (!Evaluations.FILE.equals(act.trigger().entry().file())) {
            return true;
        }
        return targets.stream().anyMatch(x -> x.actor() != null && !x.implied())
                && act.sources().stream().anyMatch(x -> Parties.political(x) && !x.actor().roles().contains("CVL"));
    }
}
