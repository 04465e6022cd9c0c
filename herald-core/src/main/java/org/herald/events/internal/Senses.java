package org.herald.events.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Event;
import org.herald.model.Sentence;
import org.herald.model.Token;

/**
 * Drops coded events whose words are in a sense that is no political event, by rules read from
 * grammar and the code books, in this order:
 * <ol>
 *   <li>{@link CauseIsNoAgent}: material conflict done by a natural or accidental cause ("destroyed by
 *       fire"), and any act done by one or by a state of affairs ("the energy crisis forced");</li>
 *   <li>{@link HarmlessPatient}: violence to what cannot be harmed ("fight tariffs", "operations were executed");</li>
 *   <li>{@link ProtestWithObject}: a protest verb with an object ("demonstrated restraint");</li>
 *   <li>{@link HelpToAct}: a verb of help whose complement is an act ("is helping to heal wounds");</li>
 *   <li>{@link JourneyWithoutDestination}: a verb of motion coded as a visit with no destination ("flying over Nigeria");</li>
 *   <li>{@link VisitorIsSomeone}: a host's verb whose patient is a thing ("received a text message");</li>
 *   <li>{@link MeetingIsWithSomeone}: a verb of meeting whose patient is a thing ("met the demands");</li>
 *   <li>{@link NamedOnly}: a noun of a consultation or an investigation the sentence only names ("at a
 *       Security Council meeting", "as part of a police inquiry");</li>
 *   <li>{@link DomainSides}: material conflict in an article of sport, entertainment, technology or
 *       business without a named political actor on both sides ("New Zealand demolished them");</li>
 *   <li>{@link PrivateSides}: an act with no political side, a firm's or the media's with no one else
 *       named ("the bank pleaded guilty");</li>
 *   <li>{@link RecognitionOfAState}: a recognition (054) of no state or government ("seemed to
 *       recognise the court was likely to rule");</li>
 *   <li>{@link TermsOfAgreement}: a future act under an agreement, its terms ("Under the agreement,
 *       it will supply India");</li>
 *   <li>{@link IntentTowardNoOne}: a future act in a sentence that names no other party ("will meet on
 *       Tuesday");</li>
 *   <li>{@link AppealWithAPredicate}: a verb of appeal with an adjective as its complement ("pleaded
 *       not guilty");</li>
 *   <li>{@link ObligationOfAParty}: "said X must (should)" whose modal judges a past or a thing, not a
 *       party's duty ("there must have been", "the tragedy should persuade").</li>
 * </ol>
 * The rules read the trigger's semantic roles ({@code Roles}: agent, patient, prepositional
 * arguments), as the sides are read, not raw relations. The word classes are {@code senses.txt}'s.
 * Each rule names the codes it judges (material conflict for harm, every act for a cause or a state
 * of affairs as its agent, visits and hosts for travel,
 * consultations and investigations for nouns only named); other acts keep their
 * senses. Thread-safe.
 */
public final class Senses {

    private static final List<SenseRule> RULES = List.of(new CauseIsNoAgent(), new HarmlessPatient(),
            new ProtestWithObject(), new HelpToAct(), new JourneyWithoutDestination(), new VisitorIsSomeone(), new MeetingIsWithSomeone(), new NamedOnly(), new DomainSides(),
            new PrivateSides(), new RecognitionOfAState(), new TermsOfAgreement(), new IntentTowardNoOne(), new AppealWithAPredicate(),
            new ObligationOfAParty());

    private final SenseWords words;
    private final Cues cues;
    private final Lexicon lexicon;
    private final List<RoleRule> roleRules;

    public Senses(SenseWords words, Cues cues, Lexicon lexicon) {
        this.words = words;
        this.cues = cues;
        this.lexicon = lexicon;
        this.roleRules = Rules.roles(lexicon, cues);
    }

    /** The events of an article that are in a political sense, in their order. */
    public List<Event> keep(Annotated doc, List<ActorMention> mentions, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        ArticleDomain domain = ArticleDomain.of(doc, words);
        Map<Integer, Sentence> sentences = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            sentences.put(s.index(), s);
        }
        Map<Integer, Graph> graphs = new HashMap<>();
        Map<Integer, Roles> roles = new HashMap<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Sentence s = sentences.get(e.sentence());
            int trigger = s != null && e.trigger() != null ? token(s, e.trigger().span().start()) : -1;
            if (trigger < 0) {
                out.add(e);
                continue;
            }
            Graph g = graphs.computeIfAbsent(s.index(), k -> new Graph(s));
            List<ActorMention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            // the same roles the coder read the event's sides from, derived the same way
            Roles read = roles.computeIfAbsent(s.index(), k -> Roles.of(g, roleRules));
            SenseContext c = new SenseContext(g, read, trigger, domain, words, cues, lexicon, here);
            if (RULES.stream().noneMatch(r -> r.rejects(c, e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static int token(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() == start) {
                return i;
            }
        }
        return -1;
    }
}
