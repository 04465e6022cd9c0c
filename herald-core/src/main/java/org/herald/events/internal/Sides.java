package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a trigger's source or target is: the slots of its lexicon entry, tried in order and read
 * through the semantic roles of the sentence ({@link Roles}), then, for the source, the
 * predicate's agent wherever the parse put it.
 *
 * <p>A slot's first step is read as a role of the trigger: {@code nsubj} and {@code agent} as its
 * agent, {@code obj} as its patient, {@code iobj} as its recipient, a preposition as its
 * prepositional argument (its own or one it takes from a light verb); after {@code xcomp} or
 * {@code ccomp} the next step is a role of that complement ({@code ccomp>nsubj}: who is to do
 * it). Other steps are relations inside a noun phrase ({@code obj>poss}: the object's owner).
 * Direction is kept: a source slot that is not a role never yields the trigger's patient or
 * recipient ("the massacre of tourists"), and a target slot never yields its agent.
 */
final class Sides {

    private final Arguments args;

    Sides(Arguments args) {
        this.args = args;
    }

    /**
     * The sides an entry's slots name for a trigger, tried in order (the first with an actor not in
     * {@code exclude} wins), then, for the source, the trigger's agent; the first side found when
     * none has an actor.
     */
    List<Arguments.Side> find(Graph g, Roles roles, Trigger t, boolean source, Set<String> exclude) {
        List<String> slots = source ? t.entry().source() : t.entry().target();
        List<Arguments.Side> firstFound = null;
        for (String slot : slots) {
            List<Integer> heads = walk(g, roles, t, slot);
            heads.remove((Integer) t.token());
            if (!isRole(slot.split(">")[0])) {
                heads.removeIf(h -> source ? roles.fills(t.token(), Roles.Role.PATIENT, h)
                        || roles.fills(t.token(), Roles.Role.RECIPIENT, h) : roles.fills(t.token(), Roles.Role.AGENT, h));
            }
            if (heads.isEmpty()) {
                continue;
            }
            List<Arguments.Side> sides = resolve(g, heads, exclude);
            if (sides.stream().anyMatch(s -> s.actor() != null && !exclude.contains(s.actor().code()))) {
                return sides;
            }
            if (firstFound == null) {
                firstFound = sides;
            }
        }
        // the agent wherever the parse put it (a light verb's subject, a controller, the issuer of
        // a statement), unless the entry makes the agent its target ("X received aid from Y")
        if (source && t.entry().target().stream().noneMatch(s -> agentStep(s.split(">")[0]))) {
            for (int h : roles.get(t.token(), Roles.Role.AGENT)) {
                List<Arguments.Side> sides = args.resolve(g, h);
                if (sides.stream().anyMatch(s -> s.actor() != null)) {
                    return sides;
                }
            }
        }
        return firstFound == null ? List.of() : firstFound;
    }

    private List<Arguments.Side> resolve(Graph g, List<Integer> heads, Set<String> exclude) {
        List<Arguments.Side> sides = new ArrayList<>();
        for (int h : heads) {
            sides.addAll(args.resolve(g, h, exclude));
        }
        return sides;
    }

    /** The heads a slot path reaches from the trigger (and, for a first preposition, from the words it matched). */
    private static List<Integer> walk(Graph g, Roles roles, Trigger t, String slot) {
        String[] steps = slot.split(">");
        List<Integer> cur = new ArrayList<>();
        cur.add(t.token());
        if (!isRelationName(steps[0])) {
            cur.addAll(t.matched());
        }
        boolean predicates = true;
        for (int k = 0; k < steps.length; k++) {
            String step = steps[k];
            boolean last = k == steps.length - 1;
            List<Integer> next = new ArrayList<>();
            for (int c : cur) {
                for (int d : predicates ? roleStep(g, roles, c, step) : g.dependents(c, step)) {
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
            predicates = step.equals("xcomp") || step.equals("ccomp");
            cur = next;
            if (cur.isEmpty()) {
                break;
            }
        }
        return cur;
    }

    /** One step from a predicate: a role when the step names one, else the relation. */
    private static List<Integer> roleStep(Graph g, Roles roles, int predicate, String step) {
        return switch (step) {
            case "nsubj", "agent" -> roles.get(predicate, Roles.Role.AGENT);
            case "obj" -> roles.get(predicate, Roles.Role.PATIENT);
            case "iobj" -> roles.get(predicate, Roles.Role.RECIPIENT);
            default -> isRelationName(step) ? g.dependents(predicate, step) : roles.oblique(predicate, step);
        };
    }

    private static boolean isRole(String step) {
        return step.equals("nsubj") || step.equals("agent") || step.equals("obj") || step.equals("iobj");
    }

    private static boolean agentStep(String step) {
        return step.equals("nsubj") || step.equals("agent") || step.equals("by");
    }

    private static boolean isRelationName(String step) {
        return switch (step) {
            case "nsubj", "obj", "iobj", "agent", "poss", "amod", "compound", "appos", "xcomp", "ccomp", "acl",
                    "advcl", "conj", "nmod", "obl", "det", "nummod", "advmod", "flat", "csubj", "aux", "mark", "cop",
                    "cc" -> true;
            default -> false;
        };
    }
}
