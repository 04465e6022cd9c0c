package org.herald.annotate.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.model.Dependency;
import org.herald.model.Token;

/**
 * Undoes three misparses that long newswire sentences get from CoreNLP's dependency parser, so
 * that every later stage reads the same repaired parse: a reduced relative read as a clause, an
 * object hung from the day named before it, and a trailing verb of saying taken for a complement.
 * The repairs are patterns of this parser's mistakes; another parser would make other ones.
 */
public final class ParseRepairs {

    private static final String SPEECH_FILE = "speech-verbs.txt";
    private static final Set<String> SPEECH = load(SPEECH_FILE);

    private ParseRepairs() {
    }

    /** A sentence's dependencies with the known misparses undone; the list given is not changed. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> deps = reducedRelatives(tokens, dependencies);
        deps = dayBeforeObject(tokens, deps);
        return trailingSpeech(tokens, deps, SPEECH);
    }

    /**
     * A reduced relative ("the civilians imprisoned for ...", "released the mayor, jailed a year
     * ago") read as a clause whose subject is the noun. A bare past participle (no auxiliary, no
     * object) with a subject, hanging from a verb as its clausal subject, or as the complement (or
     * loose dependent) of a verb that has no object, becomes a modifier of that noun, and the noun
     * takes the participle's place as the verb's passive subject or object.
     */
    static List<Dependency> reducedRelatives(List<Token> tokens, List<Dependency> in) {
        List<Dependency> deps = new ArrayList<>(in);
        int n = tokens.size();
        for (int p = 0; p < n; p++) {
            if (!tokens.get(p).pos().equals("VBN")) {
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
            if (subject < 0 || finite || !tokens.get(subject).isNoun()) {
                continue;
            }
            if (up == null) {
                participleRoot(tokens, deps, p, subject);
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
                if (hasObject || !tokens.get(verb).pos().startsWith("VB")) {
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
    private static void participleRoot(List<Token> tokens, List<Dependency> deps, int p, int subject) {
        Dependency root = null;
        Dependency loose = null;
        for (Dependency d : deps) {
            if (d.dependent() == p && d.relation().equals("root")) {
                root = d;
            } else if (d.governor() == p && d.relation().equals("dep") && d.dependent() > p
                    && tokens.get(d.dependent()).pos().startsWith("VB") && loose == null) {
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
    static List<Dependency> dayBeforeObject(List<Token> tokens, List<Dependency> in) {
        List<Dependency> deps = new ArrayList<>(in);
        for (Dependency tmod : in) {
            if (!tmod.relation().equals("obl:tmod") || tmod.governor() < 0
                    || !tokens.get(tmod.governor()).pos().startsWith("VB") || hasRelation(deps, tmod.governor(), "obj")) {
                continue;
            }
            for (Dependency d : in) {
                if (d.governor() == tmod.dependent() && d.relation().equals("dep") && d.dependent() > tmod.dependent()
                        && tokens.get(d.dependent()).isNoun()) {
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
    static List<Dependency> trailingSpeech(List<Token> tokens, List<Dependency> in, Set<String> speech) {
        List<Dependency> deps = new ArrayList<>(in);
        for (Dependency cc : in) {
            int verb = cc.governor();
            int say = cc.dependent();
            if (!cc.relation().equals("ccomp") || verb < 0 || say < verb || hasRelation(deps, verb, "obj")) {
                continue;
            }
            Token st = tokens.get(say);
            String lemma = st.lemma() == null ? st.word() : st.lemma().toLowerCase(Locale.ROOT);
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

    /** The words of a word-list resource; a word that is not a lower-case lemma fails, naming file and line. */
    static Set<String> load(String name) {
        InputStream in = ParseRepairs.class.getResourceAsStream("/org/herald/annotate/" + name);
        if (in == null) {
            throw new IllegalStateException("annotate resource " + name + " is missing from the class path");
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (int n = 1; (line = r.readLine()) != null; n++) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                for (String w : t.split("\\s+")) {
                    if (!w.matches("[a-z][a-z_\\-]*")) {
                        throw new IllegalStateException(name + ": line " + n + ": '" + w + "' is not a lower-case lemma");
                    }
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read", e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(name + ": no words");
        }
        return Set.copyOf(out);
    }
}
