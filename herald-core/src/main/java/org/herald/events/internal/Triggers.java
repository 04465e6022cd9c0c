package org.herald.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Dependency;
import org.herald.model.Token;

/**
 * Finds the triggers of a sentence: every token is looked up in the lexicon by lemma and part of
 * speech; of the entries whose particle and constraints it has, the one with the most
 * constraints wins, and the words its constraints matched are part of it, not triggers of their own.
 */
final class Triggers {

    private final Lexicon lexicon;

    Triggers(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Trigger> find(Graph g) {
        List<Trigger> found = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (int i = 0; i < g.size(); i++) {
            Trigger best = null;
            for (Lexicon.Kind kind : kinds(g, i)) {
                for (Lexicon.Entry e : lexicon.entries(kind, g.lemma(i))) {
                    List<Integer> matched = match(g, i, e);
                    if (matched != null && (best == null || e.specificity() > best.entry().specificity())) {
                        best = new Trigger(i, e, matched);
                    }
                }
            }
            if (best != null) {
                found.add(best);
                consumed.addAll(best.fixed());
            }
        }
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : found) {
            if (!consumed.contains(t.token())) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Lexicon.Kind> kinds(Graph g, int i) {
        Token t = g.token(i);
        List<Lexicon.Kind> k = new ArrayList<>(2);
        String pos = t.pos();
        if (pos.startsWith("VB")) {
            k.add(Lexicon.Kind.VERB);
        } else if (pos.equals("NN") || pos.equals("NNS")) {
            k.add(Lexicon.Kind.NOUN);
            // the tagger sometimes calls a verb with a subject and object a noun ("see X gain Y")
            if (!g.dependents(i, "nsubj").isEmpty() && !g.dependents(i, "obj").isEmpty()) {
                k.add(Lexicon.Kind.VERB);
            }
        } else if (pos.startsWith("JJ")) {
            k.add(Lexicon.Kind.ADJ);
        }
        return k;
    }

    /** The tokens an entry's particle and constraints match, or null when it does not apply. */
    private static List<Integer> match(Graph g, int i, Lexicon.Entry e) {
        List<Integer> prts = g.dependents(i, "prt");
        if (e.particle() == null ? !prts.isEmpty() : prts.stream().noneMatch(p -> g.lemma(p).equals(e.particle()))) {
            return null;
        }
        List<Integer> matched = new ArrayList<>();
        for (Lexicon.Constraint c : e.constraints()) {
            int hit = -1;
            String[] steps = c.rel().split(">");
            List<Integer> cur = List.of(i);
            for (int k = 0; k < steps.length - 1 && !cur.isEmpty(); k++) {
                List<Integer> next = new ArrayList<>();
                for (int x : cur) {
                    next.addAll(g.dependents(x, steps[k]));
                }
                cur = next;
            }
            for (int x : cur) {
                List<Integer> candidates = new ArrayList<>(g.dependents(x, steps[steps.length - 1]));
                if (steps.length == 1 && steps[0].equals("obj") && x == i && g.token(i).pos().equals("VBN")) {
                    // "a report released in Kigali": a participle's object is the noun it modifies
                    for (Dependency h : g.heads(i)) {
                        if (h.relation().equals("acl") && h.governor() >= 0) {
                            candidates.add(h.governor());
                        }
                    }
                }
                for (int d : candidates) {
                    if (c.lemmas().contains("*") || c.lemmas().contains(g.lemma(d)) || c.lemmas().contains(g.word(d))
                            || c.lemmas().contains(singular(g, d))) {
                        hit = d;
                        break;
                    }
                }
                if (hit >= 0) {
                    break;
                }
            }
            if (hit < 0) {
                return null;
            }
            matched.add(hit);
        }
        return matched;
    }

    /**
     * A plural noun without its "s", for plurals the lemmatiser keeps whole ("troops").
     * Returns the lemma unchanged for any other word.
     */
    private static String singular(Graph g, int d) {
        String l = g.lemma(d);
        return g.token(d).pos().startsWith("NNS") && l.length() > 3 && l.endsWith("s") && !l.endsWith("ss")
                ? l.substring(0, l.length() - 1) : l;
    }
}
