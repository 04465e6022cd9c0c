package org.herald.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.model.PlaceMention.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers of the gazetteer's sources: postal codes into counties, and Herald's own tables. */
class GazetteerSourcesTest {

    static GeoNamesRow town(String name, String state, String county, long pop) {
        return new GeoNamesRow(1, name, name, new String[0], 40, -80, "P", "PPL", "US", state, county, pop);
    }

    @Test
    void counties_sit_at_the_mean_of_their_postal_codes_and_weigh_their_towns(@TempDir Path dir) throws IOException {
        Path zips = dir.resolve("US.txt");
        Files.writeString(zips, String.join("\n",
                "US\t10001\tAlder\tOhio\tOH\tBirchwood\t101\t\t\t40.0\t-81.0\t4",
                "US\t10002\tBeech\tOhio\tOH\tBirchwood\t101\t\t\t41.0\t-82.0\t4",
                "US\t10003\tCedar\tLouisiana\tLA\tPine Hollow\t055\t\t\t30.0\t-92.0\t4",
                "US\t10004\tDale\tVirginia\tVA\tFairview (city)\t600\t\t\t37.0\t-77.0\t4",
                "US\t10005\tbroken line",
                "US\t10006\tElm\tOhio\tOH\tBirchwood\t101\t\t\tnorth\t-82.0\t4",
                ""));
        IndexBuilder b = new IndexBuilder();
        List<String> problems = new ArrayList<>();
        Map<String, double[]> states = GazetteerCompiler.addCounties(b,
                zips, List.of(town("Alder", "OH", "101", 1200), town("Beech", "OH", "101", 800)), problems);
        Index index = b.build("test");
        assertThat(index.size()).isEqualTo(2); // the independent city is left out
        assertThat(index.name(0)).isEqualTo("Birchwood County");
        assertThat(index.lat(0)).isCloseTo(40.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(index.population(0)).isEqualTo(2000L);
        assertThat(index.level(0)).isEqualTo(Level.ADMIN2.ordinal());
        assertThat(index.admin1(0)).isEqualTo("OH");
        assertThat(index.name(1)).isEqualTo("Pine Hollow Parish");
        assertThat(index.names().find(Fold.key("Birchwood"))).hasSize(1);
        assertThat(states.get("OH")[2]).isEqualTo(1.0);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("US.txt").contains("line 5"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("line 6").contains("not a number"));
    }

    @Test
    void a_missing_postal_file_means_no_counties_and_says_so(@TempDir Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        assertThat(GazetteerCompiler.addCounties(new IndexBuilder(), dir.resolve("none.txt"), List.of(), problems))
                .isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p).contains("none.txt"));
    }

    @Test
    void the_rivers_table_loads_and_rejects_a_bad_row_with_its_line() throws IOException {
        assertThat(Tables.rivers(GazetteerCompiler.RIVERS)).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("Danube");
            assertThat(r.bare()).isTrue();
        });
        assertThatThrownBy(() -> Tables.rivers("/org/herald/places/internal/bad-rivers.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("bad-rivers.tsv").hasMessageContaining("line 3")
                .hasMessageContaining("bare");
    }

    @Test
    void admin_aliases_take_an_optional_demonym_column() throws IOException {
        List<Tables.AdminAlias> rows = Tables.adminAliases(GazetteerCompiler.ADMIN_ALIASES);
        assertThat(rows).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Wales");
            assertThat(a.demonyms()).contains("Welsh");
        });
        assertThat(rows).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("California");
            assertThat(a.aliases()).contains("Calif.");
        });
    }
}
