package org.herald.events.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Event;
import org.herald.model.Participant;
import org.herald.model.Span;

/**
 * An act on an act named before ("Beijing rejected the protest", "the rebels denied the
 * accusation") is aimed at whoever made that one: when the act's patient is a definite event noun
 * that names no agent of its own, the target is the source of the last earlier event of the
 * article of the same kind (a CAMEO root of the noun's lexicon senses, a protest's also as a
 * state's complaint, {@link OfficialProtest}). Like a pronoun's
 * antecedent, it is a guess (confidence −0.1); the noun's words are its span.
 */
final class ReferredAct implements TargetRule {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private final Lexicon lexicon;

    ReferredAct(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        if (act.mutual() || Parties.anyActor(targets) || act.earlier().isEmpty()) {
            return targets;
        }
        Graph g = act.graph();
        Set<Integer> nouns = new HashSet<>(act.roles().get(act.token(), Roles.Role.PATIENT));
        nouns.addAll(act.trigger().fixed());
        for (int n : nouns) {
            Set<String> roots = roots(g, n);
            if (roots.isEmpty() || !anaphoric(g, n)) {
                continue;
            }
            List<Event> earlier = act.earlier();
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Event e = earlier.get(i);
                Participant s = e.source();
                if (!roots.contains(e.code().substring(0, 2)) || s == null || s.actor() == null
                        || act.sourceCodes().contains(s.actor().code())) {
                    continue;
                }
                Span span = act.args().phrase(g, n);
                int start = g.dependents(n, "det").stream().mapToInt(d -> g.token(d).span().start()).min().orElse(span.start());
                Span words = new Span(Math.min(start, span.start()), span.end());
                return List.of(new Arguments.Side(new Participant(words.of(act.args().text()), words, s.actor()), n, true, false));
            }
        }
        return targets;
    }

    /** The CAMEO roots of a noun's lexicon senses; empty for a noun that names no act. */
    private Set<String> roots(Graph g, int n) {
        Set<String> out = new HashSet<>();
        if (g.token(n).isNoun()) {
            for (Lexicon.Entry e : lexicon.entries(Lexicon.Kind.NOUN, g.lemma(n))) {
                out.add(e.code().substring(0, 2));
                out.add(OfficialProtest.code(e.code().substring(0, 2)));
            }
        }
        return out;
    }

    /** A definite noun that names no agent of its own ("the protest", not "Japan's protest"). */
    private static boolean anaphoric(Graph g, int n) {
        boolean definite = g.dependents(n, "det").stream().anyMatch(d -> DEFINITE.contains(g.word(d)));
        return definite && g.dependents(n, "poss").isEmpty() && g.dependents(n, "of").isEmpty()
                && g.dependents(n, "agent").isEmpty() && g.dependents(n, "from").isEmpty();
    }
}
