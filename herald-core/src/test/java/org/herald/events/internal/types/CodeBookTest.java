package org.herald.events.internal.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.events.EventTypes.Example;
import org.herald.events.internal.CameoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeBookTest {

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks() {
        List<List<String>> rows = CodeBook.rows("a,b,c\n\"x, y\",\"say \"\"no\"\"\",\"two\nlines\"\n", "f.csv");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("x, y", "say \"no\"", "two\nlines");
    }

    @Test
    void an_unclosed_quote_is_an_error_naming_the_line() {
        assertThatThrownBy(() -> CodeBook.rows("a,b\n\"x,y\n", "f.csv")).hasMessageContaining("f.csv: line");
    }

    @Test
    void names_and_descriptions_become_examples_of_their_code_s_type_and_examples_are_left_out(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("cameo-codes.csv");
        Files.writeString(csv, "\"\",\"name\",\"code\",\"description\",\"example\"\n"
                + "\"1\",\"Use conventional military force\",\"190\",\"All uses of force. \",\"Troops attacked X.\"\n"
                + "\"2\",\"Not in the table\",\"999\",NA,NA\n");
        List<Example> ex = CodeBook.read(csv, CameoTable.standard());
        assertThat(ex).extracting(Example::sentence).containsExactly("Use conventional military force", "All uses of force.");
        assertThat(ex).extracting(Example::label).containsOnly("ASSAULT");
    }
}
