package org.herald.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.herald.model.Outcome;
import org.herald.model.Place;
import org.herald.model.PlaceMention;
import org.herald.model.Problem;
import org.herald.model.Quote;
import org.herald.model.RawDocument;
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
 * <p>The chain is built here and only here; the command line, the server and the Spark adapter
 * call this facade and hold no pipeline logic. Each stage keeps its own heavy resources once per
 * JVM, so a pipeline is cheap to build and safe to share between threads.
 *
 * <p>Events come from the events stage; this facade gives each its place (the geocoder's place
 * of the event's clause), its date as the times stage reads it (with the tense of the sentence),
 * and, where the events stage found none, the attribution of its sentence from the quotes stage.
 */
public final class Pipeline {

    /** The longest Herald works on one article before it gives up on it and goes on. */
    public static final Duration ARTICLE_TIME_LIMIT = Duration.ofSeconds(120);

    private final Ingester ingester;
    private final Extractor extractor;
    private final Annotator annotator;
    private final ActorResolver actors;
    private final EventCoder events;
    private final QuoteFinder quotes;
    private final Geocoder places;
    private final DateResolver dates;

    public Pipeline(Ingester ingester, Extractor extractor, Annotator annotator, ActorResolver actors,
                    EventCoder events, QuoteFinder quotes, Geocoder places, DateResolver dates) {
        this.ingester = ingester;
        this.extractor = extractor;
        this.annotator = annotator;
        this.actors = actors;
        this.events = events;
        this.quotes = quotes;
        this.places = places;
        this.dates = dates;
    }

    /** The pipeline with every stage's defaults. */
    public static Pipeline standard() {
        return withActors(ActorResolver.shared());
    }

    /** The standard pipeline with another actor knowledge base (the user's files added). */
    public static Pipeline withActors(ActorResolver actors) {
        return new Pipeline(new Ingester(), new Extractor(), Annotator.shared(), actors, EventCoder.standard(),
                new QuoteFinder(), Geocoder.shared(), new DateResolver());
    }

    /**
     * The standard pipeline over another actor knowledge base, with an annotator of its own that
     * parses every sentence, whatever the actors found: for gold sets of invented actors that the
     * entity tagger cannot see (the PETRARCH unit tests). Costs a model load.
     */
    public static Pipeline parsingEverySentence(ActorResolver actors) {
        Annotator.Settings d = Annotator.Settings.DEFAULTS;
        return new Pipeline(new Ingester(), new Extractor(),
                Annotator.create(new Annotator.Settings(d.nerModels(), d.timesEverywhere(), true)), actors,
                EventCoder.standard(), new QuoteFinder(), Geocoder.shared(), new DateResolver());
    }

    /** Reads a source (file, directory, feed, WARC, URL, "-") into raw documents. */
    public Stream<Outcome<RawDocument>> read(String source) {
        return ingester.read(source);
    }

    /** Takes the article out of a raw document. */
    public Outcome<Article> extract(RawDocument raw) {
        return extractor.extract(raw);
    }

    /**
     * Everything Herald writes down about one article. Actors are found before any parse, and
     * only sentences with an actor and a word that can trigger an event are parsed: CoreNLP's
     * parse is the costliest step left, and a sentence without both cannot hold an event.
     */
    public CodedArticle code(Article article) {
        Annotated a = annotate(article);
        return code(a, actors.resolve(a));
    }

    /** Tokens, lemmas, entities and dates of an article, no parse: what actors, quotes and places read. */
    public Annotated tag(Article article) {
        return annotator.tag(article);
    }

    /** The actor mentions of an annotated article. */
    public List<ActorMention> actors(Annotated annotated) {
        return actors.resolve(annotated);
    }

    /**
     * The annotate stage as the pipeline runs it: tokens, entities, dates, and parses of the
     * sentences that can hold an event (an actor and a trigger word in them).
     */
    public Annotated annotate(Article article) {
        Annotated tagged = annotator.tag(article);
        List<ActorMention> found = actors.resolve(tagged);
        if (annotator.settings().parseEverything()) {
            return annotator.parse(tagged, s -> true);
        }
        return annotator.parse(tagged, s -> mayHoldEvent(s, found));
    }

    private CodedArticle code(Annotated a, List<ActorMention> found) {
        List<PlaceMention> placeMentions = places.mentions(a);
        List<Quote> quoteList = quotes.find(a, found);
        Map<Integer, Attribution> attributions = quotes.attributions(a, found);
        List<Event> coded = new ArrayList<>();
        EventCoder.Coding coding = events.codeWithProblems(a, found);
        for (Event e : coding.events()) {
            coded.add(complete(a, e, placeMentions, attributions));
        }
        List<Place> placeList = placeMentions.stream().map(PlaceMention::place).toList();
        return new CodedArticle(a, found, coded, quoteList, placeList, coding.problems());
    }

    /**
     * {@link #code} within {@link #ARTICLE_TIME_LIMIT} on the given executor: an article that
     * takes longer becomes a failure and the batch goes on.
     */
    public Outcome<CodedArticle> code(Article article, ExecutorService worker) {
        Future<CodedArticle> f = worker.submit(() -> code(article));
        try {
            return Outcome.ok(f.get(ARTICLE_TIME_LIMIT.toSeconds(), TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            f.cancel(true);
            return Outcome.failed(new Problem(article.origin(), Stage.ANNOTATE, null, "time.limit",
                    "gave up after " + ARTICLE_TIME_LIMIT.toSeconds() + " s"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return Outcome.failed(new Problem(article.origin(), Stage.ANNOTATE, null, "internal",
                    c.getClass().getSimpleName() + ": " + c.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(new Problem(article.origin(), Stage.ANNOTATE, null, "interrupted", "interrupted"));
        }
    }

    /** A single-thread executor for {@link #code(Article, ExecutorService)}; its thread is a daemon. */
    public static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "herald-worker");
            t.setDaemon(true);
            return t;
        });
    }

    private boolean mayHoldEvent(Sentence s, List<ActorMention> found) {
        for (ActorMention m : found) {
            if (m.sentence() == s.index()) {
                return events.mayCode(s);
            }
        }
        return false;
    }

    private Event complete(Annotated a, Event e, List<PlaceMention> placeMentions, Map<Integer, Attribution> attributions) {
        int trigger = triggerToken(a, e);
        EventDate when = dates.when(a, e.sentence(), trigger);
        PlaceMention where = e.place() == null ? places.placeOf(a, placeMentions, e.sentence(), trigger) : null;
        Attribution by = e.attribution() != null ? e.attribution() : attributions.get(e.sentence());
        return new Event(e.id(), e.article(), e.sentence(), e.root(), e.headline(), e.code(), e.plover(), e.quad(),
                e.goldstein(), e.mode(), by, e.source(), e.target(), e.trigger(),
                when.resolved() ? when.date() : e.date(), when.resolved() ? when.historical() : e.historical(),
                where != null ? where.place() : e.place(), e.confidence());
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
