package org.herald.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.PlaceMention;
import org.herald.model.PlaceMention.Level;
import org.herald.model.Span;
import org.herald.model.TextSpan;
import org.herald.places.internal.Geo;
import org.junit.jupiter.api.Test;

/**
 * The resolution rules and tables added for the GeoWebNews and LGL figures, each on sentences
 * written for this test, over the default gazetteer.
 */
class ResolutionRulesTest {

    static final Geocoder G = Geocoder.shared();

    /** Resolves the given names, found in order in the text, as the evaluation does with gold spans. */
    static List<PlaceMention> resolve(String text, String... names) {
        List<TextSpan> spans = new ArrayList<>();
        int from = 0;
        for (String n : names) {
            int at = text.indexOf(n, from);
            assertThat(at).as("'%s' in the text", n).isNotNegative();
            spans.add(new TextSpan(n, new Span(at, at + n.length())));
            from = at + n.length();
        }
        return G.resolveNames(text, spans, null);
    }

    static PlaceMention only(String text, String name) {
        List<PlaceMention> m = resolve(text, name);
        assertThat(m).hasSize(1);
        return m.get(0);
    }

    static double km(PlaceMention p, double lat, double lon) {
        return Geo.km(p.place().lat(), p.place().lon(), lat, lon);
    }

    @Test
    void a_us_county_is_a_second_order_division_of_its_state() {
        PlaceMention p = only("Deputies in Cuyahoga County closed two roads after the flood.", "Cuyahoga County");
        assertThat(p.level()).isEqualTo(Level.ADMIN2);
        assertThat(p.place().country()).isEqualTo("US");
        assertThat(p.place().admin1()).isEqualTo("OH");
        PlaceMention cleveland = G.gazetteer().lookup("Cleveland").stream().map(Gazetteer.Hit::entry)
                .filter(e -> e.admin1().equals("OH") && e.level() == Level.POINT).findFirst()
                .map(e -> new PlaceMention(e.toPlace(null), e.level(), -1, 1, "name")).orElseThrow();
        assertThat(km(p, cleveland.place().lat(), cleveland.place().lon())).isLessThan(60);
    }

    @Test
    void a_state_used_as_a_qualifier_is_the_state_and_sits_in_its_middle() {
        List<PlaceMention> m = resolve("The bakery in Rego Park, New York, opened a second shop.", "Rego Park", "New York");
        PlaceMention state = m.get(m.size() - 1);
        assertThat(state.level()).isEqualTo(Level.ADMIN1);
        // the middle of the state, not New York City at its southern tip
        assertThat(state.place().lat()).isGreaterThan(41.8);
    }

    @Test
    void new_york_alone_is_the_city() {
        PlaceMention p = only("She moved to New York after college and found work at a gallery.", "New York");
        assertThat(p.level()).isEqualTo(Level.POINT);
        assertThat(p.place().lat()).isBetween(40.5, 41.0);
    }

    @Test
    void a_river_is_placed_at_its_mouth_and_a_state_keeps_its_name() {
        PlaceMention river = only("Farmers along the Cauvery want more water released this month.", "Cauvery");
        assertThat(river.place().country()).isEqualTo("IN");
        assertThat(river.place().featureClass()).isEqualTo("H");
        assertThat(only("Barges sat idle on the Mississippi River for a week.", "Mississippi River").place()
                .featureClass()).isEqualTo("H");
        assertThat(only("Voters in Mississippi chose a new governor.", "Mississippi").level()).isEqualTo(Level.ADMIN1);
    }

    @Test
    void the_nations_of_the_united_kingdom_beat_towns_of_the_same_name() {
        PlaceMention wales = only("Rain is expected across Wales on Sunday.", "Wales");
        assertThat(wales.level()).isEqualTo(Level.ADMIN1);
        assertThat(wales.place().admin1()).isEqualTo("WLS");
        PlaceMention english = only("The English countryside was flooded.", "English");
        assertThat(english.place().country()).isEqualTo("GB");
        assertThat(english.via()).isEqualTo("demonym");
        assertThat(only("Welsh farmers protested.", "Welsh").place().admin1()).isEqualTo("WLS");
    }

    @Test
    void a_demonym_shared_by_two_countries_is_the_bigger_one() {
        assertThat(only("French officials declined to comment.", "French").place().country()).isEqualTo("FR");
        assertThat(only("American diplomats arrived on Monday.", "American").place().country()).isEqualTo("US");
    }

    @Test
    void subdivision_abbreviations_and_demonyms_both_work() {
        assertThat(only("The company moved to Fresno, Calif., last year.", "Calif.").place().admin1()).isEqualTo("CA");
        assertThat(only("A Texan rancher sued the agency.", "Texan").place().admin1()).isEqualTo("TX");
        assertThat(only("Sicilian lemons are exported.", "Sicilian").place().country()).isEqualTo("IT");
    }

    @Test
    void a_lone_direction_is_not_a_place() {
        assertThat(resolve("Volunteers cleaned the North West Youth Shelter.", "North West Youth Shelter"))
                .allSatisfy(p -> assertThat(p.place().name()).doesNotContain("West").doesNotContain("Governorate"));
        assertThat(resolve("Fires spread in North West overnight.", "North West"))
                .allSatisfy(p -> assertThat(p.place().name()).isNotEqualTo("West"));
    }

    @Test
    void two_small_places_near_each_other_hold_each_other_up() {
        List<PlaceMention> m = resolve("Paris police said the driver was taken to a clinic in Henry County.",
                "Paris", "Henry County");
        assertThat(m).hasSize(2);
        assertThat(m.get(0).place().country()).isEqualTo("US");
        assertThat(m.get(0).place().admin1()).isEqualTo(m.get(1).place().admin1());
        assertThat(km(m.get(0), m.get(1).place().lat(), m.get(1).place().lon())).isLessThan(50);
    }

    @Test
    void a_facility_the_gazetteer_lacks_is_in_the_town_the_story_names_most() {
        String text = "Leeds police said a man was hurt in Leeds on Friday. He was taken to Brindlemoor General Hospital.";
        List<PlaceMention> m = resolve(text, "Leeds", "Leeds", "Brindlemoor General Hospital");
        assertThat(m).hasSize(3);
        PlaceMention hospital = m.get(2);
        assertThat(hospital.place().name()).isEqualTo("Leeds");
        assertThat(hospital.via()).isEqualTo("article focus");
        assertThat(hospital.confidence()).isLessThan(0.5);
    }

    @Test
    void an_embedded_town_far_from_the_story_gives_way_to_its_town() {
        String text = "Toronto won again. Fans in Toronto filled the Rogers Centre on Tuesday.";
        List<PlaceMention> m = resolve(text, "Toronto", "Toronto", "Rogers Centre");
        assertThat(m.get(2).place().country()).isEqualTo("CA");
        // an area named in a facility's name stays
        PlaceMention uc = resolve("Paris hosted the talks. Paris is calm. Scientists at the University of California "
                + "disagreed.", "Paris", "Paris", "University of California").get(2);
        assertThat(uc.place().admin1()).isEqualTo("CA");
    }

    @Test
    void a_country_short_form_inside_an_organisation_name_is_the_country() {
        PlaceMention p = only("Economists at the US Federal Reserve expect two more rises.", "US Federal Reserve");
        assertThat(p.place().country()).isEqualTo("US");
        assertThat(p.level()).isEqualTo(Level.COUNTRY);
    }

    @Test
    void abbreviations_and_older_names_of_countries() {
        assertThat(only("The T&T government raised fuel prices.", "T&T").place().country()).isEqualTo("TT");
        assertThat(only("The Soviet Union collapsed in 1991.", "Soviet Union").place().country()).isEqualTo("RU");
        assertThat(only("Exports from Korea rose.", "Korea").place().country()).isEqualTo("KR");
    }

    @Test
    void country_points_follow_geonames_where_the_registry_is_far_from_them() {
        Gazetteer g = G.gazetteer();
        // the registry's centroid for Canada is near Hudson Bay (60, -95); GeoNames' is in the west
        assertThat(g.country("CA").lon()).isLessThan(-105);
        assertThat(g.country("JP").lon()).isGreaterThan(139.5);
    }
}
