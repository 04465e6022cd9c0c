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
        for (int h : heads) {
            List<Arguments.Side> sides = act.args().resolve(g, h, act.sourceCodes());
            sides.removeIf(x -> x.actor() == null || act.sourceCodes().contains(x.actor().code()));
            if (!sides.isEmpty()) {
                return sides;
            }
        }
        return targets;
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
