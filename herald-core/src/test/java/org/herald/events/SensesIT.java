package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Participant;
import org.herald.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The article-domain rule through the whole chain: one sentence, "Brazil demolished
 * Argentina" (a verb without the lexicon's sport mark), is destruction in a news article and a win
 * in a sport one, and a state's tariff stays a state's act in a business article. Articles written
 * for this test.
 */
class SensesIT {

    private static final String DEMOLISHED = "Brazil demolished Argentina on Saturday.";

    private static List<Event> code(String headline, String... paragraphs) {
        Article.Builder b = Article.builder().headline(headline);
        for (String p : paragraphs) {
            b.paragraph(p);
        }
        return Pipeline.standard().code(b.build()).events();
    }

    private static String code(Participant p) {
        return p == null || p.actor() == null ? "" : p.actor().code();
    }

    private static List<String> conflict(List<Event> events) {
        return events.stream().filter(e -> e.quad() == 4 && !e.headline())
                .map(e -> code(e.source()) + ">" + code(e.target()) + ":" + e.code()).toList();
    }

    @Test
    void violence_between_bare_countries_is_news_in_a_news_article_and_a_match_in_a_sport_one() {
        List<String> news = conflict(code("Fighting on the border",
                DEMOLISHED + " The defence minister said troops of the army had crossed the border.",
                "The government of Argentina asked parliament for war powers and recalled its diplomats from the embassy."));
        assertThat(news).as("news").anyMatch(d -> d.startsWith("BRA") && d.contains(">ARG"));

        List<String> sport = conflict(code("Brazil through to the final",
                DEMOLISHED + " The striker scored two goals in the semi-final and the coach praised his squad.",
                "The champions meet the winner of the other match at the stadium at the end of the tournament."));
        assertThat(sport).as("sport").noneMatch(d -> d.startsWith("BRA") && d.contains(">ARG"));
    }

    @Test
    void a_tariff_in_a_business_article_is_still_a_state_act() {
        List<String> business = conflict(code("Steel shares fall",
                "The United States imposed tariffs on China on Monday.",
                "Shares in the firm fell as investors weighed the profit warning, and analysts expect slower sales and growth in the market."));
        assertThat(business).as("business").anyMatch(d -> d.startsWith("USA") && d.contains(">CHN"));
    }
}
