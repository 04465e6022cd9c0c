package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;
import org.herald.model.Sentence;
import org.herald.model.Token;

/** A sentence's enhanced dependency graph, indexed both ways. */
public final class Graph {

    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    public Graph(Sentence sentence) {
        this(sentence, java.util.Set.of());
    }

    /**
     * The graph of a sentence with known newswire misparses undone; {@code speech} holds the
     * lemmas of verbs of saying, for the trailing "..., officials said" a parser takes for a
     * complement.
     */
    public Graph(Sentence sentence, java.util.Set<String> speech) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        List<Dependency> deps = repairReducedRelatives(sentence);
        deps = repairDayBeforeObject(sentence, deps);
        deps = repairTrailingSpeech(sentence, deps, speech);
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : deps) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                in.get(d.dependent()).add(d);
            }
            if (d.governor() >= 0 && d.governor() < n && d.dependent() >= 0 && d.dependent() < n) {
                out.get(d.governor()).add(d);
            }
        }
    }

    /**
     * The parse with one frequent newswire misparse undone: a reduced relative ("the civilians
     * imprisoned for ...", "released the mayor, jailed a year ago") read as a clause whose subject
     * is the noun. A bare past participle (no auxiliary, no object) with a subject, hanging from a
     * verb as its clausal subject, or as the complement (or loose dependent) of a verb that has no
     * object, becomes a modifier of that noun, and the noun takes the participle's place as the
     * verb's passive subject or object.
     */
    static List<Dependency> repairReducedRelatives(Sentence s) {
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        int n = s.tokens().size();
        for (int p = 0; p < n; p++) {
            if (!s.tokens().get(p).pos().equals("VBN")) {
                continue;
            }
            Dependency up = null;
            int subject = -1;
            boolean finite = false;
            for (Dependency d : deps) {
                if (d.governor() == p) {
                    String r = d.relation();
                    if (r.equals("nsubj")) {
                        subject = d.dependent();
                    } else if (r.startsWith("aux") || r.equals("obj") || r.equals("cop") || r.startsWith("ccomp")) {
                        finite = true;
                    }
                } else if (d.dependent() == p && (d.relation().startsWith("csubj") || d.relation().equals("xcomp")
                        || d.relation().equals("dep")) && d.governor() >= 0) {
                    up = d;
                }
            }
            if (subject < 0 || finite || !s.tokens().get(subject).isNoun()) {
                continue;
            }
            if (up == null) {
                repairParticipleRoot(s, deps, p, subject);
                continue;
            }
            int verb = up.governor();
            boolean clausalSubject = up.relation().startsWith("csubj");
            if (!clausalSubject) {
                boolean hasObject = false;
                for (Dependency d : deps) {
                    if (d.governor() == verb && (d.relation().equals("obj") || d.relation().startsWith("nsubj:pass"))) {
                        hasObject = true;
                    }
                }
                if (hasObject || !s.tokens().get(verb).pos().startsWith("VB")) {
                    continue;
                }
            }
            final int subj = subject;
            final int part = p;
            final Dependency link = up;
            deps.removeIf(d -> d == link || d.governor() == part && d.dependent() == subj && d.relation().equals("nsubj"));
            deps.add(new Dependency(clausalSubject ? (up.relation().endsWith(":pass") ? "nsubj:pass" : "nsubj") : "obj",
                    verb, subj));
            deps.add(new Dependency("acl", subj, p));
        }
        return deps;
    }

    /**
     * "A report released Tuesday in Kigali alleged that ...", "The prisoners detained in May were
     * freed": the participle taken for the main verb, the main verb hanging from it by {@code dep}.
     * The main verb becomes the root with the noun as its subject, the participle the noun's modifier.
     */
    private static void repairParticipleRoot(Sentence s, List<Dependency> deps, int p, int subject) {
        Dependency root = null;
        Dependency loose = null;
        for (Dependency d : deps) {
            if (d.dependent() == p && d.relation().equals("root")) {
                root = d;
            } else if (d.governor() == p && d.relation().equals("dep") && d.dependent() > p
                    && s.tokens().get(d.dependent()).pos().startsWith("VB") && loose == null) {
                loose = d;
            }
        }
        if (root == null || loose == null) {
            return;
        }
        int verb = loose.dependent();
        boolean passive = false;
        for (Dependency d : deps) {
            if (d.governor() == verb && (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj"))) {
                return;
            }
            passive |= d.governor() == verb && d.relation().equals("aux:pass");
        }
        final Dependency r = root;
        final Dependency l = loose;
        deps.removeIf(d -> d == r || d == l || d.governor() == p && d.dependent() == subject && d.relation().equals("nsubj"));
        deps.add(new Dependency("root", -1, verb));
        deps.add(new Dependency(passive ? "nsubj:pass" : "nsubj", verb, subject));
        deps.add(new Dependency("acl", subject, p));
    }

    private static boolean hasRelation(List<Dependency> deps, int governor, String relation) {
        for (Dependency d : deps) {
            if (d.governor() == governor && d.relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Beirut rejected Thursday a UN appeal": the parser hangs the object from the day. A noun
     * attached by {@code dep} to a bare time noun of a verb without an object is that verb's object.
     */
    static List<Dependency> repairDayBeforeObject(Sentence s, List<Dependency> in) {
        List<Dependency> deps = new ArrayList<>(in);
        for (Dependency tmod : in) {
            if (!tmod.relation().equals("obl:tmod") || tmod.governor() < 0
                    || !s.tokens().get(tmod.governor()).pos().startsWith("VB") || hasRelation(deps, tmod.governor(), "obj")) {
                continue;
            }
            for (Dependency d : in) {
                if (d.governor() == tmod.dependent() && d.relation().equals("dep") && d.dependent() > tmod.dependent()
                        && s.tokens().get(d.dependent()).isNoun()) {
                    deps.remove(d);
                    deps.add(new Dependency("obj", tmod.governor(), d.dependent()));
                    break;
                }
            }
        }
        return deps;
    }

    /**
     * "The Palestinians reject Israeli changes, chief negotiator Saeb Erakat said": the parser
     * makes the object the subject of "said" and "said" a complement of the verb, with the real
     * speaker an apposition of the object. Undone: the noun is the verb's object again, the verb of
     * saying a parenthetical with the apposition as its subject.
     */
    static List<Dependency> repairTrailingSpeech(Sentence s, List<Dependency> in, java.util.Set<String> speech) {
        List<Dependency> deps = new ArrayList<>(in);
        for (Dependency cc : in) {
            int verb = cc.governor();
            int say = cc.dependent();
            if (!cc.relation().equals("ccomp") || verb < 0 || say < verb || hasRelation(deps, verb, "obj")) {
                continue;
            }
            Token st = s.tokens().get(say);
            String lemma = st.lemma() == null ? st.word() : st.lemma().toLowerCase(java.util.Locale.ROOT);
            if (!speech.contains(lemma)) {
                continue;
            }
            Dependency subj = null;
            Dependency appos = null;
            for (Dependency d : deps) {
                if (d.governor() == say && d.relation().equals("nsubj") && d.dependent() > verb && d.dependent() < say) {
                    subj = d;
                }
            }
            if (subj == null) {
                continue;
            }
            for (Dependency d : deps) {
                if (d.governor() == subj.dependent() && d.relation().equals("appos") && d.dependent() < say) {
                    appos = d;
                }
            }
            if (appos == null) {
                continue;
            }
            deps.remove(cc);
            deps.remove(subj);
            deps.remove(appos);
            deps.add(new Dependency("obj", verb, subj.dependent()));
            deps.add(new Dependency("parataxis", verb, say));
            deps.add(new Dependency("nsubj", say, appos.dependent()));
        }
        return deps;
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
