package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;

class ResolverPropertiesTest {

    private static final List<String> WORDS = List.of("the", "The", "Russian", "troops", "Kim", "Jong", "Un", "Mr",
            "President", "Putin", "he", "two", "leaders", "and", ",", "'s", "North", "Korean", "leader", "Kremlin",
            "in", "Moscow", "US", "us", "WHO", "senior", "officials", "Hungarian", "both", "said", ".", "Peskov",
            "Dmitry", "media", "South", "Comrade", "Xi", "army", "spokesman", "Ukraine", "the West", "Taliban");

    @Provide
    Arbitrary<List<String>> sentences() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(40);
    }

    @Property(tries = 300)
    void mentions_lie_inside_the_text_and_say_what_they_cover(@ForAll("sentences") List<String> words,
                                                               @ForAll("sentences") List<String> more) {
        String a = String.join(" ", words).strip();
        String b = String.join(" ", more).strip();
        Annotated art = Texts.annotated("2023-09-11", Set.of("Jong"), a.isEmpty() ? "x" : a, b.isEmpty() ? "y" : b);
        List<ActorMention> first = ActorResolver.shared().resolve(art);
        List<ActorMention> again = ActorResolver.shared().resolve(art);
        assertThat(again).isEqualTo(first);
        for (ActorMention m : first) {
            assertThat(m.span().end()).isLessThanOrEqualTo(art.text().length());
            assertThat(m.span().of(art.text())).isEqualTo(m.text());
            assertThat(m.actor().code()).matches("([A-Z]{3}|---)([A-Z0-9]{3})*");
            assertThat(art.sentences().get(m.sentence()).span().contains(m.span())).isTrue();
        }
    }

    @Property(tries = 200)
    void lookup_never_fails_on_any_text(@ForAll @StringLength(max = 60) String text) {
        ActorResolver.shared().lookup(text, null);
    }
}
