package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.herald.model.CodedArticle;
import org.herald.pipeline.Pipeline;

/** The actor table of ../shared/examples/expected.md, on the real annotate stage. */
class ExampleArticleIT {

    private static Annotated annotated;
    private static List<ActorMention> mentions;

    @BeforeAll
    static void annotate() throws Exception {
        Article article = org.herald.ExampleArticle.load(ResolvedDate.day(LocalDate.of(2023, 9, 11)));
        // the actors as the whole chain finds them
        CodedArticle coded = Pipeline.standard().code(article);
        annotated = coded.annotated();
        mentions = coded.actors();
    }

    private static void coded(String containing, String code) {
        assertThat(mentions)
                .as("a mention containing '%s' coded %s; got %s", containing, code,
                        mentions.stream().map(m -> m.text() + "=" + m.actor().code()).toList())
                .anyMatch(m -> m.text().contains(containing) && m.actor().code().equals(code));
    }

    @Test
    void every_row_of_the_actor_table() {
        coded("Kim Jong Un", "PRKGOV");
        coded("North Korean leader", "PRKGOV");
        coded("the North Korean leader", "PRKGOV");
        coded("Vladimir Putin", "RUSGOV");
        coded("President Putin", "RUSGOV");
        coded("Dmitry Peskov", "RUSGOV");
        coded("Kremlin", "RUSGOV");
        coded("Korean Central News Agency", "PRKMED");
        coded("South Korean media", "KORMED");
        coded("the Pentagon", "USAMIL");
        coded("The United States", "USA");
        coded("the Russian military", "RUSMIL");
        coded("the West", "WST");
        coded("Ukraine", "UKR");
    }

    @Test
    void no_actor_is_coded_with_a_wrong_country_for_the_people_of_the_story() {
        for (ActorMention m : mentions) {
            if (m.actor().name() != null && m.actor().name().startsWith("Kim Jong")) {
                assertThat(m.actor().code()).isEqualTo("PRKGOV");
            }
            if ("Vladimir Putin".equals(m.actor().name())) {
                assertThat(m.actor().code()).isEqualTo("RUSGOV");
            }
        }
    }

    @Test
    void mentions_lie_inside_their_sentences() {
        for (ActorMention m : mentions) {
            assertThat(annotated.sentences().get(m.sentence()).span().contains(m.span())).isTrue();
            assertThat(m.span().of(annotated.text())).isEqualTo(m.text());
        }
    }
}
