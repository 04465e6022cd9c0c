package org.herald.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herald.ExampleArticle;
import org.herald.model.Annotated;
import org.herald.model.PlaceMention;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.herald.pipeline.Pipeline;

/** The example article through CoreNLP and the geocoder. */
class ExampleArticlePlacesIT {

    static Annotated a;
    static List<PlaceMention> places;

    @BeforeAll
    static void annotate() throws Exception {
        a = Pipeline.standard().annotate(ExampleArticle.load(ResolvedDate.day(LocalDate.of(2023, 9, 11))));
        places = Geocoder.shared().mentions(a);
    }

    @Test
    void vladivostok_is_the_russian_city() {
        assertThat(places).filteredOn(p -> p.place().span().of(a.text()).equals("Vladivostok")).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.place().country()).isEqualTo("RU");
                    assertThat(p.place().lat()).isBetween(42.6, 43.6);
                    assertThat(p.place().lon()).isBetween(131.4, 132.4);
                    assertThat(p.level()).isEqualTo(PlaceMention.Level.POINT);
                });
    }

    @Test
    void the_russian_far_east_is_in_russia() {
        assertThat(places).filteredOn(p -> p.place().span().of(a.text()).contains("Far East")).singleElement()
                .satisfies(p -> assertThat(p.place().country()).isEqualTo("RU"));
    }

    @Test
    void the_journey_and_the_talks_are_placed_in_vladivostok() {
        Sentence s = sentenceWith("journey");
        assertThat(Geocoder.shared().placeOf(a, places, s.index(), token(s, "journey")).place().name())
                .isEqualTo("Vladivostok");
        assertThat(Geocoder.shared().placeOf(a, places, s.index(), token(s, "talks")).place().name())
                .isEqualTo("Vladivostok");
    }

    @Test
    void no_place_comes_from_a_person_or_from_the_west() {
        assertThat(places).noneSatisfy(p -> assertThat(p.place().span().of(a.text())).isIn("Kim Jong Un", "West", "Putin"));
    }

    static Sentence sentenceWith(String word) {
        return a.sentences().stream().filter(s -> s.tokens().stream().anyMatch(t -> t.word().equals(word)))
                .findFirst().orElseThrow();
    }

    static int token(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).mapToInt(Token::index).findFirst().orElseThrow();
    }
}
