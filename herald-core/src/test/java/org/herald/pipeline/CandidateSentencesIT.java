package org.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Annotated;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/** Which sentences the chain parses: those naming an actor and a trigger word, a private person alone not counting. */
class CandidateSentencesIT {

    @Test
    void a_private_person_alone_does_not_make_a_sentence_worth_parsing() {
        Article art = Article.builder().headline("Pension plans criticised")
                .paragraph("John Hartley criticised the plans on Monday.")
                .paragraph("John Hartley criticised the government on Monday.").build();
        Pipeline pipeline = Pipeline.builder().build();
        Annotated a = pipeline.annotate(art);
        // the person is an actor (a private one), so the rule, not the actor stage, leaves the sentence unparsed
        assertThat(pipeline.code(a).actors()).anyMatch(m -> m.sentence() == 1 && m.actor().code().equals("---CVL"));
        assertThat(a.sentences().get(1).parsed()).isFalse();
        assertThat(a.sentences().get(2).parsed()).isTrue();
    }
}
