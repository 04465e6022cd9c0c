package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Imports the PETRARCH validation dictionaries from ../shared when they are there. */
class PetrarchImportTest {

    static Path dictionaries() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("../shared/data/petrarch-unittest/dictionaries").normalize();
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    @Test
    void reads_actors_with_aliases_and_dated_codes_and_agents_with_plurals() throws Exception {
        Path d = dictionaries();
        Assumptions.assumeTrue(d != null, "../shared/data/petrarch-unittest/dictionaries is absent");
        ActorResolver r = ActorResolver.load(List.of(d.resolve("PETR.Validate.actors.txt"), d.resolve("PETR.Validate.agents.txt")));
        LocalDate day = LocalDate.of(2010, 6, 1);
        assertThat(r.lookup("Gondor", day).code()).isEqualTo("GON");
        assertThat(r.lookup("Minas Tirith", day).code()).isEqualTo("GON");
        assertThat(r.lookup("Sam Gamgee", LocalDate.of(2007, 1, 1)).code()).isEqualTo("HOBCIV");
        assertThat(r.lookup("Sam Gamgee", LocalDate.of(2011, 1, 1)).code()).isEqualTo("HOBMIL");
        assertThat(r.lookup("Sam Gamgee", LocalDate.of(2014, 1, 1)).code()).isEqualTo("HOBELI");
        assertThat(r.lookup("Gondor foreign minister", day).code()).isEqualTo("GONGOVFRM");
        assertThat(r.lookup("Gondor cleric", day).code()).isEqualTo("GONREL");
    }
}
