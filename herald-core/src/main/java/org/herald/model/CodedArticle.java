package org.herald.model;

import java.util.List;

/** Everything Herald wrote down about one article. */
public record CodedArticle(Annotated annotated, List<ActorMention> actors, List<Event> events,
                           List<Quote> quotes, List<Place> places) {

    public CodedArticle {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
    }

    public Article article() {
        return annotated.article();
    }
}
