package org.herald.model;

import java.util.List;

/**
 * Everything Herald wrote down about one article.
 *
 * @param problems what went wrong in part of the article (a sentence the events stage could not
 *     code, say) without stopping the rest
 */
public record CodedArticle(Annotated annotated, List<ActorMention> actors, List<Event> events,
                           List<Quote> quotes, List<Place> places, List<Problem> problems) {

    public CodedArticle {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
        problems = List.copyOf(problems);
    }

    public Article article() {
        return annotated.article();
    }
}
