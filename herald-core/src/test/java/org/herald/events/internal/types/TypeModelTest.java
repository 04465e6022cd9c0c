package org.herald.events.internal.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.herald.events.internal.ResourceError;
import org.junit.jupiter.api.Test;

class TypeModelTest {

    private static TypeModel small() {
        return new TypeModel(3, new Softmax(List.of("NONE", "ASSAULT"), new double[][] {{1, 0, 0.5}, {0, 1, -0.25}}));
    }

    @Test
    void a_written_model_reads_back_to_the_same_probabilities_and_bytes() throws Exception {
        StringWriter w = new StringWriter();
        small().write(w, List.of("a test model"));
        TypeModel back = TypeModel.read("m.tsv", new StringReader(w.toString()));
        assertThat(back.window()).isEqualTo(3);
        assertThat(back.labels()).containsExactly("NONE", "ASSAULT");
        assertThat(back.probabilities(new float[] {0.2f, 0.7f})).containsExactly(small().probabilities(new float[] {0.2f, 0.7f}));
        StringWriter again = new StringWriter();
        back.write(again, List.of("a test model"));
        assertThat(again.toString()).isEqualTo(w.toString());
    }

    @Test
    void herald_s_own_model_reads_and_knows_none_and_the_plover_types() {
        TypeModel m = TypeModel.standard();
        assertThat(m.labels()).contains("NONE", "STATEMENT", "ASSAULT", "CONSULT", "PROTEST");
        assertThat(m.window()).isPositive();
    }

    @Test
    void a_row_of_the_wrong_width_is_an_error_naming_file_and_line() {
        String text = "window\t3\ndimension\t2\nlabels\tNONE\tA\nNONE\t0\t1\t2\nA\t0\t1\n";
        assertThatThrownBy(() -> TypeModel.read("m.tsv", new StringReader(text)))
                .isInstanceOf(ResourceError.class).hasMessageContaining("m.tsv: line 5");
    }

    @Test
    void rows_out_of_label_order_and_bad_numbers_are_errors() {
        assertThatThrownBy(() -> TypeModel.read("m.tsv", new StringReader("window\t3\ndimension\t1\nlabels\tNONE\tA\nA\t0\t1\n")))
                .hasMessageContaining("line 4").hasMessageContaining("NONE");
        assertThatThrownBy(() -> TypeModel.read("m.tsv", new StringReader("window\t3\ndimension\t1\nlabels\tNONE\nNONE\t0\tx\n")))
                .hasMessageContaining("line 4").hasMessageContaining("'x'");
        assertThatThrownBy(() -> TypeModel.read("m.tsv", new StringReader("window\t3\ndimension\t1\nlabels\tA\nA\t0\t1\n")))
                .hasMessageContaining("NONE");
    }
}
