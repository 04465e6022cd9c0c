package org.herald.events;

import java.util.ArrayList;
import java.util.List;
import org.herald.events.internal.CameoTable;
import org.herald.events.internal.Coder;
import org.herald.events.internal.Cues;
import org.herald.events.internal.Evaluations;
import org.herald.events.internal.Lexicon;
import org.herald.events.internal.SenseWords;
import org.herald.events.internal.Senses;
import org.herald.events.internal.Threats;
import org.herald.events.internal.types.Veto;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Event;
import org.herald.model.Once;
import org.herald.model.Plover;
import org.herald.model.Position;
import org.herald.model.Problem;
import org.herald.model.Sentence;

/**
 * The events stage: codes who did what to whom in an annotated article.
 *
 * <p>Reads the enhanced++ dependency parse of each parsed sentence ({@link Sentence#parsed()}),
 * the actor mentions the actors stage resolved, and the article's time expressions. Finds
 * triggers from the event lexicon (verbs, nouns and adjectives, with the words they must govern),
 * takes their source and target from the lexicon's argument slots, and writes one {@link Event}
 * per actor pair, with its CAMEO code, PLOVER type and mode, Goldstein score and quad class from
 * the CAMEO table; its mode (asserted, future, hypothetical, negated) and attribution from the
 * words above the trigger; its date from a time expression in its clause, else the article's
 * date; and the spans of its trigger, source and target. A conflictual act its source announces
 * for the future ("will impose sanctions") is coded as the threat to do it, as CAMEO and PLOVER code it.
 *
 * <p>Assumes spans of mentions point into the article's text. Sentences without a parse yield no
 * events; a related-links list is not part of the text, so it is never coded. An event needs at
 * least one resolved actor; material conflict needs a political one, and words with a sporting
 * sense ("beat", "attack") are not coded in sport stories. Material conflict in a sense that is no
 * political event is dropped ({@code Senses}: a natural cause, a patient that cannot be harmed, a
 * protest verb with an object, an article of sport, entertainment, technology or business without
 * political actors on both sides). Thread-safe once built.
 */
public final class EventCoder {

    private static final Once<EventCoder> LEXICON_ONLY = Once.of(() -> {
        CameoTable t = CameoTable.standard();
        return new EventCoder(t, Lexicon.standard(t), Cues.standard());
    });
    private static final Once<EventCoder> VETOED = Once.of(() -> {
        String veto = System.getProperty("herald.events.veto").strip();
        return withVeto(veto.equals("roots") ? Veto.standard() : Veto.standard(Veto.threshold(veto)));
    });

    private final CameoTable table;
    private final Lexicon lexicon;
    private final Cues cues;
    private final Threats threats;
    private final Senses senses;
    private final java.util.Set<String> triggerLemmas;
    private final Veto veto; // null: the lexicon alone
    private final java.util.concurrent.atomic.LongAdder unsourced = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.ConcurrentMap<String, java.util.concurrent.atomic.LongAdder> unsourcedKinds =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A coder with these tables and the lexicon alone (no event-type model). */
    public EventCoder(CameoTable table, Lexicon lexicon, Cues cues) {
        this(table, lexicon, cues, Threats.standard(table), null);
    }

    private EventCoder(CameoTable table, Lexicon lexicon, Cues cues, Threats threats, Veto veto) {
        this.table = table;
        this.lexicon = lexicon;
        this.cues = cues;
        this.threats = threats;
        this.senses = new Senses(SenseWords.standard(), cues, lexicon);
        java.util.Set<String> lemmas = new java.util.HashSet<>();
        for (Lexicon.Entry e : lexicon.all()) {
            lemmas.add(e.lemma());
        }
        this.triggerLemmas = java.util.Set.copyOf(lemmas);
        this.veto = veto;
    }

    /**
     * Whether a sentence has a word the lexicon can trigger on. A sentence without one cannot
     * yield an event, so callers need not parse it.
     */
    public boolean mayCode(Sentence s) {
        for (org.herald.model.Token t : s.tokens()) {
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            if (triggerLemmas.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return mayEvaluate(s);
    }

    /** Whether a sentence has a verb of saying and a word of evaluation: it may hold criticism or praise. */
    private static boolean mayEvaluate(Sentence s) {
        Evaluations words = Evaluations.standard();
        boolean report = false;
        boolean judged = false;
        for (org.herald.model.Token t : s.tokens()) {
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
            report |= words.is(Evaluations.Kind.REPORT, lemma) || words.is(Evaluations.Kind.NAME, lemma);
            for (String w : List.of(lemma, t.word().toLowerCase(java.util.Locale.ROOT))) { // "misdirected": a participle
                judged |= words.is(Evaluations.Kind.NEGATIVE, w) || words.is(Evaluations.Kind.POSITIVE, w);
            }
        }
        return report && judged;
    }

    /**
     * The coder with Herald's own CAMEO table, lexicon and cues, built once per JVM: the lexicon
     * alone, since the event-type model's veto did not win on every check figure (docs/events.md,
     * "The event-type model"). {@code -Dherald.events.veto=roots} turns on the veto with the
     * thresholds chosen root by root on the tune parts ({@code veto.tsv}), {@code -Dherald.events.veto=P}
     * with one threshold P for every root, so that the figures there can be measured again with the
     * same commands; the embedding model loads on the first window it reads.
     */
    public static EventCoder standard() {
        return System.getProperty("herald.events.veto") == null ? LEXICON_ONLY.get() : VETOED.get();
    }

    /**
     * The standard coder with the event-type model's veto at this threshold of P(NONE), for
     * measuring the model (docs/events.md; {@code herald bench}).
     */
    public static EventCoder withVeto(double threshold) {
        return withVeto(Veto.standard(threshold));
    }

    private static EventCoder withVeto(Veto veto) {
        EventCoder l = lexiconOnly();
        return new EventCoder(l.table, l.lexicon, l.cues, l.threats, veto);
    }

    /**
     * The standard coder without the event-type model, whatever {@code herald.events.veto} says:
     * the lexicon and the parse alone, which the model's training examples are taken from.
     */
    public static EventCoder lexiconOnly() {
        return LEXICON_ONLY.get();
    }

    /** The events of an article, in sentence order. */
    public List<Event> code(Annotated annotated, List<ActorMention> actors) {
        return codeWithProblems(annotated, actors).events();
    }

    /** The events and problems of an article. */
    public Coding codeWithProblems(Annotated annotated, List<ActorMention> actors) {
        List<Event> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Coder coder = new Coder(table, lexicon, cues, threats, annotated, actors);
        for (Sentence s : annotated.sentences()) {
            if (!s.parsed() || s.dependencies().isEmpty()) {
                continue;
            }
            String bad = outOfRange(s);
            if (bad != null) {
                problems.add(new Problem(origin(annotated), Problem.Code.EVENTS_BAD_SENTENCE, Position.sentence(s.index()),
                        "cannot code sentence: " + bad));
                continue;
            }
            List<Event> found = new ArrayList<>();
            try {
                for (Event e : coder.code(s)) {
                    // a conflictual act its source announces for the future is a threat (CAMEO, PLOVER)
                    found.add(threats.recode(e));
                }
            } catch (RuntimeException e) {
                // a parse the coder cannot read loses one sentence, not the article; the class alone
                // names it, as the JVM drops the message of an exception thrown often
                problems.add(new Problem(origin(annotated), Problem.Code.EVENTS_BAD_SENTENCE, Position.sentence(s.index()),
                        "cannot code sentence: " + e.getClass().getName()));
            }
            // the event-type model vetoes what it reads as no political event (a model that cannot
            // load fails the article with its own message, not every sentence with a class name)
            events.addAll(veto == null ? found : veto.review(annotated.article().text(), s, found));
        }
        unsourced.add(coder.unsourced());
        coder.unsourcedByKind().forEach((k, n) -> unsourcedKinds.computeIfAbsent(k, x -> new java.util.concurrent.atomic.LongAdder()).add(n));
        // senses that are no political event: a cause for an agent, a patient that cannot be harmed,
        // a protest verb with an object, violence without political sides in a sport or film story
        return new Coding(senses.keep(annotated, actors, events), problems);
    }

    private static String origin(Annotated a) {
        return a.article().origin() == null ? "-" : a.article().origin();
    }

    /** What is wrong with a parse whose arcs name tokens the sentence does not have, or null. */
    private static String outOfRange(Sentence s) {
        int n = s.tokens().size();
        for (org.herald.model.Dependency d : s.dependencies()) {
            // governor -1 is the root
            if (d.governor() < -1 || d.governor() >= n || d.dependent() < 0 || d.dependent() >= n) {
                return "the arc " + d.relation() + "(" + d.governor() + ", " + d.dependent() + ") names a token outside its "
                        + n + " tokens";
            }
        }
        return null;
    }

    /**
     * How many acts this coder has declined since it was made because no actor was found for
     * their source (a target was named): CAMEO events are a source's acts, so these are not
     * events, but they are counted ({@code herald eval events} notes them).
     */
    public long unsourced() {
        return unsourced.sum();
    }

    /** {@link #unsourced()} by why no source actor was found ("agentless passive", "name with no actor", ...). */
    public java.util.Map<String, Long> unsourcedByKind() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        unsourcedKinds.forEach((k, n) -> out.put(k, n.sum()));
        return out;
    }

    /** One code of the CAMEO table the coder codes with. */
    public record CameoCode(String code, String name, int quad, double goldstein, Plover plover, boolean symmetric) {
    }

    /** The CAMEO table the coder codes with, in its order. */
    public List<CameoCode> cameoCodes() {
        return table.all().values().stream().map(EventCoder::cameo).toList();
    }

    /** The table's row for a code, if it has one. */
    public java.util.Optional<CameoCode> cameoCode(String code) {
        return java.util.Optional.ofNullable(table.get(code)).map(EventCoder::cameo);
    }

    /** Whether the table marks a code mutual (both sides do it to each other: meeting, fighting). */
    public boolean symmetric(String code) {
        return cameoCode(code).map(CameoCode::symmetric).orElse(false);
    }

    private static CameoCode cameo(CameoTable.Code c) {
        return new CameoCode(c.code(), c.name(), c.quad(), c.goldstein(), c.plover(), c.symmetric());
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** What coding an article gave: events, and sentences that could not be coded. */
    public record Coding(List<Event> events, List<Problem> problems) {
        public Coding {
            events = List.copyOf(events);
            problems = List.copyOf(problems);
        }
    }
}
