package org.herald.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Annotated;
import org.herald.model.Dependency;
import org.herald.model.Place;
import org.herald.model.PlaceMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution on hand-made articles, over a tiny gazetteer imported from a test dump and over the default one. */
class GeocoderTest {

    static Geocoder tiny;
    static Geocoder full;
    static List<String> importProblems = new ArrayList<>();

    @BeforeAll
    static void gazetteers(@TempDir Path dir) throws Exception {
        Path dump = Path.of(GeocoderTest.class.getResource("tiny/cities-test.txt").toURI());
        Gazetteer g = Gazetteer.importGeoNames(dump, Gazetteer.shared(), dir.resolve("tiny.idx"), importProblems);
        tiny = new Geocoder(Gazetteer.load(dir.resolve("tiny.idx")));
        full = Geocoder.shared();
        assertThat(g.size()).isEqualTo(tiny.gazetteer().size());
    }

    @Test
    void import_skips_bad_rows_and_names_file_and_line() {
        assertThat(importProblems).anySatisfy(p -> assertThat(p).contains("cities-test.txt").contains("line 9"));
        assertThat(importProblems).anySatisfy(p -> assertThat(p).contains("line 10"));
    }

    @Test
    void resolves_paris_to_texas_in_a_texas_story() {
        Annotated a = new Docs().sentence("Storms/NNS hit/VBD [LOCATION Paris/NNP] ,/, [LOCATION Texas/NNP] ./.").build();
        Place paris = tiny.resolve(a).get(0);
        assertThat(paris.country()).isEqualTo("US");
        assertThat(paris.admin1()).isEqualTo("TX");
        assertThat(paris.lat()).isBetween(33.0, 34.5);
    }

    @Test
    void resolves_paris_to_france_when_nothing_says_otherwise() {
        Annotated a = new Docs().sentence("Talks/NNS opened/VBD in/IN [LOCATION Paris/NNP] ./.").build();
        assertThat(tiny.resolve(a)).singleElement().satisfies(p -> assertThat(p.country()).isEqualTo("FR"));
        assertThat(full.resolve(a)).singleElement().satisfies(p -> assertThat(p.country()).isEqualTo("FR"));
    }

    @Test
    void resolves_paris_near_dallas_to_texas() {
        Annotated a = new Docs()
                .sentence("Police/NNS in/IN [LOCATION Dallas/NNP] said/VBD the/DT suspect/NN fled/VBD ./.")
                .sentence("He/PRP was/VBD caught/VBN in/IN [LOCATION Paris/NNP] ./.").build();
        List<Place> places = full.resolve(a);
        assertThat(places).hasSize(2);
        assertThat(places.get(1).country()).isEqualTo("US");
        assertThat(places.get(1).admin1()).isEqualTo("TX");
    }

    @Test
    void reads_alternate_and_accented_spellings() {
        Annotated a = new Docs().sentence("Ships/NNS left/VBD [LOCATION Władywostok/NNP] ./.").build();
        assertThat(tiny.resolve(a)).singleElement().satisfies(p -> assertThat(p.geonameid()).isEqualTo(9000007L));
    }

    @Test
    void a_demonym_is_its_country() {
        Annotated a = new Docs().sentence("[MISC Russian/JJ] officials/NNS met/VBD ./.").build();
        List<PlaceMention> m = full.mentions(a);
        assertThat(m).singleElement().satisfies(p -> {
            assertThat(p.place().country()).isEqualTo("RU");
            assertThat(p.level()).isEqualTo(PlaceMention.Level.COUNTRY);
            assertThat(p.via()).isEqualTo("demonym");
        });
    }

    @Test
    void widens_far_east_to_the_russian_far_east() {
        Annotated a = new Docs().sentence("The/DT train/NN is/VBZ en/IN route/NN to/TO the/DT [MISC Russian/JJ] "
                + "[LOCATION Far/NNP East/NNP] ./.").build();
        List<PlaceMention> m = full.mentions(a);
        assertThat(m).singleElement().satisfies(p -> {
            assertThat(p.place().span().of(a.text())).isEqualTo("Russian Far East");
            assertThat(p.place().country()).isEqualTo("RU");
            assertThat(p.level()).isEqualTo(PlaceMention.Level.REGION);
        });
    }

    @Test
    void a_name_that_is_a_person_here_is_not_a_place() {
        Annotated a = new Docs()
                .sentence("[PERSON George/NNP Washington/NNP] crossed/VBD the/DT river/NN ./.")
                .sentence("[LOCATION Washington/NNP] then/RB wrote/VBD a/DT letter/NN ./.").build();
        assertThat(full.resolve(a)).isEmpty();
    }

    @Test
    void a_name_that_is_an_organisation_here_is_not_a_place() {
        Annotated a = new Docs()
                .sentence("[ORGANIZATION Chelsea/NNP] beat/VBD the/DT visitors/NNS ./.")
                .sentence("[LOCATION Chelsea/NNP] fans/NNS cheered/VBD ./.").build();
        assertThat(full.resolve(a)).isEmpty();
    }

    @Test
    void finds_the_places_inside_misc_and_organisation_names() {
        Annotated a = new Docs()
                .sentence("Shells/NNS fell/VBD on/IN the/DT [MISC Syrian-Turkish/JJ] border/NN ./.")
                .sentence("[ORGANIZATION Louisville/NNP Metro/NNP Police/NNP] arrested/VBD him/PRP ./.").build();
        List<PlaceMention> m = full.mentions(a);
        assertThat(m).extracting(p -> p.place().span().of(a.text())).containsExactly("Syrian", "Turkish", "Louisville");
        assertThat(m.get(2).via()).isEqualTo(Geocoder.ORGANISATION_NAME);
        assertThat(full.placeOf(a, m, 1, 3)).isNull();
    }

    @Test
    void the_west_is_not_a_place() {
        Annotated a = new Docs().sentence("The/DT [LOCATION West/NNP] fears/VBZ the/DT deal/NN ./.").build();
        assertThat(full.resolve(a)).isEmpty();
    }

    @Test
    void places_an_event_where_its_clause_says() {
        // "Kim met Putin in Vladivostok after leaving Paris ." with met -obl:in-> Vladivostok
        Annotated a = new Docs().sentence(
                "[PERSON Kim/NNP] met/VBD [PERSON Putin/NNP] in/IN [LOCATION Vladivostok/NNP] after/IN leaving/VBG "
                        + "[LOCATION Paris/NNP] ./.",
                new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2),
                new Dependency("case", 4, 3), new Dependency("obl:in", 1, 4), new Dependency("mark", 6, 5),
                new Dependency("advcl:after", 1, 6), new Dependency("obj", 6, 7), new Dependency("punct", 1, 8)).build();
        List<PlaceMention> places = tiny.mentions(a);
        PlaceMention p = tiny.placeOf(a, places, 0, 1);
        assertThat(p).isNotNull();
        assertThat(p.place().name()).isEqualTo("Vladivostok");
        assertThat(tiny.placeOf(a, places, 0, 6).place().name()).isEqualTo("Paris");
    }

    @Test
    void without_a_parse_an_event_takes_the_place_after_in() {
        Annotated a = new Docs().sentence(
                "[LOCATION Texas/NNP] officials/NNS said/VBD a/DT storm/NN hit/VBD in/IN [LOCATION Dallas/NNP] ./.").build();
        List<PlaceMention> places = tiny.mentions(a);
        assertThat(tiny.placeOf(a, places, 0, 5).place().name()).isEqualTo("Dallas");
    }

    @Test
    void no_place_in_the_sentence_means_no_event_place() {
        Annotated a = new Docs().sentence("[LOCATION Dallas/NNP] is/VBZ big/JJ ./.")
                .sentence("Officials/NNS met/VBD ./.").build();
        assertThat(tiny.placeOf(a, tiny.mentions(a), 1, 1)).isNull();
    }
}
