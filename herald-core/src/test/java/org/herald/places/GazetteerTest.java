package org.herald.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.herald.model.PlaceMention.Level;
import org.herald.places.internal.GeoNamesRow;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void folds_case_accents_and_punctuation() {
        assertThat(Gazetteer.fold("Côte d’Ivoire")).isEqualTo(Gazetteer.fold("COTE D'IVOIRE")).isEqualTo("cote divoire");
        assertThat(Gazetteer.fold("U.S.")).isEqualTo("us");
        assertThat(Gazetteer.fold("Łódź")).isEqualTo("lodz");
        assertThat(Gazetteer.fold("Sankt-Peterburg")).isEqualTo("sankt peterburg");
        assertThat(Gazetteer.fold("Straße")).isEqualTo("strasse");
    }

    @Test
    void the_default_index_knows_cities_countries_states_and_regions() {
        Gazetteer g = Gazetteer.shared();
        assertThat(g.lookup("Vladivostok")).anySatisfy(h -> {
            assertThat(h.entry().country()).isEqualTo("RU");
            assertThat(h.entry().lat()).isBetween(42.5, 43.5);
            assertThat(h.entry().lon()).isBetween(131.5, 132.5);
        });
        assertThat(g.lookup("the Netherlands")).anySatisfy(h -> assertThat(h.entry().level()).isEqualTo(Level.COUNTRY));
        assertThat(g.lookup("Texas")).anySatisfy(h -> assertThat(h.entry().level()).isEqualTo(Level.ADMIN1));
        assertThat(g.lookup("Ga.")).anySatisfy(h -> assertThat(h.entry().name()).isEqualTo("Georgia"));
        assertThat(g.demonym("North Korean")).anySatisfy(h -> assertThat(h.entry().country()).isEqualTo("KP"));
        assertThat(g.lookup("Middle East")).anySatisfy(h -> assertThat(h.entry().level()).isEqualTo(Level.REGION));
        assertThat(g.country("US").lat()).isBetween(37.0, 41.0);
        assertThat(g.lookup("Xyzzyville")).isEmpty();
    }

    @Test
    void an_index_survives_a_round_trip(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path dump = dir.resolve("cities-mini.txt");
        Files.writeString(dump, "7000001\tNorthby\tNorthby\tNorthbury\t10.5\t20.25\tP\tPPL\tUS\t\tTX\t\t\t\t5000\t\t1\tX/Y\t2020-01-01\n");
        List<String> problems = new ArrayList<>();
        Gazetteer.importGeoNames(dump, Gazetteer.shared(), dir.resolve("g.idx"), problems);
        Gazetteer g = Gazetteer.load(dir.resolve("g.idx"));
        assertThat(g.lookup("northbury")).singleElement().satisfies(h -> {
            assertThat(h.alternate()).isTrue();
            assertThat(h.entry().geonameid()).isEqualTo(7000001L);
            assertThat(h.entry().population()).isEqualTo(5000L);
        });
        assertThat(g.lookup("Russia")).isNotEmpty(); // countries come from the base index
    }

    @Test
    void a_file_that_is_not_an_index_is_refused() {
        assertThatThrownBy(() -> org.herald.places.internal.Index.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), "junk"))
                .isInstanceOf(IOException.class).hasMessageContaining("junk");
    }

    @Property(tries = 200)
    void the_dump_reader_never_dies_on_junk(@ForAll @StringLength(max = 300) String junk) throws IOException {
        Path f = Files.createTempFile("junk", ".txt");
        try {
            Files.writeString(f, junk + "\n" + junk.replace(' ', '\t'));
            List<String> problems = new ArrayList<>();
            List<GeoNamesRow> rows = new ArrayList<>();
            int skipped = GeoNamesRow.read(f, rows::add, problems);
            assertThat(skipped).isGreaterThanOrEqualTo(0);
            assertThat(problems.size()).isLessThanOrEqualTo(skipped);
            for (GeoNamesRow r : rows) {
                assertThat(Math.abs(r.lat())).isLessThanOrEqualTo(90);
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
