package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Dependency;

/**
 * Where a trigger's source or target is: the slots of its lexicon entry, tried in order, then
 * the places a parse hides a side in (the owner of a constrained object, a light verb's subject,
 * the subject of a conjoined or controlling verb, the noun a participle modifies, the author of
 * an issued statement).
 */
final class Sides {

    /** Constraint relations whose matched noun has an owner that can be the target. */
    private static final Set<String> OWNED = Set.of("obj", "for", "of", "against", "on", "to", "with", "over", "about");

    private final Lexicon lexicon;
    private final Cues cues;
    private final Arguments args;

    Sides(Lexicon lexicon, Cues cues, Arguments args) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.args = args;
    }

    /**
     * The sides an entry's slots name for a trigger, tried in order (the first with an actor not in
     * {@code exclude} wins), then the places the parse hides them in; the first side found when
     * none has an actor.
     */
    List<Arguments.Side> find(Graph g, Trigger t, List<String> slots, boolean source, Set<String> exclude) {
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

    /**
     * Who put out a statement that acts ("the rebels issued a declaration demanding ...", "the
     * ministry released a report accusing ..."): the subject of the verb of issuing the noun is
     * the object of. Empty when there is none with an actor.
     */
    private List<Arguments.Side> author(Graph g, int noun) {
        for (Dependency h : g.heads(noun)) {
            int v = h.governor();
            if (v < 0 || !h.relation().equals("obj") || !cues.is(Cues.Kind.ISSUE, Modality.verbLemma(g, v))) {
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

    /** The light verb a nominal trigger is the object or prepositional object of ("held talks"), or -1. */
    int lightVerb(Graph g, int noun) {
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
}
