package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Dependency;

/**
 * The target of the act a threat, intention, appeal, demand or refusal is about, when the
 * trigger itself names none: the subject of a finite complement ("demanded that Israel ease
 * ..."), an argument of an infinitive one ("threatened to deliver blows to the United States",
 * "agreed to open a centre in Tokyo"), or a modifier of its object ("threatened to break
 * relations with Russia"). A side with a country wins over one without ("resume terrorist
 * activities in Israel": Israel, not the terrorists). A protest (root 14) is aimed, as CAMEO
 * says, at the party it protests against: the target of its purpose or manner clause, or of its
 * light verb's ("blocked a road to show their disapproval of US policies", "marched demanding
 * that the president resign"). Only for a known actor's act: a target alone is not worth an event.
 */
final class ComplementTarget implements TargetRule {

    /**
     * Roots whose triggers take an action they do not assert: appeal, intend, yield (allow,
     * permit), demand, reject, threaten, coerce.
     */
    private static final Set<String> GOVERNING_ROOTS = Set.of("02", "03", "08", "10", "12", "13", "17");

    /** Where the act a governing trigger takes has its target, in order. */
    private static final List<String> COMPLEMENT_TARGETS = List.of("obj", "iobj", "to", "with", "against", "on",
            "at", "in", "into");

    /** Prepositions by which the object of that act names whom it concerns ("break relations with Russia"). */
    private static final List<String> OBJECT_TARGETS = List.of("with", "to", "against", "on", "in", "for", "over");

    /** Whether a code's triggers govern an act they do not assert. */
    static boolean governs(String code) {
        return GOVERNING_ROOTS.contains(code.substring(0, 2));
    }

    @Override
    public List<Arguments.Side> apply(Act act, List<Arguments.Side> targets) {
        boolean protest = Parties.isProtest(act.code());
        if (act.mutual() || !governs(act.code().code()) && !protest || act.sourceCodes().isEmpty() || Parties.anyActor(targets)) {
            return targets;
        }
        List<Integer> heads = heads(act.graph(), act.token(), false);
        if (protest) {
            heads.addAll(heads(act.graph(), act.token(), true));
            if (act.light() >= 0) {
                heads.addAll(heads(act.graph(), act.light(), true));
            }
        }
        List<Arguments.Side> inner = find(act.graph(), heads, act.sourceCodes(), act.args());
        return inner.isEmpty() ? targets : inner;
    }

    private static List<Arguments.Side> find(Graph g, List<Integer> heads, Set<String> exclude, Arguments args) {
        List<Arguments.Side> fallback = List.of();
        for (int h : heads) {
            List<Arguments.Side> sides = args.resolve(g, h, exclude);
            sides.removeIf(x -> x.actor() == null || exclude.contains(x.actor().code()));
            if (sides.stream().anyMatch(Parties::hasCountry)) {
                return sides;
            }
            if (fallback.isEmpty()) {
                fallback = sides;
            }
        }
        return fallback;
    }

    /** The words of a governing trigger's complement that may name its target, in order. */
    static List<Integer> heads(Graph g, int trigger) {
        return heads(g, trigger, false);
    }

    /**
     * The words that may name the target of the act in a word's complement, or (purpose) in its
     * purpose or manner clause: an infinitive or a gerund ("to protest", "demanding").
     */
    private static List<Integer> heads(Graph g, int trigger, boolean purpose) {
        List<Integer> heads = new ArrayList<>();
        for (Dependency d : g.children(trigger)) {
            String r = d.relation();
            boolean clause = purpose ? (r.startsWith("advcl") || r.startsWith("acl") && !r.startsWith("acl:relcl"))
                    && (g.token(d.dependent()).pos().equals("VBG") || g.children(d.dependent()).stream()
                            .anyMatch(m -> m.relation().equals("mark") && g.word(m.dependent()).equals("to")))
                    : r.equals("xcomp") || r.startsWith("ccomp");
            if (!clause) {
                continue;
            }
            int verb = d.dependent();
            for (Dependency c : g.children(verb)) {
                if (c.relation().equals("nsubj")) {
                    heads.add(c.dependent());
                }
            }
            for (String slot : COMPLEMENT_TARGETS) {
                heads.addAll(g.dependents(verb, slot));
            }
            for (int o : g.dependents(verb, "obj")) {
                for (String prep : OBJECT_TARGETS) {
                    heads.addAll(g.dependents(o, prep));
                }
                // the owner of what it acts on ("refused to guarantee the convoy's safety")
                heads.addAll(g.dependents(o, "poss"));
            }
        }
        return heads;
    }
}
