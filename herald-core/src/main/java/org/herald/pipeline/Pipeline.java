package org.herald.pipeline;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.herald.actors.ActorResolver;
import org.herald.annotate.Annotator;
import org.herald.events.EventCoder;
import org.herald.extract.Extractor;
import org.herald.ingest.Ingester;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Attribution;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.EventDate;
import org.herald.model.Ids;
import org.herald.model.Outcome;
import org.herald.model.Place;
import org.herald.model.PlaceMention;
import org.herald.model.Quote;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.Stage;
import org.herald.model.Token;
import org.herald.places.Geocoder;
import org.herald.quotes.QuoteFinder;
import org.herald.times.DateResolver;

/**
 * Herald's pipeline in one place: source → raw documents → articles → annotation → actors,
 * events, quotes, places and dates → one {@link CodedArticle} per article.
 *
 * <p>The chain is built here and only here. The command line, the server, the evaluation, the
 * benchmarks and the tests call one of its named parts: {@link #read}, {@link #extract},
 * {@link #tag} (tokens, entities, dates; no parse), {@link #actors} (of a tagged article),
 * {@link #quotes}, {@link #annotate} (what {@link #code} codes) and {@link #code};
 * {@link Batch} runs the whole chain over many documents. Each stage keeps its own heavy resources
 * once per JVM (CoreNLP is loaded on the first call that needs it), so a pipeline is cheap to
 * build and safe to share between threads.
 *
 * <p>Events come from the events stage; this facade then gives each its date and whether it is
 * historical (the times stage alone decides both, reading the tense of the sentence), its place
 * (the geocoder's place of the event's clause), the attribution of its sentence from the quotes
 * stage where the events stage found none, and an id unique within its article.
 */
public final class Pipeline {

    private final Ingester ingester;
    private final Extractor extractor;
    private final Supplier<Annotator> annotator;
    private final Supplier<ActorResolver> actors;
    private final Supplier<EventCoder> events;
    private final QuoteFinder quotes;
    private final Supplier<Geocoder> places;
    private final DateResolver dates;
    private final ResolvedDate published;
    private final boolean parseEverySentence;

    private Pipeline(Builder b) {
        this.ingester = new Ingester(b.ingest);
        this.extractor = new Extractor(b.extract);
        // the stages' shared resources load on first use: a pipeline that only extracts loads no model
        this.annotator = Annotator::shared;
        ActorResolver given = b.actors;
        this.actors = given != null ? () -> given : ActorResolver::shared;
        EventCoder coder = b.events;
        this.events = coder != null ? () -> coder : EventCoder::standard;
        this.quotes = new QuoteFinder();
        this.places = Geocoder::shared;
        this.dates = new DateResolver();
        this.published = b.published;
        this.parseEverySentence = b.parseEverySentence;
    }

    /** The pipeline with every stage's defaults. */
    public static Pipeline standard() {
        return builder().build();
    }

    /** A pipeline with some of its defaults changed. */
    public static Builder builder() {
        return new Builder();
    }

    /** The choices a caller may make; everything else is each stage's default. */
    public static final class Builder {
        private Ingester.Options ingest = Ingester.Options.DEFAULT;
        private Extractor.Options extract = Extractor.Options.DEFAULT;
        private ActorResolver actors;
        private EventCoder events;
        private ResolvedDate published;
        private boolean parseEverySentence;

        private Builder() {
        }

        /** How sources are read (size limits, fetching, private addresses). */
        public Builder ingest(Ingester.Options options) {
            this.ingest = options;
            return this;
        }

        /** How articles are taken out of documents (size limit, duplicate clusters). */
        public Builder extract(Extractor.Options options) {
            this.extract = options;
            return this;
        }

        /** Another actor knowledge base (the built-in one with the user's files added, say). */
        public Builder actors(ActorResolver resolver) {
            this.actors = resolver;
            return this;
        }

        /** Another event coder (the benchmark's, with the event-type model). */
        public Builder events(EventCoder coder) {
            this.events = coder;
            return this;
        }

        /**
         * The publication date the user gives: when not null, it wins over the one a document
         * states, for every article this pipeline extracts.
         */
        public Builder published(ResolvedDate date) {
            this.published = date;
            return this;
        }

        /**
         * Parse every sentence, not only those that can hold an event: for texts whose actors
         * the entity tagger does not know (the PETRARCH unit tests' fictional countries).
         */
        public Builder parseEverySentence() {
            this.parseEverySentence = true;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }

    /**
     * Where the work on one article is: the stage it is in. A batch reads it from another thread
     * to name the stage of an article that failed or ran out of time.
     */
    public static final class Trace {
        private volatile Stage stage = Stage.ANNOTATE;

        public Stage stage() {
            return stage;
        }

        void enter(Stage s) {
            stage = s;
        }
    }

    // ---- the named parts of the chain

    /** Reads a source (file, directory, feed, WARC, JSON Lines, URL, "-") into raw documents. */
    public Stream<Outcome<RawDocument>> read(String source) {
        return ingester.read(source);
    }

    /**
     * Loads every stage's shared resources now, the CoreNLP models on one thread and the actor
     * base, event lexicon and gazetteer on another, instead of on first use: for a command that
     * is about to code, so that loading overlaps its reading, or one that times its work.
     * Returns when all are loaded.
     */
    public Pipeline load() {
        java.util.concurrent.CompletableFuture<Void> rest = java.util.concurrent.CompletableFuture.runAsync(() -> {
            actors.get();
            events.get();
            places.get();
        });
        annotator.get();
        rest.join();
        return this;
    }

    /** Polls a feed or page by URL with a conditional GET, for a watch ({@link Ingester#poll}). */
    public Ingester.Poll poll(String url, String etag, String lastModified) {
        return ingester.poll(url, etag, lastModified);
    }

    /** Reads the documents in a stream (standard input), named {@code origin} in problems. */
    public Stream<Outcome<RawDocument>> read(String origin, InputStream in) {
        return ingester.read(origin, in);
    }

    /** Takes the article out of a raw document; the user's publication date, when given, wins. */
    public Outcome<Article> extract(RawDocument raw) {
        Outcome<Article> out = extractor.extract(raw);
        if (published != null && out instanceof Outcome.Ok<Article> ok) {
            return Outcome.ok(ok.value().withPublished(published, "user"));
        }
        return out;
    }

    /** Tokens, lemmas, tags, entities and dates, without a parse. */
    public Annotated tag(Article article) {
        return annotator.get().tag(article);
    }

    /** The actor mentions of an annotated article ({@link #tag}ged is enough: actors need no parse). */
    public List<ActorMention> actors(Annotated annotated) {
        return actors.get().resolve(annotated);
    }

    /** The quotes of an article with their speakers (quotes need no parse). */
    public List<Quote> quotes(Article article) {
        Annotated tagged = tag(article);
        return quotes.find(tagged, actors(tagged));
    }

    /**
     * The annotation {@link #code} codes: tokens, entities, dates, and parses of the sentences
     * that can hold an event, those with an actor and a word that can trigger an event (CoreNLP's
     * parse is the costliest step, and a sentence without both cannot hold an event); every
     * sentence when the pipeline was built to {@linkplain Builder#parseEverySentence parse them all}.
     */
    public Annotated annotate(Article article) {
        return annotate(article, new Trace());
    }

    /** Everything Herald writes down about one article. */
    public CodedArticle code(Article article) {
        return code(article, new Trace());
    }

    /** {@link #code(Article)}, telling {@code trace} which stage it is in. */
    public CodedArticle code(Article article, Trace trace) {
        return code(annotate(article, trace), trace);
    }

    /**
     * The stages after annotate, on an annotation made elsewhere (by hand in a test, say): actors,
     * then events, quotes and places, then each event's date, place and attribution. No sentence
     * is parsed that is not parsed already.
     */
    public CodedArticle code(Annotated annotated) {
        return code(annotated, new Trace());
    }

    /** How many of the annotator's sentences were parsed and how long each step took (for benchmarks). */
    public Annotator.Timings annotatorTimings() {
        return annotator.get().timings();
    }

    // ---- the chain

    private Annotated annotate(Article article, Trace trace) {
        trace.enter(Stage.ANNOTATE);
        Annotated tagged = annotator.get().tag(article);
        if (parseEverySentence) {
            return annotator.get().parse(tagged, s -> true);
        }
        trace.enter(Stage.ACTORS);
        List<ActorMention> found = actors.get().resolve(tagged);
        trace.enter(Stage.ANNOTATE);
        return annotator.get().parse(tagged, s -> mayHoldEvent(s, found));
    }

    /** {@link #code(Annotated)}, telling {@code trace} which stage it is in. */
    public CodedArticle code(Annotated a, Trace trace) {
        trace.enter(Stage.ACTORS);
        List<ActorMention> found = actors.get().resolve(a);
        trace.enter(Stage.PLACES);
        List<PlaceMention> placeMentions = places.get().mentions(a);
        trace.enter(Stage.QUOTES);
        List<Quote> quoteList = quotes.find(a, found);
        Map<Integer, Attribution> attributions = quotes.attributions(a, found);
        trace.enter(Stage.EVENTS);
        EventCoder.Coding coding = events.get().codeWithProblems(a, found);
        List<Event> coded = new ArrayList<>();
        for (Event e : coding.events()) {
            coded.add(complete(a, e, placeMentions, attributions, trace));
        }
        List<Place> placeList = placeMentions.stream().map(PlaceMention::place).toList();
        return new CodedArticle(a, found, distinctIds(coded), quoteList, placeList, coding.problems());
    }

    /**
     * A sentence is parsed when it names an actor and a trigger word. A private person alone (a
     * named person of no known office, {@code CVL}) does not count: an act with no political side
     * is no event, and parsing is most of the chain's time.
     */
    private boolean mayHoldEvent(Sentence s, List<ActorMention> found) {
        for (ActorMention m : found) {
            if (m.sentence() == s.index() && !m.actor().roles().equals(List.of("CVL"))) {
                return events.get().mayCode(s);
            }
        }
        return false;
    }

    /** An event with its date and historical flag (the times stage's), place and attribution. */
    private Event complete(Annotated a, Event e, List<PlaceMention> placeMentions, Map<Integer, Attribution> attributions,
                           Trace trace) {
        int trigger = triggerToken(a, e);
        trace.enter(Stage.TIMES);
        EventDate when = dates.when(a, e.sentence(), trigger);
        trace.enter(Stage.PLACES);
        PlaceMention where = e.place() == null ? places.get().placeOf(a, placeMentions, e.sentence(), trigger) : null;
        Attribution by = e.attribution() != null ? e.attribution() : attributions.get(e.sentence());
        return new Event(e.id(), e.article(), e.sentence(), e.root(), e.headline(), e.code(), e.plover(), e.quad(),
                e.goldstein(), e.mode(), by, e.source(), e.target(), e.trigger(), when.date(), when.historical(),
                where != null ? where.place() : e.place(), e.confidence());
    }

    /**
     * The events with ids unique within the article. An id is derived from what makes an event
     * mention one ({@link Event#idOf}); two readings of one sentence can still agree on all of
     * it and differ in mode or attribution, and then the later ones are told apart by their rank,
     * which is as stable across runs as the coding itself.
     */
    static List<Event> distinctIds(List<Event> events) {
        Set<String> taken = new HashSet<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String id = e.id();
            for (int rank = 2; !taken.add(id); rank++) {
                id = Ids.of(e.id(), Integer.toString(rank));
            }
            out.add(id.equals(e.id()) ? e : e.withId(id));
        }
        return out;
    }

    private static int triggerToken(Annotated a, Event e) {
        if (e.trigger() == null || e.trigger().span() == null) {
            return -1;
        }
        Sentence s = a.sentences().get(e.sentence());
        for (Token t : s.tokens()) {
            if (t.span().overlaps(e.trigger().span())) {
                return t.index();
            }
        }
        return -1;
    }
}
