package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.herald.model.ActorMention;
import org.junit.jupiter.api.Test;

/** Peoples, faiths, groups from elsewhere and bodies of no stated country (sentences written for these tests). */
class GroupsAndPeoplesTest {

    private static final ActorResolver R = ActorResolver.shared();

    private static List<ActorMention> resolve(String... paragraphs) {
        return R.resolve(Texts.annotated("2001-05-04", Set.of(), paragraphs));
    }

    @Test
    void an_ethnic_people_placed_in_a_country_is_that_country_s() {
        List<ActorMention> ms = resolve("Ethnic Hungarians in northern Serbia asked for schools.");
        assertThat(Texts.codeOf(ms, "Ethnic Hungarians in northern Serbia")).isEqualTo("SRB");
        ms = resolve("The ethnic Serb villagers in Croatia stayed home.");
        assertThat(Texts.codeOf(ms, "The ethnic Serb villagers in Croatia")).isEqualTo("HRVCVL");
    }

    @Test
    void a_nation_abroad_keeps_its_own_country_without_the_word_ethnic() {
        List<ActorMention> ms = resolve("Hungarians in Serbia asked for schools.");
        assertThat(Texts.codeOf(ms, "Hungarians")).isEqualTo("HUN");
        assertThat(Texts.codeOf(ms, "Serbia")).isEqualTo("SRB");
    }

    @Test
    void settlers_and_tourists_are_not_of_the_place_they_are_in() {
        List<ActorMention> ms = resolve("Armed settlers in Cyprus set fire to a shop. Tourists in Egypt were calm.");
        assertThat(Texts.codeOf(ms, "Armed settlers")).isEqualTo("---CVL");
        assertThat(Texts.codeOf(ms, "Tourists")).isEqualTo("---CVL");
        ms = resolve("Villagers in Cyprus set fire to a shop.");
        assertThat(Texts.codeOf(ms, "Villagers in Cyprus")).isEqualTo("CYPCVL");
    }

    @Test
    void faith_words_stand_inside_a_group_and_the_strongest_role_wins() {
        List<ActorMention> ms = resolve("Police in Tunisia arrested several Moslem fundamentalist students.");
        assertThat(Texts.codeOf(ms, "several Moslem fundamentalist students")).isEqualTo("TUNEDU");
        ms = resolve("Islamic fundamentalists attacked a bus in Tunisia.");
        assertThat(Texts.codeOf(ms, "Islamic fundamentalists")).isEqualTo("TUNREL");
    }

    @Test
    void single_members_and_captors_have_roles() {
        List<ActorMention> ms = resolve("A Jordanian prisoner was freed by the hostage-takers.");
        assertThat(Texts.codeOf(ms, "A Jordanian prisoner")).isEqualTo("JORCVL");
        assertThat(Texts.codeOf(ms, "the hostage-takers")).endsWith("CRM");
        ms = resolve("Lebanese administrators and Irish nationalist guerrillas met Jewish settlers.");
        assertThat(Texts.codeOf(ms, "Lebanese administrators")).isEqualTo("LBNGOV");
        assertThat(Texts.codeOf(ms, "Irish nationalist guerrillas")).isEqualTo("GBRREB");
        assertThat(Texts.codeOf(ms, "Jewish settlers")).isEqualTo("ISR");
    }

    @Test
    void a_body_of_no_stated_country_is_coded_by_its_kind() {
        List<ActorMention> ms = resolve("A human rights group criticised Chile. Foreign monitors left Chile.");
        assertThat(Texts.codeOf(ms, "A human rights group")).isEqualTo("NGO");
        assertThat(Texts.codeOf(ms, "Foreign monitors")).isEqualTo("IGO");
        ms = resolve("A Chilean human rights group criticised the army.");
        assertThat(Texts.codeOf(ms, "A Chilean human rights group")).isEqualTo("CHLNGO");
    }

    @Test
    void peacekeepers_of_no_stated_country_are_an_igo_s_not_of_the_countries_around_them() {
        List<ActorMention> ms = resolve("The mandate of the peacekeeping force was extended despite Syria's objection.");
        assertThat(Texts.codeOf(ms, "the peacekeeping force")).isEqualTo("IGOMIL");
        ms = resolve("Nepalese peacekeepers patrolled the border with Syria.");
        assertThat(Texts.codeOf(ms, "Nepalese peacekeepers")).isEqualTo("NPLMIL");
    }

    @Test
    void a_country_coordinated_with_a_titled_person_stays_an_actor_of_its_own() {
        List<ActorMention> ms = resolve("Jordan and Palestinian President Yasser Arafat signed a water deal.");
        assertThat(Texts.codeOf(ms, "Jordan")).isEqualTo("JOR");
        assertThat(Texts.codeOf(ms, "Palestinian President Yasser Arafat")).isEqualTo("PSEGOV");
    }

    @Test
    void old_armed_groups_movements_and_forces_are_known() {
        List<ActorMention> ms = resolve("RENAMO accused the Contras. KFOR and ECOMOG met Kifaya.");
        assertThat(Texts.codeOf(ms, "RENAMO")).isEqualTo("MOZREB");
        assertThat(Texts.codeOf(ms, "the Contras")).isEqualTo("NICREB");
        assertThat(Texts.codeOf(ms, "KFOR")).startsWith("IGO");
        assertThat(Texts.codeOf(ms, "ECOMOG")).startsWith("IGO");
        assertThat(Texts.codeOf(ms, "Kifaya")).isEqualTo("EGYOPP");
    }

    @Test
    void a_rebel_group_is_a_role_and_a_people_before_it_gives_the_country() {
        List<ActorMention> ms = resolve("The main Tamil rebel group rejected talks with Sri Lanka.");
        assertThat(Texts.codeOf(ms, "The main Tamil rebel group")).isEqualTo("LKAREB");
    }

    @Test
    void a_place_heading_the_name_of_a_bridge_or_a_tournament_is_no_actor() {
        List<ActorMention> ms = resolve("Farmers blocked the Europe Bridge. She won the Australian Open.");
        assertThat(ms).extracting(ActorMention::text).doesNotContain("the Europe", "the Australian");
    }

    @Test
    void a_country_that_owns_the_next_noun_is_not_the_country_of_the_role_before_it() {
        List<ActorMention> ms = resolve("Gunmen shot the deputy commander of Ghana's police unit.");
        assertThat(ms).noneMatch(m -> m.text().contains("commander of Ghana"));
        assertThat(Texts.codeOf(ms, "Ghana's police")).isEqualTo("GHACOP");
        ms = resolve("Gunmen shot the deputy commander of Ghana.");
        assertThat(Texts.codeOf(ms, "the deputy commander of Ghana")).isEqualTo("GHAMIL");
    }

    @Test
    void old_names_and_peoples_named_before_their_country_are_known() {
        List<ActorMention> ms = resolve("Turkish Cypriots met in Karabakh. Zairian troops left. West German officials came.");
        assertThat(Texts.codeOf(ms, "Turkish Cypriots")).isEqualTo("CYP");
        assertThat(Texts.codeOf(ms, "Zairian troops")).isEqualTo("CODMIL");
        assertThat(Texts.codeOf(ms, "West German officials")).isEqualTo("DEUGOV");
        assertThat(Texts.codeOf(ms, "Karabakh")).isEqualTo("AZE");
    }

    @Test
    void a_plural_people_in_a_list_shares_no_role_with_the_next_item() {
        List<ActorMention> ms = resolve("Turkish Cypriots, Zairian troops and Hungarian and Romanian officials met.");
        assertThat(Texts.codeOf(ms, "Turkish Cypriots")).isEqualTo("CYP");
        assertThat(ms).anyMatch(m -> m.text().contains("Zairian troops") && m.actor().code().equals("CODMIL"));
        assertThat(ms).noneMatch(m -> m.actor().code().equals("CYPMIL"));
        assertThat(ms).anyMatch(m -> m.actor().code().equals("HUNGOV"));
        assertThat(ms).anyMatch(m -> m.actor().code().equals("ROUGOV"));
    }
}
