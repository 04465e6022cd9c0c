package org.herald.events.internal;

import org.herald.model.Dependency;

/** Light verbs and the event nouns they carry ("held talks", "launched an attack", "were engaged in fighting"). */
final class LightVerbs {

    private final Lexicon lexicon;

    LightVerbs(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean isLight(Graph g, int verb) {
        return lexicon.isLightVerb(Modality.verbLemma(g, verb)) || lexicon.isLightVerb(g.lemma(verb));
    }

    /** Whether a noun names an act the lexicon knows ("talks", "attack", "fire"). */
    boolean isEventNoun(Graph g, int noun) {
        return g.token(noun).isNoun() && !lexicon.entries(Lexicon.Kind.NOUN, g.lemma(noun)).isEmpty();
    }

    /** The intransitive light verb a noun is the subject of ("talks began", "the deployment arrived"), or -1. */
    int subjectOf(Graph g, int noun) {
        for (Dependency d : g.heads(noun)) {
            int v = d.governor();
            if (v >= 0 && d.relation().equals("nsubj") && g.token(v).isVerb() && isLight(g, v)
                    && g.dependents(v, "obj").isEmpty()) {
                return v;
            }
        }
        return -1;
    }

    /**
     * Whether a verb only carries the act of an event noun of the sentence: a light verb whose
     * subject or object is one ("the deployment arrived", "held talks"). {@code events} holds the
     * tokens of the sentence's nominal triggers.
     */
    boolean carries(Graph g, int verb, java.util.Set<Integer> events) {
        if (!isLight(g, verb)) {
            return false;
        }
        for (Dependency d : g.children(verb)) {
            if ((d.relation().equals("nsubj") || d.relation().equals("obj")) && events.contains(d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** The light verb a noun is the object or prepositional object of ("held talks"), or -1. */
    int of(Graph g, int noun) {
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
