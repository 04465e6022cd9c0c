package org.herald.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ThreatsTest {

    private final CameoTable table = CameoTable.standard();

    @Test
    void an_act_takes_the_threat_of_its_own_line_or_of_its_nearest_listed_parent() {
        Threats t = Threats.standard(table);
        assertThat(t.threatOf("163")).isEqualTo("1312");
        assertThat(t.threatOf("1623")).isEqualTo("1311");
        assertThat(t.threatOf("1832")).isEqualTo("1383");
        assertThat(t.threatOf("195")).isEqualTo("1384");
        assertThat(t.threatOf("042")).isNull();
        assertThat(t.threatOf("120")).isNull();
        for (String act : new String[] {"14", "16", "17", "18", "19", "20"}) {
            assertThat(table.get(t.threatOf(act)).plover().type()).as(act).isEqualTo("THREATEN");
        }
    }

    @Test
    void a_threat_table_error_names_the_file_and_line() {
        assertThatThrownBy(() -> Threats.read("t.tsv", new StringReader("# c\n163\t1312\n163\t1313\n"), table))
                .isInstanceOf(ResourceError.class).hasMessageContaining("t.tsv: line 3").hasMessageContaining("twice");
        assertThatThrownBy(() -> Threats.read("t.tsv", new StringReader("163\t172\n"), table))
                .hasMessageContaining("line 1").hasMessageContaining("not a code under 13");
        assertThatThrownBy(() -> Threats.read("t.tsv", new StringReader("042\t138\n"), table))
                .hasMessageContaining("not a conflictual act");
        assertThatThrownBy(() -> Threats.read("t.tsv", new StringReader("163 1312 x\n"), table))
                .hasMessageContaining("two codes");
        assertThatThrownBy(() -> Threats.read("t.tsv", new StringReader("999\t138\n"), table))
                .hasMessageContaining("'999'");
    }
}
