package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.herald.model.ActorMention;
import org.junit.jupiter.api.Test;

/** Kinds of actor error seen on real news (issue 12), each as a mechanism with its own sentences. */
class ActorKindsTest {

    private static List<ActorMention> resolve(String... paragraphs) {
        return ActorResolver.shared().resolve(Texts.annotated("2024-05-01", Set.of(), paragraphs));
    }

    private static List<String> texts(List<ActorMention> ms) {
        return ms.stream().map(ActorMention::text).toList();
    }

    @Test
    void a_country_naming_the_subject_of_a_body_lends_the_body_nothing() {
        List<ActorMention> ms = resolve("The chairman of the parliament's Japan committee criticised the decision.");
        assertThat(texts(ms)).doesNotContain("Japan");
        assertThat(Texts.codeOf(ms, "the parliament")).isEqualTo("---LEG");
        assertThat(texts(resolve("The Bundestag's Russia committee met. The UK Parliament's China Research Group met.")))
                .doesNotContain("Russia", "China");
        assertThat(texts(resolve("The US Iran envoy met the House Select Committee on China."))).doesNotContain("Iran", "China");
        // an owner is still an owner, and a country before anything else is still an actor
        assertThat(Texts.codeOf(resolve("Japan's parliament met."), "Japan's parliament")).isEqualTo("JPNLEG");
        assertThat(Texts.codeOf(resolve("Germany's Russia policy failed."), "Russia")).isEqualTo("RUS");
    }

    @Test
    void a_sea_or_gulf_named_after_a_country_is_no_actor() {
        List<ActorMention> ms = resolve("Chinese ships patrolled the South China Sea and the Gulf of Oman near the Indian Ocean.");
        assertThat(texts(ms)).containsExactly("Chinese");
        assertThat(texts(resolve("The Sea of Japan was calm."))).isEmpty();
        assertThat(Texts.codeOf(resolve("Oman protested."), "Oman")).isEqualTo("OMN");
    }

    @Test
    void a_patron_is_no_owner() {
        List<ActorMention> ms = resolve("Iran-backed militias attacked the base.");
        assertThat(texts(ms)).doesNotContain("Iran");
        assertThat(Texts.codeOf(ms, "militias")).isEqualTo("---REB");
    }

    @Test
    void a_militia_of_the_state_is_no_rebel() {
        assertThat(Texts.codeOf(resolve("The pro-government militia attacked villages in Sudan."), "The pro-government militia"))
                .isEqualTo("SDNMIL");
        assertThat(Texts.codeOf(resolve("The state-backed militia attacked the town."), "The state-backed militia"))
                .isEqualTo("---MIL");
        assertThat(Texts.codeOf(resolve("The militia attacked the town."), "The militia")).isEqualTo("---REB");
    }

    @Test
    void a_member_noun_of_the_army_after_another_armed_body_is_that_bodys() {
        List<ActorMention> ms = resolve("Police forces and rebel commanders met intelligence officers.");
        assertThat(Texts.codeOf(ms, "Police forces")).isEqualTo("---COP");
        assertThat(Texts.codeOf(ms, "rebel commanders")).isEqualTo("---REB");
        assertThat(Texts.codeOf(ms, "intelligence officers")).isEqualTo("---SPY");
        assertThat(Texts.codeOf(resolve("Army officers met."), "Army officers")).isEqualTo("---MIL");
    }

    @Test
    void the_court_is_the_court_named_before_not_a_party_before_it() {
        List<ActorMention> ms = resolve("The International Court of Justice heard the case on Monday. "
                + "The court said South Africa had presented its case. Israel told the court it was wrong.");
        assertThat(ms.stream().filter(m -> m.text().equalsIgnoreCase("the court")).map(m -> m.actor().code()))
                .containsExactly("IGOUNOJUD", "IGOUNOJUD");
        assertThat(Texts.codeOf(resolve("The Kenyan court ruled on Monday. The court said the law was void."), "The court"))
                .isEqualTo("KENJUD");
        assertThat(Texts.codeOf(resolve("An international tribunal said Serbia had failed."), "An international tribunal"))
                .isEqualTo("---JUD");
    }

    @Test
    void he_and_she_skip_people_of_the_other_sex() {
        List<ActorMention> ms = resolve("Presidential candidate Kamala Harris met Benjamin Netanyahu. She said the war must end.");
        assertThat(Texts.codeOf(ms, "She")).isEqualTo("USAGOV");
        List<ActorMention> two = resolve("Angela Merkel met Joe Biden. She thanked him. He smiled.");
        assertThat(two.stream().filter(m -> m.text().equals("She")).findFirst().orElseThrow().actor().name())
                .isEqualTo("Angela Merkel");
        assertThat(two.stream().filter(m -> m.text().equals("He")).findFirst().orElseThrow().actor().name())
                .isEqualTo("Joe Biden");
        // a title tells it too
        List<ActorMention> queen = resolve("Queen Elizabeth met Joe Biden. She thanked him.");
        assertThat(queen.stream().filter(m -> m.text().equals("She")).findFirst().orElseThrow().actor().name())
                .isNotEqualTo("Joe Biden");
        // a name that tells nothing leaves the person to any pronoun
        assertThat(Texts.codeOf(resolve("Benjamin Netanyahu met Kim Jong Un. She said nothing."), "She")).isEqualTo("PRKGOV");
    }

    @Test
    void a_comma_alone_joins_no_modifiers() {
        // "at the request of Russia, Ukrainian Ambassador X": the comma ends the phrase
        List<ActorMention> ms = ActorResolver.shared().resolve(Texts.annotated("2024-05-01", Set.of("Andrii", "Melnyk"),
                "At the request of Russia, Ukrainian Ambassador Andrii Melnyk spoke."));
        assertThat(Texts.codeOf(ms, "Russia")).isEqualTo("RUS");
        assertThat(ms).filteredOn(m -> m.text().contains("Melnyk")).extracting(m -> m.actor().code())
                .containsExactly("UKRGOV");
        // a list that "and" closes still shares the role
        List<ActorMention> list = resolve("Hungarian, Romanian and Polish officials met.");
        assertThat(list).extracting(m -> m.actor().code()).containsExactly("HUNGOV", "ROUGOV", "POLGOV");
    }

    @Test
    void a_weapon_takes_no_country_from_the_places_around_it() {
        assertThat(Texts.codeOf(resolve("Drones struck Kyiv overnight."), "Drones")).isEqualTo("---MIL");
        List<ActorMention> ms = resolve("Ukrainian air defenses destroyed 549 drones.");
        assertThat(Texts.codeOf(ms, "Ukrainian air defenses")).isEqualTo("UKRMIL");
        assertThat(Texts.codeOf(ms, "549 drones")).isEqualTo("---MIL");
        // its own modifier still tells
        assertThat(Texts.codeOf(resolve("A Ukrainian drone hit the depot."), "A Ukrainian drone")).isEqualTo("UKRMIL");
        // a group that is no weapon still takes the sentence's one country
        assertThat(Texts.codeOf(resolve("Soldiers patrolled the border, Ukrainian officials said."), "Soldiers")).isEqualTo("UKRMIL");
    }

    @Test
    void a_named_body_composed_with_a_role_lends_no_country() {
        // "Associated Press reporters" are the agency's; the agency's country is not the sentence's
        List<ActorMention> ms = resolve("Associated Press reporters saw soldiers near the border.");
        assertThat(Texts.codeOf(ms, "Associated Press reporters")).isEqualTo("USAMED");
        assertThat(Texts.codeOf(ms, "soldiers")).isEqualTo("---MIL");
        assertThat(Texts.codeOf(resolve("American reporters saw soldiers near the border."), "soldiers"))
                .isEqualTo("USAMIL");
    }

    @Test
    void a_group_in_a_town_of_a_country_is_that_countrys() {
        List<ActorMention> ms = resolve("A drone killed a civilian in the Russian town of Rylsk.");
        assertThat(Texts.codeOf(ms, "a civilian in the Russian town")).isEqualTo("RUSCVL");
        // troops are often abroad: the town says nothing of whose they are
        assertThat(resolve("Troops in the Russian town of Rylsk waited.")).extracting(m -> m.actor().code())
                .doesNotContain("RUSMIL");
    }

    @Test
    void the_group_is_the_one_organisation_named_before() {
        List<ActorMention> ms = resolve("The Rapid Support Forces attacked El Fasher.",
                "The paramilitary group has fought the Sudanese army since 2023.");
        assertThat(Texts.codeOf(ms, "The paramilitary group")).isEqualTo("SDNREB");
        assertThat(Texts.codeOf(resolve("Hamas released two hostages. The group said talks would go on."), "The group"))
                .isEqualTo("PSEREB");
        // two organisations named: which one "the agency" is, is not told
        assertThat(texts(resolve("Reuters and the Associated Press reported the strike. The agency said nothing more.")))
                .doesNotContain("The agency");
        // none named within three sentences: no one
        assertThat(texts(resolve("Hamas spoke.", "Rain fell.", "Rain fell.", "Rain fell.", "Rain fell.", "The group said no.")))
                .doesNotContain("The group");
    }

    @Test
    void a_sentence_naming_only_the_articles_country_by_a_name_lends_it() {
        List<ActorMention> ms = resolve("Ukraine held talks.", "Ukraine said more.", "Zelensky gathered military commanders.");
        assertThat(Texts.codeOf(ms, "military commanders")).isEqualTo("UKRMIL");
        // the named person's country is not the article's: nothing is guessed
        List<ActorMention> other = resolve("Russia spoke.", "Russia spoke again.", "Zelensky gathered military commanders.");
        assertThat(Texts.codeOf(other, "military commanders")).isEqualTo("---MIL");
    }

    @Test
    void a_shared_alias_is_the_body_the_article_names_in_full() {
        List<ActorMention> ms = resolve("The leader of the British National Party was arrested.", "BNP officials spoke.");
        assertThat(Texts.codeOf(ms, "BNP officials")).isEqualTo("GBRPOL");
        assertThat(Texts.codeOf(resolve("The BNP held a rally in Dhaka."), "The BNP")).isEqualTo("BGDPOL");
    }

    @Test
    void the_uks_national_parties_and_their_members_of_the_european_parliament_are_british() {
        ActorResolver r = ActorResolver.shared();
        java.time.LocalDate d = java.time.LocalDate.of(2004, 5, 1);
        assertThat(r.lookup("the Liberal Democrats", d).code()).isEqualTo("GBRPOL");
        assertThat(r.lookup("a Lib Dem spokesman", d).country()).isEqualTo("GBR");
        assertThat(r.lookup("UKIP", d).code()).isEqualTo("GBRPOL");
        assertThat(r.lookup("the SNP", d).code()).isEqualTo("GBRPOL");
        assertThat(r.lookup("Irish MEPs", d).code()).isEqualTo("IRLLEG");
    }
    @Test
    void the_uks_devolved_governments_auditor_and_police_titles_are_the_states() {
        ActorResolver r = ActorResolver.shared();
        java.time.LocalDate d = java.time.LocalDate.of(2004, 5, 1);
        // "executive" alone is a business title; the Scottish Executive is a government
        assertThat(r.lookup("the Scottish Executive", d).code()).isEqualTo("GBRGOV");
        assertThat(r.lookup("the Welsh Assembly", d).code()).isEqualTo("GBRLEG");
        assertThat(r.lookup("the National Audit Office", d).code()).isEqualTo("GBRGOV");
        assertThat(r.lookup("the NAO", d).code()).isEqualTo("GBRGOV");
        assertThat(r.lookup("a Liberal Democrat spokesman", d).code()).isEqualTo("GBRPOL");
        assertThat(r.lookup("the shadow home secretary", d).roles()).containsExactly("POL");
        assertThat(r.lookup("the chief constable", d).roles()).containsExactly("COP");
        assertThat(r.lookup("the Welsh first minister", d).code()).isEqualTo("GBRGOV");
    }

    @Test
    void the_party_and_the_spokesman_name_again_the_one_named_before() {
        List<ActorMention> ms = ActorResolver.shared().resolve(Texts.annotated("2004-05-01", Set.of(),
                "The Liberal Democrats met in Bath.", "The party said taxes would rise.",
                "A Labour spokesman criticised Prime Minister Tony Blair.", "The spokesman said the plan would fail."));
        assertThat(Texts.codeOf(ms, "The party")).isEqualTo("GBRPOL");
        assertThat(Texts.codeOf(ms, "The spokesman")).isEqualTo("GBRPOL");
    }
}
