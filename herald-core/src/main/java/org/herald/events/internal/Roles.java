package org.herald.events.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Dependency;

/**
 * Who does what to whom in one parsed sentence: for every predicate (a verb, an event noun, an
 * adjective), the heads that fill its semantic roles, derived once from the repaired parse by the
 * rules {@link Rules#roles} lists, in order. A role's fillers are candidates in order of
 * precedence: a side is the first of them that names an actor.
 */
final class Roles {

    /** The roles an event's sides are read from. */
    enum Role {
        /** Who does the act: the active subject, the passive's by-agent, a controller, ... */
        AGENT,
        /** Whom it is done to: the object, the passive subject, a victim. */
        PATIENT,
        /** Whom something is given to: the indirect object. */
        RECIPIENT
    }

    /** One filler of a role: its head token and the rule that found it. */
    record Filler(int head, String rule) {
    }

    private final Graph graph;
    private final Map<Integer, EnumMap<Role, List<Filler>>> core = new HashMap<>();
    private final Map<Integer, Map<String, List<Filler>>> lifted = new HashMap<>();

    private Roles(Graph graph) {
        this.graph = graph;
    }

    /** The roles of a sentence's predicates, as the rules find them in order. */
    static Roles of(Graph g, List<RoleRule> rules) {
        Roles r = new Roles(g);
        for (RoleRule rule : rules) {
            rule.apply(g, r);
        }
        return r;
    }

    /** The fillers of a predicate's role, in order of precedence. */
    List<Filler> fillers(int predicate, Role role) {
        EnumMap<Role, List<Filler>> m = core.get(predicate);
        List<Filler> f = m == null ? null : m.get(role);
        return f == null ? List.of() : List.copyOf(f);
    }

    /** The heads filling a predicate's role, in order of precedence. */
    List<Integer> get(int predicate, Role role) {
        List<Integer> out = new ArrayList<>();
        for (Filler f : fillers(predicate, role)) {
            out.add(f.head());
        }
        return out;
    }

    boolean has(int predicate, Role role) {
        return !fillers(predicate, role).isEmpty();
    }

    /** Whether a head fills the role of the predicate. */
    boolean fills(int predicate, Role role, int head) {
        return get(predicate, role).contains(head);
    }

    /** Adds a filler after those already there; a head already filling the role, or the predicate itself, is not added again. */
    void add(int predicate, Role role, int head, RoleRule by) {
        if (head < 0 || head == predicate || fills(predicate, role, head)) {
            return;
        }
        core.computeIfAbsent(predicate, k -> new EnumMap<>(Role.class)).computeIfAbsent(role, k -> new ArrayList<>())
                .add(new Filler(head, by.getClass().getSimpleName()));
    }

    void remove(int predicate, Role role, int head) {
        EnumMap<Role, List<Filler>> m = core.get(predicate);
        if (m != null && m.get(role) != null) {
            m.get(role).removeIf(f -> f.head() == head);
        }
    }

    /**
     * The heads of a predicate's prepositional argument ({@code to}, {@code with}, ...): its own,
     * then those it takes from another word ("held talks with Y": the light verb's).
     */
    List<Integer> oblique(int predicate, String preposition) {
        List<Integer> out = new ArrayList<>(graph.dependents(predicate, preposition));
        Map<String, List<Filler>> m = lifted.get(predicate);
        if (m != null) {
            for (Filler f : m.getOrDefault(preposition, List.of())) {
                if (!out.contains(f.head())) {
                    out.add(f.head());
                }
            }
        }
        return out;
    }

    /** Gives a predicate a prepositional argument that the parse attached to another word. */
    void lift(int predicate, String preposition, int head, RoleRule by) {
        if (head == predicate) {
            return;
        }
        lifted.computeIfAbsent(predicate, k -> new HashMap<>()).computeIfAbsent(preposition, k -> new ArrayList<>())
                .add(new Filler(head, by.getClass().getSimpleName()));
    }

    /** The preposition a relation marks ("obl:to" → "to"), or null for any other relation. */
    static String preposition(Dependency d) {
        String r = d.relation();
        int colon = r.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String kind = r.substring(0, colon);
        String p = r.substring(colon + 1);
        if (!(kind.equals("obl") || kind.equals("nmod") || kind.equals("acl") || kind.equals("advcl"))
                || p.equals("agent") || p.equals("tmod") || p.equals("npmod") || p.equals("poss") || p.equals("relcl")) {
            return null;
        }
        return p;
    }
}
