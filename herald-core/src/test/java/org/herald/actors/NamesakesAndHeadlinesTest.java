package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.herald.model.ActorMention;
import org.junit.jupiter.api.Test;

/**
 * A surname that the words before it give to someone else, a body named again by the head of its
 * name, and bare role nouns of a headline that the body specifies (sentences written for the test).
 */
class NamesakesAndHeadlinesTest {

    private static final ActorResolver R = ActorResolver.shared();
    /** Names the base does not hold, tagged PERSON as the entity tagger would. */
    private static final Set<String> PEOPLE = Set.of("Jack", "McConnell", "Mitch", "Ana", "Ruiz", "Gen");

    private static List<ActorMention> resolve(String... paragraphs) {
        return R.resolve(Texts.annotated("2004-05-01", PEOPLE, paragraphs));
    }

    private static List<ActorMention> headlined(String headline, String... paragraphs) {
        return R.resolve(Texts.headlined("2024-05-20", PEOPLE, headline, paragraphs));
    }

    private static List<String> codes(List<ActorMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).map(m -> m.actor().code()).toList();
    }

    @Test
    void another_given_name_before_a_surname_is_another_person() {
        List<ActorMention> ms = resolve("First Minister Jack McConnell said the plan would go ahead.");
        ActorMention m = Texts.mention(ms, "First Minister Jack McConnell");
        assertThat(m.actor().code()).isEqualTo("---GOV");
        assertThat(m.actor().name()).isEqualTo("Jack McConnell");
        // the same when the senator is named in full elsewhere in the article
        ms = resolve("Mitch McConnell spoke in Washington.", "Jack McConnell said the plan would go ahead.");
        assertThat(Texts.mention(ms, "Jack McConnell").actor().code()).isNotEqualTo("USALEG");
        assertThat(Texts.mention(ms, "Mitch McConnell").actor().code()).isEqualTo("USALEG");
        // the surname alone then names the namesake named in full, before or after
        ms = resolve("First Minister Jack McConnell spoke in Edinburgh.", "Mr McConnell said the plan would go ahead.");
        assertThat(Texts.mention(ms, "Mr McConnell").actor().name()).isEqualTo("Jack McConnell");
        // a rank the tagger reads as part of the name is no given name
        assertThat(Texts.codeOf(resolve("Gen McConnell said the plan would go ahead."), "McConnell")).isEqualTo("USALEG");
    }

    @Test
    void a_title_no_office_of_the_person_ever_had_blocks_the_alias_and_a_fitting_one_keeps_it() {
        List<ActorMention> ms = resolve("First Minister McConnell said the plan would go ahead.");
        assertThat(Texts.mention(ms, "First Minister McConnell").actor().code()).isEqualTo("---GOV");
        ms = resolve("Senator McConnell said the plan would go ahead.");
        assertThat(Texts.codeOf(ms, "Senator McConnell")).isEqualTo("USALEG");
        assertThat(Texts.codeOf(resolve("McConnell said the plan would go ahead."), "McConnell")).isEqualTo("USALEG");
    }

    @Test
    void a_peer_is_a_legislator_unless_another_title_says_the_office_and_the_name_needs_no_tag() {
        // "Quorth" is not tagged PERSON: after a title that always stands before a name it is one
        List<ActorMention> ms = resolve("Lord Quorth said the bill would be rewritten.");
        assertThat(Texts.mention(ms, "Lord Quorth").actor().code()).isEqualTo("---LEG");
        assertThat(Texts.mention(ms, "Lord Quorth").actor().name()).isEqualTo("Quorth");
        ms = resolve("Home Office Minister Lord Quorth said the bill would pass.");
        assertThat(Texts.codeOf(ms, "Home Office Minister Lord Quorth")).endsWith("GOV");
        // alone, the title names no one
        assertThat(codes(resolve("The Lord is my shepherd."), "The Lord")).isEmpty();
    }

    @Test
    void the_head_noun_of_a_body_named_before_names_the_body_again() {
        List<ActorMention> ms = resolve("The Scottish Executive announced a review of the scheme.",
                "A spokesman said the executive would publish it in May.");
        assertThat(Texts.codeOf(ms, "the executive")).isEqualTo("GBRGOV");
        // "of" after it makes another phrase ("the executive of the firm", a manager)
        ms = resolve("The Scottish Executive announced a review.", "The executive of the firm resigned.");
        assertThat(codes(ms, "The executive")).doesNotContain("GBRGOV");
    }

    @Test
    void a_bare_role_noun_of_a_headline_is_the_one_the_body_names_with_a_country() {
        List<ActorMention> ms = headlined("Tokyo has summoned ambassador",
                "Japan said on Monday that it had summoned the Chinese ambassador.");
        assertThat(Texts.codeOf(ms, "ambassador")).isEqualTo("CHNGOV");
        // a plural role: everyone the body names so, with a counterpart of another country
        ms = headlined("Foreign ministers meet in Lima",
                "Chilean Foreign Minister Ana Ruiz arrived in Lima for talks with her Peruvian counterpart.");
        assertThat(codes(ms, "Foreign ministers")).containsExactly("CHLGOV", "PERGOV");
    }

    @Test
    void a_summoned_envoy_is_never_of_the_country_that_summons_him() {
        List<ActorMention> ms = headlined("Tokyo has summoned ambassador", "Japan said the incursion broke the law.");
        assertThat(Texts.codeOf(ms, "ambassador")).isEqualTo("---GOV");
        ms = headlined("Tokyo has summoned ambassador",
                "Japan's ambassador in Beijing was not told.", "China's ambassador was summoned on Monday.");
        assertThat(Texts.codeOf(ms, "ambassador")).isEqualTo("CHNGOV");
        // a body sentence: the context does not lend the summoner's country either
        ms = resolve("Officials in Tokyo summoned the ambassador on Monday.");
        assertThat(Texts.codeOf(ms, "the ambassador")).isEqualTo("---GOV");
    }

    @Test
    void the_articles_country_counts_its_named_bodies_once_each_at_half_weight() {
        // one adjective (2) and two named British bodies (1 each): the article is about Britain
        List<ActorMention> ms = resolve("Labour said on Monday that the plan would fail.",
                "The BBC reported that British schools would close.", "The police said they would help.");
        assertThat(Texts.codeOf(ms, "The police")).isEqualTo("GBRCOP");
        // one adjective alone is not enough
        ms = resolve("British schools would close.", "The police said they would help.");
        assertThat(Texts.codeOf(ms, "The police")).isEqualTo("---COP");
    }
}
