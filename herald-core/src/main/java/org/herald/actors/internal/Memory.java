package org.herald.actors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Actor;

/**
 * What the article has named so far, for coreference: people (latest last, with the sentence
 * they were last named in) and the country or body named most recently ("its troops").
 */
final class Memory {

    /** How many sentences back a pronoun or "the leader" may look for its person. */
    static final int WINDOW = 3;

    /** A person or body, the sentence it was last named in, and the person's gender when the text told it. */
    record Named(Actor actor, int sentence, Gender gender) {
    }

    private final LinkedHashMap<String, Named> people = new LinkedHashMap<>();
    /** Named organisations with roles ("the International Court of Justice"), latest last. */
    private final LinkedHashMap<String, Named> bodies = new LinkedHashMap<>();
    /** Organisations named by their own names ("the Rapid Support Forces"), latest last. */
    private final LinkedHashMap<String, Named> organisations = new LinkedHashMap<>();
    private Named body;
    /** The subject of the last sentence that had a person as its subject. */
    private Named subject;
    /** Title or role words ("interior minister", "police") → the last actor of known country so called. */
    private final Map<String, Named> titles = new LinkedHashMap<>();
    /** The last word of organisations' names ("executive") → the organisation named last so. */
    private final Map<String, Named> heads = new LinkedHashMap<>();

    /** A named person, now the latest; a gender once told is kept when a later mention tells none. */
    void remember(Actor a, int sentence, Gender gender) {
        if (a.name() == null) {
            return;
        }
        Named before = people.remove(a.name());
        people.put(a.name(), new Named(a, sentence, gender == null && before != null ? before.gender() : gender));
    }

    /** One unnamed person composed at a position ("a senior British minister ... as he left"). */
    void rememberUnnamed(int position, Actor a, int sentence, Gender gender) {
        people.put("\u0000" + position, new Named(a, sentence, gender));
    }

    /** The person named most recently within the window, with the given code when one is given. */
    Named lastNamed(int sentence, String code) {
        return lastNamed(sentence, code, null);
    }

    /**
     * The person named most recently within the window, with the given code when one is given,
     * whose gender (when known) is the one wanted (when given): "she" skips a man named after her.
     */
    Named lastNamed(int sentence, String code, Gender wanted) {
        Named found = null;
        for (Named n : people.values()) {
            if (sentence - n.sentence() <= WINDOW && (code == null || n.actor().code().equals(code))
                    && Gender.agrees(n.gender(), wanted)) {
                found = n;
            }
        }
        return found;
    }

    /** The person named most recently within the window who holds all these roles. */
    Named lastWithRole(int sentence, List<String> role) {
        Named found = null;
        for (Named n : people.values()) {
            if (sentence - n.sentence() <= WINDOW && n.actor().roles().containsAll(role)) {
                found = n;
            }
        }
        return found;
    }

    /** Up to {@code count} people, latest first, named within twice the window ("the two leaders"). */
    List<Named> lastPeople(int sentence, int count) {
        List<Named> all = new ArrayList<>(people.values());
        List<Named> out = new ArrayList<>();
        for (int h = all.size() - 1; h >= 0 && out.size() < count; h--) {
            // "the two presidents" hold an office: a private person (CVL) holds none
            if (sentence - all.get(h).sentence() <= WINDOW * 2 && !all.get(h).actor().roles().contains("CVL")) {
                out.add(all.get(h));
            }
        }
        return out;
    }

    /** A person named earlier in the article (not from the base) whose name is, or ends with, these words. */
    Named namedBefore(String words, KnowledgeBase kb) {
        Named found = null;
        for (Map.Entry<String, Named> e : people.entrySet()) {
            String name = e.getKey();
            if (kb.person(name).isEmpty() && (name.equals(words) || name.endsWith(" " + words))) {
                found = e.getValue();
            }
        }
        return found;
    }

    /** Of these names, the one named most recently, or null. */
    String latestOf(List<String> names) {
        String latest = null;
        for (String named : people.keySet()) {
            if (names.contains(named)) {
                latest = named;
            }
        }
        return latest;
    }

    /** What memory holds of the person an actor is (named, or one unnamed official), the latest, or null. */
    Named person(Actor a) {
        Named found = null;
        for (Named n : people.values()) {
            if (n.actor().equals(a)) {
                found = n;
            }
        }
        return found;
    }

    /** The person a sentence is about (its subject, {@link Salience}). */
    void subject(int sentence, Named who) {
        subject = who == null ? subject : new Named(who.actor(), sentence, who.gender());
    }

    /**
     * The subject of the last sentence that had a person as its subject, when that sentence is
     * this one's previous or the one before, and the gender agrees; else null.
     */
    Named lastSubject(int sentence, Gender wanted) {
        return subject != null && sentence - subject.sentence() <= 2 && sentence > subject.sentence()
                && Gender.agrees(subject.gender(), wanted) ? subject : null;
    }

    /** A named organisation, or one referred to again: now the latest of its kind. */
    void rememberBody(Actor a, int sentence) {
        if (a.roles().isEmpty()) {
            return;
        }
        bodies.remove(a.code());
        bodies.put(a.code(), new Named(a, sentence, null));
    }

    /**
     * The organisation named (or referred to) most recently within the window that holds these
     * roles: "the court" after "the International Court of Justice" is that court.
     */
    Named lastBodyWithRole(int sentence, List<String> role) {
        Named found = null;
        for (Named n : bodies.values()) {
            if (sentence - n.sentence() <= WINDOW && n.actor().roles().containsAll(role)) {
                found = n;
            }
        }
        return found;
    }

    /** An organisation named by its own name. */
    void rememberOrganisation(Actor a, int sentence) {
        organisations.remove(a.code());
        organisations.put(a.code(), new Named(a, sentence, null));
    }

    /**
     * The one organisation named by its name within the window ("the group" after "the Rapid
     * Support Forces"), or null when none or several are: two candidates compete.
     */
    Named soleOrganisation(int sentence) {
        Named found = null;
        for (Named n : organisations.values()) {
            if (sentence - n.sentence() <= WINDOW) {
                if (found != null) {
                    return null;
                }
                found = n;
            }
        }
        return found;
    }

    /** An organisation named by a name of two words or more, by the name's last word ("the Scottish Executive": "executive"). */
    void rememberHead(String head, Actor a, int sentence) {
        heads.put(head, new Named(a, sentence, null));
    }

    /** The organisation named last whose name ends with this word, anywhere earlier in the article, or null. */
    Named organisationByHead(String head) {
        return heads.get(head);
    }

    /** An actor of known country called by these title or role words ("Pakistan's interior minister"). */
    void rememberTitle(String words, Actor a, int sentence) {
        if (a.country() != null && !words.isEmpty()) {
            titles.put(words, new Named(a, sentence, null));
        }
    }

    /**
     * The last actor of known country called by the same title or role words anywhere earlier in
     * the article ("the interior minister" after "Pakistan's interior minister"), or null.
     */
    Named lastTitled(String words) {
        return titles.get(words);
    }

    /**
     * Whether no other person holding these roles was named after this one, anywhere in the
     * article: "the president" is not Xi Jinping once Trump was named after "President Xi".
     */
    boolean latestHolder(Named titled, List<String> role) {
        Named latest = null;
        for (Named n : people.values()) {
            if (n.actor().roles().containsAll(role)) {
                latest = n;
            }
        }
        return latest == null || latest.actor().equals(titled.actor());
    }

    void body(Actor a, int sentence) {
        body = new Named(a, sentence, null);
    }

    /** The country or body named in this or the previous sentence, or null. */
    Actor recentBody(int sentence) {
        return body != null && sentence - body.sentence() <= 1 ? body.actor() : null;
    }
}
