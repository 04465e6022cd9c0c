package org.herald.events.internal;

import java.util.List;
import org.herald.model.ActorMention;
import org.herald.model.Participant;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * What a sense rule reads about one coded event: its sentence's graph and semantic roles (the
 * reading the sides are taken from), the trigger's token, the article's domain, the word classes
 * and the actor mentions of the sentence.
 */
record SenseContext(Graph graph, Roles roles, int trigger, ArticleDomain domain, SenseWords words, Cues cues, Lexicon lexicon,
                    List<ActorMention> mentions) {

    /** The heads filling one of the trigger's semantic roles, in order of precedence. */
    List<Integer> role(Roles.Role role) {
        return roles.get(trigger, role);
    }

    /** The heads of the trigger's prepositional arguments, its own and those a light verb lends it. */
    List<Integer> oblique(String... prepositions) {
        List<Integer> out = new java.util.ArrayList<>();
        for (String p : prepositions) {
            for (int h : roles.oblique(trigger, p)) {
                if (!out.contains(h)) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    String lemma(int i) {
        return graph.lemma(i);
    }

    /** Whether an actor mention covers the token. */
    /**
     * Whether the trigger acts on things only: it has a patient (object or passive subject), each a
     * common noun that no actor mention covers, and the event names no actor as its target.
     */
    boolean actsOnThingsOnly(Participant target) {
        List<Integer> patients = role(Roles.Role.PATIENT);
        if (patients.isEmpty() || target != null && target.actor() != null && target.span().length() > 0) {
            return false;
        }
        for (int p : patients) {
            String pos = graph.token(p).pos();
            if (!(pos.equals("NN") || pos.equals("NNS")) || actor(p)) {
                return false;
            }
        }
        return true;
    }

    boolean actor(int i) {
        Span s = graph.token(i).span();
        for (ActorMention m : mentions) {
            if (m.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** A common noun (not a name: the tagger's NN or NNS) that no actor mention covers, in a noun class. */
    boolean noun(int i, SenseWords.Kind kind) {
        Token t = graph.token(i);
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && !actor(i) && words.is(kind, lemma(i));
    }

    /** A natural or accidental cause ("fire", "crash"), as a noun, or a verb of an accident ("crashed"). */
    boolean cause(int i) {
        Token t = graph.token(i);
        return noun(i, SenseWords.Kind.CAUSE) || t.pos().startsWith("VB") && words.is(SenseWords.Kind.CAUSE, lemma(i));
    }

}
