package org.herald.events.internal.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.herald.events.EventTypes.Example;
import org.herald.events.internal.CameoTable;
import org.herald.events.internal.Lines;
import org.junit.jupiter.api.Test;

class TypeSentencesTest {

    private final CameoTable table = CameoTable.standard();

    private List<Example> parse(String text) {
        return TypeSentences.parse(Lines.read("t.txt", new StringReader(text)), table);
    }

    @Test
    void a_code_gives_its_plover_type_and_none_gives_none() {
        List<Example> ex = parse("190 The army [fought] the rebels.\nnone:sport Arsenal [beat] Chelsea.\n010 He [said] so.\n");
        assertThat(ex).extracting(Example::label).containsExactly("ASSAULT", "NONE", "STATEMENT");
        Example first = ex.get(0);
        assertThat(first.sentence()).isEqualTo("The army fought the rebels.");
        assertThat(first.sentence().substring(first.start(), first.end())).isEqualTo("fought");
        assertThat(first.origin()).isEqualTo("t.txt:1");
    }

    @Test
    void errors_name_the_file_and_line() {
        assertThatThrownBy(() -> parse("# c\n999 The army [fought].\n")).hasMessageContaining("t.txt: line 2");
        assertThatThrownBy(() -> parse("190 The army fought.\n")).hasMessageContaining("line 1").hasMessageContaining("brackets");
        assertThatThrownBy(() -> parse("190 The [army] [fought].\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("none: The army [fought].\n")).hasMessageContaining("line 1");
    }

    @Test
    void herald_s_own_sentences_read_and_cover_every_label_with_many_none() {
        List<Example> ex = TypeSentences.standard(table);
        assertThat(ex.stream().map(Example::label).distinct()).contains("NONE", "STATEMENT", "ASSAULT", "AGREE", "CONSULT",
                "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                "MOBILIZE", "SANCTION", "COERCE");
        assertThat(ex.stream().filter(e -> e.label().equals("NONE")).count()).isGreaterThanOrEqualTo(100);
    }
}
