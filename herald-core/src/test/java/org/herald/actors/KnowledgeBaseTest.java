package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void the_built_in_base_loads_and_is_large() {
        assertThat(ActorResolver.shared().size()).isGreaterThan(1000);
    }

    @Test
    void a_user_file_adds_people_and_wins_over_the_built_in_base() throws IOException {
        Path p = file("mine.kb", """
                # my additions
                person Ivan Testerov; Testerov = RUSGOV 2020..2022; RUSMIL 2023..
                org    Kremlin = RUSSPY   # a user may disagree with the base
                """);
        ActorResolver r = ActorResolver.load(List.of(p));
        assertThat(r.lookup("Testerov", LocalDate.of(2021, 5, 1)).code()).isEqualTo("RUSGOV");
        assertThat(r.lookup("Ivan Testerov", LocalDate.of(2024, 5, 1)).code()).isEqualTo("RUSMIL");
        assertThat(r.lookup("Testerov", LocalDate.of(2010, 5, 1)).code()).isEqualTo("RUS");
        assertThat(r.lookup("Kremlin", LocalDate.of(2024, 5, 1)).code()).isEqualTo("RUSSPY");
    }

    @Test
    void errors_name_the_file_and_line() throws IOException {
        assertThatThrownBy(() -> ActorResolver.load(List.of(file("a.kb", "country Freedonia = FRE\npeople X = FRE\n"))))
                .hasMessageContaining("a.kb:2").hasMessageContaining("unknown kind 'people'");
        assertThatThrownBy(() -> ActorResolver.load(List.of(file("b.kb", "\n\ncountry Freedonia FRE\n"))))
                .hasMessageContaining("b.kb:3").hasMessageContaining("missing '= CODE'");
        assertThatThrownBy(() -> ActorResolver.load(List.of(file("c.kb", "country Freedonia = FREE\n"))))
                .hasMessageContaining("c.kb:1").hasMessageContaining("not a valid actor code");
        assertThatThrownBy(() -> ActorResolver.load(List.of(file("d.kb", "person A B = FREGOV 2020-13-01..\n"))))
                .hasMessageContaining("d.kb:1").hasMessageContaining("not a date");
        assertThatThrownBy(() -> ActorResolver.load(List.of(file("e.kb", "person A B = FREGOV 2021..2020\n"))))
                .hasMessageContaining("e.kb:1").hasMessageContaining("backwards");
        assertThatThrownBy(() -> ActorResolver.load(List.of(file("f.kb", "role troops; = MIL\n"))))
                .hasMessageContaining("f.kb:1").hasMessageContaining("empty name");
        assertThatThrownBy(() -> ActorResolver.load(List.of(file("g.kb", "role troops = MILITARY\n"))))
                .hasMessageContaining("g.kb:1").hasMessageContaining("role code");
        assertThatThrownBy(() -> ActorResolver.load(List.of(file("h.kb", "country Freedonia; ~Fred = FRE\n"))))
                .hasMessageContaining("h.kb:1").hasMessageContaining("surnames");
    }

    @Test
    void every_built_in_country_has_a_three_letter_code_and_an_adjective_or_name() {
        ActorResolver r = ActorResolver.shared();
        LocalDate d = LocalDate.of(2023, 1, 1);
        for (String[] c : new String[][] {{"France", "FRA"}, {"French", "FRA"}, {"Burma", "MMR"}, {"Kiev", "UKRGOV"},
                {"Kyiv", "UKRGOV"}, {"Zhongnanhai", "CHNGOV"}, {"Downing Street", "GBRGOV"}, {"Elysee", "FRAGOV"},
                {"the Élysée", "FRAGOV"}, {"Beijing", "CHNGOV"}, {"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"},
                {"KCNA", "PRKMED"}, {"Yonhap", "KORMED"}, {"TASS", "RUSMED"}, {"RIA Novosti", "RUSMED"},
                {"Xinhua", "CHNMED"}, {"IRNA", "IRNMED"}, {"the UN", "IGOUNO"}, {"the IAEA", "IGOUNOIAE"}}) {
            assertThat(r.lookup(c[0], d)).as(c[0]).isNotNull();
            assertThat(r.lookup(c[0], d).code()).as(c[0]).isEqualTo(c[1]);
        }
    }
}
