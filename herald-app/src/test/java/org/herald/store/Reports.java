package org.herald.store;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Attribution;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Participant;
import org.herald.model.Place;
import org.herald.model.Plover;
import org.herald.model.Quote;
import org.herald.model.ResolvedDate;
import org.herald.model.Span;
import org.herald.model.TextSpan;

/** Coded articles made by hand, for tests of the store and the server (no models needed). */
public final class Reports {

    private Reports() {
    }

    private static final Actor CHL = Actor.of("CHL", List.of("GOV"), null);
    private static final Actor PER = Actor.of("PER", List.of("GOV"), null);

    /** A report of Chile's minister visiting Peru, in one of several wordings. */
    public static CodedArticle report(String headline, String body, String site) {
        Article art = Article.builder().headline(headline).paragraph(body).site(site)
                .published(ResolvedDate.day(LocalDate.of(2024, 3, 4)), "test").build();
        String text = art.text();
        int src = text.indexOf("Chile");
        int trig = text.indexOf("visit");
        int tgt = text.indexOf("Peru", trig);
        Event e = new Event(org.herald.model.Ids.of(art.id(), "042"), art.id(), 1, true, false, "042",
                new Plover("CONSULT", "visit"), 1, 1.9, Mode.ASSERTED, null,
                new Participant("Chile", new Span(src, src + 5), CHL), new Participant("Peru", new Span(tgt, tgt + 4), PER),
                new TextSpan("visit", new Span(trig, trig + 5)), ResolvedDate.day(LocalDate.of(2024, 3, 4)), false,
                new Place("Lima", 3936456, "PE", "15", -12.04, -77.03, "P", null), 0.8);
        ActorMention am = new ActorMention(new Span(src, src + 5), "Chile", 1, CHL, "name");
        Quote q = new Quote("we came to listen", new Span(0, 5), 1, Quote.Kind.PARTIAL, new TextSpan("minister", null), CHL);
        return new CodedArticle(new Annotated(art, List.of(), List.of(), List.of(), List.of()), List.of(am), List.of(e),
                List.of(q), List.of(e.place()), List.of());
    }

    /**
     * One act coded in a hand-made article: the CAMEO code with its quad class and Goldstein
     * score, source and target (an actor code and the word naming it, either may be null), the
     * trigger word, mode, attribution words (or null), date (null: the article's) and place.
     */
    public record Act(String code, int quad, double goldstein, String source, String sourceWord, String target,
                      String targetWord, String trigger, Mode mode, String attribution, ResolvedDate date, Place place) {
    }

    /** An article published on 2024-03-04 whose text is {@code body}, with the acts coded in it. */
    public static CodedArticle article(String headline, String body, String site, Act... acts) {
        Article art = Article.builder().headline(headline).paragraph(body).site(site)
                .published(ResolvedDate.day(LocalDate.of(2024, 3, 4)), "test").build();
        String text = art.text();
        List<Event> events = new java.util.ArrayList<>();
        for (Act a : acts) {
            int trig = text.indexOf(a.trigger());
            events.add(new Event(org.herald.model.Ids.of(art.id(), a.code(), String.valueOf(events.size())), art.id(), 1, true,
                    false, a.code(), null, a.quad(), a.goldstein(), a.mode(),
                    a.attribution() == null ? null : new Attribution(a.attribution(), null),
                    participant(text, a.sourceWord(), a.source()), participant(text, a.targetWord(), a.target()),
                    new TextSpan(a.trigger(), new Span(trig, trig + a.trigger().length())), a.date(), false, a.place(), 0.8));
        }
        return new CodedArticle(new Annotated(art, List.of(), List.of(), List.of(), List.of()), List.of(), events,
                List.of(), events.stream().map(Event::place).filter(java.util.Objects::nonNull).toList(), List.of());
    }

    private static Participant participant(String text, String word, String code) {
        if (code == null) {
            return null;
        }
        int at = text.indexOf(word);
        return new Participant(word, new Span(at, at + word.length()), Actor.of(code.substring(0, 3),
                code.length() > 3 ? List.of(code.substring(3)) : List.of(), null));
    }
}
