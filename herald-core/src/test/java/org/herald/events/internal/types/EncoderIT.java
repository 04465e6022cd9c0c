package org.herald.events.internal.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the embedding model (about 1 s): Herald's own session against the artifact's entry point. */
class EncoderIT {

    private static final List<String> TEXTS = List.of("the army shelled the rebel town", "Arsenal beat Chelsea two-nil",
            "The foreign minister said on Monday that the border would stay open to trade, officials said.");

    @Test
    void embeds_as_the_artifact_s_own_model_does() {
        float[][] ours = Encoder.shared().embed(TEXTS);
        AllMiniLmL6V2QuantizedEmbeddingModel theirs = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] v = theirs.embed(TEXTS.get(i)).content().vector();
            assertThat(v).hasSize(Encoder.DIMENSION);
            assertThat(cosine(ours[i], v)).as(TEXTS.get(i)).isGreaterThan(0.9999);
        }
    }

    @Test
    void a_list_gives_what_one_text_at_a_time_gives_and_the_same_text_the_same_vector() {
        float[][] batch = Encoder.shared().embed(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] one = Encoder.shared().embed(TEXTS.get(i));
            assertThat(batch[i]).containsExactly(one);
            assertThat(Encoder.shared().embed(TEXTS.get(i))).containsExactly(one);
        }
    }

    @Test
    void related_windows_lie_closer_than_unrelated_ones() {
        float[][] v = Encoder.shared().embed(List.of("troops shelled the town", "artillery bombarded the city", "the band released an album"));
        assertThat(cosine(v[0], v[1])).isGreaterThan(cosine(v[0], v[2]) + 0.1);
    }

    static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int k = 0; k < a.length; k++) {
            ab += a[k] * b[k];
            aa += a[k] * a[k];
            bb += b[k] * b[k];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
