package org.herald.events.internal;

import org.herald.model.Event;

/**
 * A protest is done, not done to something: "demonstrate", "rally", "march" and "riot" are
 * protests when they take no object, and their lexicon entries name the target by a preposition
 * ("against", "outside"), never by the object. With a direct object or a clause as its object
 * the verb is in another sense: "demonstrated restraint", "demonstrated why he ...", "demonstrates
 * that ...", "rallied support". An object that is an actor ("joining thousands of demonstrators"
 * read as the object of "rioted") says nothing of the sense. Verbs whose protest takes an object ("protest the ruling",
 * "picket the embassy", "boycott the vote") have entries that say so, and keep it.
 */
final class ProtestWithObject implements SenseRule {

    @Override
    public boolean rejects(SenseContext c, Event e) {
        Graph g = c.graph();
        int t = c.trigger();
        if (!e.code().startsWith("14") || !g.token(t).pos().startsWith("VB")) {
            return false;
        }
        for (Lexicon.Entry entry : c.lexicon().entries(Lexicon.Kind.VERB, c.lemma(t))) {
            if (entry.code().equals(e.code()) && (!entry.constraints().isEmpty()
                    || entry.target().stream().anyMatch(s -> s.startsWith("obj")))) {
                return false;
            }
        }
        for (int p : c.role(Roles.Role.PATIENT)) {
            // a patient that is an actor is more likely a misparse of who joined the protest
            if (!c.actor(p)) {
                return true;
            }
        }
        return !g.dependents(t, "ccomp").isEmpty();
    }
}
