package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Dependency;
import org.herald.model.Mode;

/**
 * Reads an event's mode and the source of the claim from the words around its trigger: its own
 * auxiliaries and negation, then the words it is the complement, object or subject of, climbing up
 * to the verb of saying that reports it (whose subject is the attribution) or to the root.
 */
public final class Modality {

    /**
     * What the climb found.
     *
     * @param speaker head token of who says so, or -1
     * @param speakerText the words naming the speaker when the cue was "according to", else null
     * @param embedded whether the trigger is the complement of another trigger ("urged X to attack")
     * @param clause the trigger and the words above it that belong to its clause, for dates
     */
    public record Reading(Mode mode, int speaker, boolean embedded, List<Integer> clause) {
    }

    private static final int MAX_DEPTH = 7;

    private final Cues cues;

    public Modality(Cues cues) {
        this.cues = cues;
    }

    /**
     * Reads the mode of the event at {@code trigger}. {@code governing} holds the trigger words
     * whose complement is not asserted (appeals, intentions, demands, rejections, threats): an
     * event under one of them is marked embedded.
     */
    public Reading read(Graph g, int trigger, Set<Integer> governing) {
        Set<Integer> triggers = governing;
        boolean neg = false;
        boolean hyp = false;
        boolean fut = false;
        boolean cond = false;
        boolean embedded = false;
        int speaker = -1;
        List<Integer> clause = new ArrayList<>();
        int cur = trigger;
        boolean verbSeen = false;
        for (int depth = 0; depth < MAX_DEPTH && cur >= 0; depth++) {
            clause.add(cur);
            if (!verbSeen && g.token(cur).isVerb()) {
                verbSeen = true; // the clause's own verb tells its tense
                if (FuturatePresent.future(g, cur, cues)) {
                    fut = true; // "ministers meet on Thursday": a schedule
                }
            }
            // the word's own auxiliaries, negation and hedges
            for (Dependency d : g.children(cur)) {
                String r = d.relation();
                String w = g.word(d.dependent());
                String l = g.lemma(d.dependent());
                if (r.equals("aux")) {
                    if (w.equals("would") || w.equals("'d")) {
                        cond = true;
                    } else if (cues.is(Cues.Kind.FUTURE_AUX, w)) {
                        fut = true;
                    } else if (cues.is(Cues.Kind.HYPOTHETICAL_AUX, w)) {
                        hyp = true;
                    }
                } else if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && cues.is(Cues.Kind.NEGATION, w)) {
                    neg = true;
                } else if (r.equals("advmod") && cues.is(Cues.Kind.HYPOTHETICAL_ADV, w)) {
                    hyp = true;
                } else if (r.equals("amod") && g.token(cur).isNoun() && cues.is(Cues.Kind.FUTURE_ADJ, l)) {
                    fut = true;
                } else if (r.equals("mark") && (w.equals("if") || w.equals("unless") || w.equals("whether"))) {
                    hyp = true;
                } else if (r.equals("case") && w.equals("without")) {
                    neg = true;
                } else if (r.equals("obl:according_to") || r.equals("nmod:according_to")) {
                    if (speaker < 0) {
                        speaker = d.dependent();
                    }
                }
            }
            // a conjoined verb shares the first one's auxiliary ("will arrive and hold talks")
            for (Dependency h : g.heads(cur)) {
                if (h.relation().startsWith("conj") && h.governor() >= 0 && g.dependents(cur, "aux").isEmpty()) {
                    for (int aux : g.dependents(h.governor(), "aux")) {
                        String w = g.word(aux);
                        if (w.equals("would") || w.equals("'d")) {
                            cond = true;
                        } else if (cues.is(Cues.Kind.FUTURE_AUX, w)) {
                            fut = true;
                        } else if (cues.is(Cues.Kind.HYPOTHETICAL_AUX, w)) {
                            hyp = true;
                        }
                    }
                }
            }
            Dependency up = governor(g, cur);
            if (BeToInfinitive.future(g, cur, up)) {
                fut = true; // "the ministers are to meet": an arrangement
            }
            if (TooToInfinitive.negates(g, cur, up)) {
                neg = true; // "too early to comment": not done
            }
            if (up == null) {
                speaker = speaker >= 0 ? speaker : reportingClause(g, cur);
                if (HeadlineInfinitive.future(g, clause)) {
                    fut = true; // "EU to impose tariffs": a headline's announced act
                }
                break;
            }
            String rel = up.relation();
            int gov = up.governor();
            if (rel.startsWith("advcl") && PrepositionalComplement.is(g, cur)) {
                // "accused of attacking": the gerund is the accusation's complement, read as one
                String l = verbLemma(g, gov);
                if (cues.is(Cues.Kind.NEGATED, l)) {
                    neg = true;
                } else if (cues.is(Cues.Kind.HYPOTHETICAL, l)) {
                    hyp = true;
                }
            }
            if (rel.startsWith("advcl")) {
                if (isPurpose(g, cur)) {
                    fut = true;
                }
                if (FutureTimeClause.presentTimeClause(g, cur, up)) {
                    Mode head = read(g, gov, triggers).mode();
                    if (head == Mode.FUTURE || head == Mode.HYPOTHETICAL) {
                        hyp = true; // "will meet once they have been ratified": a condition
                    }
                }
                if (isProtest(g, gov)) {
                    embedded = true; // what a protest is for is part of the protest
                }
                speaker = speaker >= 0 ? speaker : reportingFrom(g, gov);
                break;
            }
            String lemma = verbLemma(g, gov);
            boolean complement = !rel.startsWith("nsubj") && !rel.startsWith("csubj");
            if (rel.startsWith("conj")) {
                // a second act beside a first ("opened its borders but refused ...", "refused and
                // attacked") is not the first's complement: climb on without reading its word
                cur = gov;
                continue;
            }
            if (cues.is(Cues.Kind.NEGATED, lemma)) {
                neg = true;
            } else if (cues.is(Cues.Kind.HYPOTHETICAL, lemma)) {
                hyp = true;
            } else if (cues.is(Cues.Kind.FUTURE, lemma) && (complement || rel.startsWith("nsubj:pass"))) {
                fut = true;
            }
            if (cues.is(Cues.Kind.SPEECH, lemma) && (rel.startsWith("ccomp") || rel.startsWith("obj")
                    || rel.startsWith("parataxis") || rel.startsWith("xcomp"))) {
                if (speaker < 0) {
                    List<Integer> subj = g.dependents(gov, "nsubj");
                    if (!subj.isEmpty()) {
                        speaker = subj.get(0);
                    }
                }
                if (triggers.contains(gov) && complement) {
                    embedded = true;
                }
                if (disputed(g, gov)) {
                    hyp = true; // "dismissed reports he told X he would quit": a claim, not a fact
                }
                // the verb of saying's own negation does not change the event's mode
                break;
            }
            if (triggers.contains(gov) && complement
                    || (rel.startsWith("acl") || rel.startsWith("xcomp")) && isProtest(g, gov)) {
                embedded = true;
            }
            cur = gov;
        }
        Mode mode = neg ? Mode.NEGATED
                : hyp ? Mode.HYPOTHETICAL
                : fut || (cond && speaker >= 0) ? Mode.FUTURE
                : cond ? Mode.HYPOTHETICAL
                : Mode.ASSERTED;
        return new Reading(mode, speaker, embedded, clause);
    }

    /** The head a trigger's mode comes from: the first head by a relation that carries mode. */
    private static Dependency governor(Graph g, int token) {
        Dependency conj = null;
        for (Dependency d : g.heads(token)) {
            String r = d.relation();
            if (d.governor() < 0 || r.equals("root") || r.startsWith("acl:relcl") || r.startsWith("parataxis")
                    || r.equals("appos") || r.equals("nsubj:xsubj") || r.equals("nsubj:pass:xsubj")
                    || r.startsWith("ref") || r.equals("punct") || r.equals("dep")) {
                continue;
            }
            if (!r.startsWith("conj")) {
                return d;
            }
            if (conj == null) {
                conj = d;
            }
        }
        return conj;
    }

    /** A protest word, or a verb whose object is one ("staged rallies", "went on strike"). */
    private boolean isProtest(Graph g, int token) {
        if (cues.is(Cues.Kind.PROTEST, verbLemma(g, token))) {
            return true;
        }
        if (!cues.is(Cues.Kind.PROTEST_LIGHT, g.lemma(token))) {
            return false; // "police broke up the rally, arresting 12": the arrests are acts of their own
        }
        for (Dependency d : g.children(token)) {
            String r = d.relation();
            if ((r.equals("obj") || r.equals("obl:on")) && cues.is(Cues.Kind.PROTEST, g.lemma(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a report is itself denied or only alleged: the words it is the complement of, up to
     * two steps ("denied telling", "dismissed reports he told", "alleges that she told"). What
     * someone is said to have said is a fact only when the text takes the report as one.
     */
    private boolean disputed(Graph g, int speech) {
        int cur = speech;
        for (int i = 0; i < 2; i++) {
            Dependency up = governor(g, cur);
            if (up == null || up.relation().startsWith("nsubj") || up.relation().startsWith("csubj")
                    || up.relation().startsWith("advcl") || up.relation().startsWith("conj")) {
                return false;
            }
            String l = verbLemma(g, up.governor());
            if (cues.is(Cues.Kind.NEGATED, l) || cues.is(Cues.Kind.HYPOTHETICAL, l)) {
                return true;
            }
            cur = up.governor();
        }
        return false;
    }

    private boolean isPurpose(Graph g, int token) {
        for (int m : g.dependents(token, "mark")) {
            if (g.word(m).equals("to") || g.word(m).equals("for")) {
                return true;
            }
        }
        return false;
    }

    /** A verb of saying in a parenthetical or trailing clause: "..., officials said". */
    private int reportingClause(Graph g, int root) {
        for (Dependency d : g.children(root)) {
            if (d.relation().startsWith("parataxis") || d.relation().startsWith("ccomp")) {
                int v = d.dependent();
                if (cues.is(Cues.Kind.SPEECH, g.lemma(v))) {
                    List<Integer> subj = g.dependents(v, "nsubj");
                    if (!subj.isEmpty()) {
                        return subj.get(0);
                    }
                }
            }
            if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
                return d.dependent();
            }
        }
        return -1;
    }

    private int reportingFrom(Graph g, int token) {
        int cur = token;
        for (int i = 0; i < MAX_DEPTH; i++) {
            Dependency up = governor(g, cur);
            if (up == null) {
                return reportingClause(g, cur);
            }
            cur = up.governor();
        }
        return -1;
    }

    /** The lemma of a verb with its particle ("call_off"). */
    static String verbLemma(Graph g, int v) {
        String l = g.lemma(v);
        for (int p : g.dependents(v, "prt")) {
            return l + "_" + g.lemma(p);
        }
        return l;
    }
}
