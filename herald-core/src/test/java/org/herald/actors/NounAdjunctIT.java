package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herald.annotate.Annotator;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;
import org.junit.jupiter.api.Test;

/** A title before a common noun is an adjunct, not a person; needs real part-of-speech tags. */
class NounAdjunctIT {

    private static List<ActorMention> resolve(String text) {
        Article a = Article.builder().paragraph(text).published(ResolvedDate.day(LocalDate.of(2004, 3, 2)), "user").build();
        return ActorResolver.shared().resolve(Annotator.shared().tag(a));
    }

    @Test
    void a_prisoner_exchange_names_no_prisoner_but_a_prisoner_who_died_does() {
        List<ActorMention> ms = resolve("The Moroccan prisoner exchange was delayed. A Moroccan prisoner died on Monday.");
        assertThat(ms).extracting(ActorMention::text).doesNotContain("The Moroccan prisoner");
        assertThat(ms).anyMatch(m -> m.text().equals("A Moroccan prisoner") && m.actor().code().equals("MARCVL"));
    }
}
