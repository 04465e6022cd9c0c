package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;
import org.herald.model.Sentence;
import org.herald.model.Token;

/** A sentence's enhanced dependency graph (as the annotate stage repaired it), indexed both ways. */
public final class Graph {

    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    public Graph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                in.get(d.dependent()).add(d);
            }
            if (d.governor() >= 0 && d.governor() < n && d.dependent() >= 0 && d.dependent() < n) {
                out.get(d.governor()).add(d);
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return sentence.tokens().size();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public String lemma(int i) {
        Token t = token(i);
        String l = (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
        // a capitalised plural ("Sanctions were imposed") keeps its plural as lemma
        if (t.pos().equals("NNPS") && l.length() > 3 && l.endsWith("s") && !l.endsWith("ss")) {
            return l.substring(0, l.length() - 1);
        }
        return l;
    }

    public String word(int i) {
        return token(i).word().toLowerCase(java.util.Locale.ROOT);
    }

    public List<Dependency> children(int i) {
        return out.get(i);
    }

    public List<Dependency> heads(int i) {
        return in.get(i);
    }

    /** The governor of {@code i} by its first head, or -1 at the root. */
    public int governor(int i) {
        List<Dependency> h = in.get(i);
        return h.isEmpty() ? -1 : h.get(0).governor();
    }

    /** The dependents of {@code i} whose relation {@link #matches} the slot step. */
    public List<Integer> dependents(int i, String step) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (matches(d.relation(), step) && !r.contains(d.dependent())) {
                r.add(d.dependent());
            }
        }
        return r;
    }

    /**
     * Whether a relation fills a slot step: a relation name ({@code nsubj}, {@code obj}, with its
     * subtypes), one of the named groups ({@code agent}, {@code poss}), or a bare preposition,
     * which stands for the {@code obl:}, {@code nmod:}, {@code acl:} and {@code advcl:} relations it marks.
     */
    public static boolean matches(String relation, String step) {
        return switch (step) {
            case "nsubj" -> relation.equals("nsubj") || relation.equals("nsubj:xsubj");
            case "obj" -> relation.equals("obj") || relation.startsWith("nsubj:pass");
            case "iobj" -> relation.equals("iobj");
            case "agent", "by" -> relation.equals("obl:agent") || relation.equals("nmod:agent")
                    || relation.equals("obl:by") || relation.equals("nmod:by");
            case "poss" -> relation.equals("nmod:poss");
            case "amod", "compound", "appos", "xcomp", "ccomp", "acl", "advcl", "conj", "nmod", "obl", "det",
                    "nummod", "advmod", "flat", "csubj", "aux", "mark", "cop", "cc", "dep" -> relation.equals(step) || relation.startsWith(step + ":")
                    && !(step.equals("compound") && relation.equals("compound:prt"));
            case "prt" -> relation.equals("compound:prt");
            default -> relation.equals("obl:" + step) || relation.equals("nmod:" + step)
                    || relation.equals("acl:" + step) || relation.equals("advcl:" + step);
        };
    }

    /** The first and last token of {@code i} with its compound, flat and name modifiers. */
    public int[] nameExtent(int i) {
        int lo = i;
        int hi = i;
        for (Dependency d : out.get(i)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("flat") || r.startsWith("flat:") || r.equals("amod")) {
                lo = Math.min(lo, d.dependent());
                hi = Math.max(hi, d.dependent());
            }
        }
        return new int[] {lo, hi};
    }
}
