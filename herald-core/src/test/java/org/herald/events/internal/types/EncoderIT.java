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
        AllMiniLmL6V2QuantizedEmbeddingModel theirs = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String t : TEXTS) {
            float[] v = theirs.embed(t).content().vector();
            assertThat(v).hasSize(Encoder.DIMENSION);
            assertThat(cosine(Encoder.shared().embed(t), v)).as(t).isGreaterThan(0.9999);
        }
    }

    @Test
    void the_same_text_gives_the_same_vector_whatever_was_embedded_before() {
        float[] first = Encoder.shared().embed(TEXTS.get(0));
        Encoder.shared().embed(TEXTS.get(2));
        assertThat(Encoder.shared().embed(TEXTS.get(0))).containsExactly(first);
    }

    @Test
    void related_windows_lie_closer_than_unrelated_ones() {
        float[] a = Encoder.shared().embed("troops shelled the town");
        float[] b = Encoder.shared().embed("artillery bombarded the city");
        float[] c = Encoder.shared().embed("the band released an album");
        assertThat(cosine(a, b)).isGreaterThan(cosine(a, c) + 0.1);
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
