package org.herald.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private final CameoTable table = CameoTable.standard();

    @Test
    void the_cameo_table_has_every_root_and_sane_quads() {
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            assertThat(table.has(root)).as(root).isTrue();
            int quad = table.get(root).quad();
            assertThat(quad).isEqualTo(r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4);
        }
        assertThat(table.get("042").goldstein()).isEqualTo(1.9);
        assertThat(table.get("042").plover().type()).isEqualTo("CONSULT");
        assertThat(table.get("040").symmetric()).isTrue();
        assertThat(table.get("042").symmetric()).isFalse();
    }

    @Test
    void the_lexicon_covers_all_roots_every_three_digit_code_and_over_150_codes() {
        Lexicon lex = Lexicon.standard(table);
        Set<String> roots = new TreeSet<>();
        Set<String> three = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        for (Lexicon.Entry e : lex.all()) {
            roots.add(e.code().substring(0, 2));
            if (e.code().length() >= 3) {
                three.add(e.code().substring(0, 3));
                codes.add(e.code());
            }
        }
        Set<String> tableThree = new TreeSet<>();
        for (String c : table.all().keySet()) {
            if (c.length() == 3) {
                tableThree.add(c);
            }
        }
        assertThat(roots).hasSize(20);
        assertThat(three).containsAll(tableThree);
        assertThat(codes.size()).isGreaterThanOrEqualTo(150);
        assertThat(lex.isLightVerb("hold")).isTrue();
    }

    @Test
    void a_lexicon_error_names_the_file_and_line() {
        String text = "# a comment\nverb meet 040 recip\n\nverb visit 999\n";
        assertThatThrownBy(() -> Lexicon.read("my.lex", new StringReader(text), table))
                .isInstanceOf(ResourceError.class)
                .hasMessageContaining("my.lex: line 4")
                .hasMessageContaining("999");
        assertThatThrownBy(() -> Lexicon.read("my.lex", new StringReader("verb meet 040 colour=red\n"), table))
                .hasMessageContaining("my.lex: line 1").hasMessageContaining("unknown option");
        assertThatThrownBy(() -> Lexicon.read("my.lex", new StringReader("verb meet 040\nverb meet 040\n"), table))
                .hasMessageContaining("line 2").hasMessageContaining("already defined");
        assertThatThrownBy(() -> Lexicon.read("my.lex", new StringReader("verb Meet 040\n"), table))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> Lexicon.read("my.lex", new StringReader("verb meet 040 target=with;to\n"), table))
                .hasMessageContaining("not a slot");
    }

    @Test
    void a_lexicon_line_reads_into_its_parts() {
        Lexicon lex = Lexicon.read("t", new StringReader("verb carry_out +attack|raid 190 target=on,obj>on sport\n"), table);
        Lexicon.Entry e = lex.entries(Lexicon.Kind.VERB, "carry").get(0);
        assertThat(e.particle()).isEqualTo("out");
        assertThat(e.constraints()).singleElement().satisfies(c -> {
            assertThat(c.rel()).isEqualTo("obj");
            assertThat(c.lemmas()).containsExactly("attack", "raid");
        });
        assertThat(e.target()).containsExactly("on", "obj>on");
        assertThat(e.source()).containsExactly("nsubj", "agent");
        assertThat(e.sport()).isTrue();
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void attacking_a_policy_or_an_act_is_criticism_and_attacking_anything_else_violence() {
        Lexicon lex = Lexicon.standard(table);
        List<Lexicon.Entry> attack = lex.entries(Lexicon.Kind.VERB, "attack");
        assertThat(attack).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("111");
            assertThat(e.constraints()).singleElement().satisfies(c -> {
                assertThat(c.rel()).isEqualTo("obj");
                assertThat(c.lemmas()).contains("plan", "policy", "legislation", "decision", "record");
                assertThat(c.lemmas()).doesNotContain("village", "government", "troop");
            });
            assertThat(e.target()).startsWith("obj>poss");
        });
        assertThat(attack).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("190");
            assertThat(e.constraints()).isEmpty();
        });
    }

    @Test
    void questioning_an_act_or_a_policy_is_criticism_and_questioning_people_is_not() {
        Lexicon lex = Lexicon.standard(table);
        // besides the object entry, only "questioned why" (CriticismTest): never a bare "question"
        assertThat(lex.entries(Lexicon.Kind.VERB, "question")).allSatisfy(e -> assertThat(e.constraints()).isNotEmpty());
        assertThat(lex.entries(Lexicon.Kind.VERB, "question").stream().filter(e -> e.constraints().get(0).rel().equals("obj"))).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("111");
            assertThat(e.constraints()).singleElement().satisfies(c -> {
                assertThat(c.rel()).isEqualTo("obj");
                assertThat(c.lemmas()).contains("timing", "wisdom", "legality", "plan", "decision");
                assertThat(c.lemmas()).doesNotContain("suspect", "witness", "minister", "man");
            });
        });
    }

    @Test
    void a_cameo_table_error_names_the_file_and_line() {
        assertThatThrownBy(() -> CameoTable.read("c.tsv", new StringReader("01\t0\t1\t-\t-\t-\tStatement\n010\t0\t9\t-\t-\t-\tX\n")))
                .hasMessageContaining("c.tsv: line 2").hasMessageContaining("quad");
        assertThatThrownBy(() -> CameoTable.read("c.tsv", new StringReader("01\t0\t1\t-\t-\n")))
                .hasMessageContaining("c.tsv: line 1").hasMessageContaining("7 tab-separated");
        assertThatThrownBy(() -> CameoTable.read("c.tsv", new StringReader("0421\t0\t1\t-\t-\t-\tX\n")))
                .hasMessageContaining("before its parent");
    }

    @Test
    void a_cue_error_names_the_file_and_line() {
        assertThatThrownBy(() -> Cues.read("cues.txt", new StringReader("future will\nmaybe-not x\n")))
                .hasMessageContaining("cues.txt: line 2").hasMessageContaining("unknown cue class");
        Cues cues = Cues.standard();
        assertThat(cues.is(Cues.Kind.SPEECH, "say")).isTrue();
        assertThat(cues.is(Cues.Kind.FUTURE, "schedule")).isTrue();
    }
}
