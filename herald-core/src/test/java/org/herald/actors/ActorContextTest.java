package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.herald.model.ActorMention;
import org.junit.jupiter.api.Test;

/** Actors of unknown country that take one from the words around them, and phrases that carry one. */
class ActorContextTest {

    private static final ActorResolver R = ActorResolver.shared();
    /** Names the base does not hold, tagged PERSON as the entity tagger would. */
    private static final Set<String> PEOPLE = Set.of("Marku", "Velan", "Tomas", "Oderik");

    private static List<ActorMention> resolve(String date, String... paragraphs) {
        return R.resolve(Texts.annotated(date, PEOPLE, paragraphs));
    }

    private static String codeOf(List<ActorMention> ms, String text) {
        return Texts.mention(ms, text).actor().code();
    }

    @Test
    void an_unknown_president_takes_the_one_country_of_his_sentence() {
        List<ActorMention> ms = resolve("2004-05-01", "President Marku Velan lifted the night curfew in Moldova on Friday.");
        ActorMention velan = Texts.mention(ms, "President Marku Velan");
        assertThat(velan.actor().code()).isEqualTo("MDAGOV");
        assertThat(velan.actor().name()).isEqualTo("Marku Velan");
        assertThat(velan.how()).isEqualTo("context");
        assertThat(codeOf(resolve("2004-05-01", "Judge Tomas Oderik opened an inquiry into Chilean officials."),
                "Judge Tomas Oderik")).isEqualTo("CHLJUD");
    }

    @Test
    void the_person_keeps_that_country_when_named_again_or_called_he() {
        List<ActorMention> ms = resolve("2004-05-01",
                "President Marku Velan lifted the night curfew in Moldova on Friday. Velan said the army would leave "
                        + "Chisinau and Paris. He spoke on television.");
        assertThat(codeOf(ms, "Velan")).isEqualTo("MDAGOV");
        assertThat(Texts.mention(ms, "Velan").actor().name()).isEqualTo("Marku Velan");
        assertThat(codeOf(ms, "He")).isEqualTo("MDAGOV");
    }

    @Test
    void a_named_person_a_destination_or_two_countries_lend_nothing() {
        assertThat(codeOf(resolve("2020-05-01", "President Marku Velan met Vladimir Putin on Friday."),
                "President Marku Velan")).isEqualTo("---GOV");
        assertThat(codeOf(resolve("2020-05-01", "President Marku Velan flew to France on Friday."),
                "President Marku Velan")).isEqualTo("---GOV");
        assertThat(codeOf(resolve("2020-05-01", "The opposition accused Armenia of helping Georgia."),
                "The opposition")).isEqualTo("---OPP");
        assertThat(codeOf(resolve("2020-05-01", "A London-based monitor said government forces shelled the town."),
                "government forces")).isEqualTo("---MIL");
    }

    @Test
    void a_person_the_base_does_not_know_and_no_title_names_is_a_private_person_of_the_context() {
        List<ActorMention> ms = resolve("2020-05-01",
                "Nepal held elections on Sunday. Turnout in Nepal was high.", "Tomas Oderik said the count was rigged. Oderik left.");
        ActorMention first = Texts.mention(ms, "Tomas Oderik");
        assertThat(first.actor().code()).isEqualTo("NPLCVL");
        assertThat(first.actor().name()).isEqualTo("Tomas Oderik");
        // named again by surname: the same person
        assertThat(Texts.mention(ms, "Oderik").actor().name()).isEqualTo("Tomas Oderik");
        // a title still gives the office
        assertThat(codeOf(resolve("2020-05-01", "President Marku Velan met Vladimir Putin on Friday."),
                "President Marku Velan")).isEqualTo("---GOV");
    }

    @Test
    void a_group_takes_the_country_an_article_is_about() {
        List<ActorMention> ms = resolve("2020-05-01",
                "Nepal held elections on Sunday. Turnout in Nepal was high.", "The opposition said the count was rigged.");
        assertThat(codeOf(ms, "The opposition")).isEqualTo("NPLOPP");
        // two countries named as often: no country is the article's
        List<ActorMention> two = resolve("2020-05-01",
                "Peru and Chile talked. Peru and Chile agreed.", "The opposition objected.");
        assertThat(codeOf(two, "The opposition")).isEqualTo("---OPP");
    }

    @Test
    void in_from_and_of_with_a_determiner_or_a_number_give_the_country() {
        assertThat(codeOf(resolve("2003-01-01", "Rebels in the Ivory Coast rejected the plan."),
                "Rebels in the Ivory Coast")).isEqualTo("CIVREB");
        assertThat(codeOf(resolve("2008-08-01", "A court in Guyana issued warrants."),
                "A court in Guyana")).isEqualTo("GUYJUD");
        assertThat(codeOf(resolve("2001-01-01", "Doctors from two American aid groups delivered medicine."),
                "Doctors from two American aid groups")).isEqualTo("USAHLH");
        assertThat(codeOf(resolve("2015-01-01", "The president of the United States spoke."),
                "The president of the United States")).isEqualTo("USAGOV");
        // an adjective of the next noun is no owner: the victims of a genocide are not the country's
        assertThat(resolve("2005-01-01", "He met victims of the Rwandan genocide.").stream().map(m -> m.text()))
                .doesNotContain("victims of the Rwandan");
        // troops in a country are often another country's
        assertThat(codeOf(resolve("2004-01-01", "Troops in Iraq were attacked."), "Troops")).isEqualTo("---MIL");
    }

    @Test
    void a_people_after_a_country_adjective_is_that_countrys() {
        List<ActorMention> ms = resolve("2000-01-01", "Iraqi Kurds marched. Bosnian Serb forces shelled the town.");
        assertThat(codeOf(ms, "Iraqi Kurds")).isEqualTo("IRQ");
        assertThat(codeOf(ms, "Bosnian Serb forces")).isEqualTo("BIHMIL");
        // a people of several countries takes its sentence's country
        assertThat(codeOf(resolve("2000-01-01", "Kurdish rebels attacked a police post in Turkey."), "Kurdish rebels"))
                .isEqualTo("TURREB");
        // a people of one country is that country's
        assertThat(codeOf(resolve("2000-01-01", "Uighur activists protested."), "Uighur activists")).isEqualTo("CHNOPP");
    }

    @Test
    void a_country_led_force_is_the_countrys_and_a_region_before_a_country_yields() {
        // the annotate stage splits "Vietnamese-led" as "Vietnamese - led"
        assertThat(codeOf(resolve("1985-01-01", "Vietnamese - led forces took the village."), "Vietnamese - led forces"))
                .isEqualTo("VNMMIL");
        assertThat(codeOf(resolve("1985-01-01", "Fighting raged in Western Cambodia."), "Western Cambodia"))
                .isEqualTo("KHM");
    }

    @Test
    void a_state_or_province_gives_its_country_and_lends_it() {
        List<ActorMention> ms = resolve("2015-06-18", "The governor said police in Ohio arrested a gunman.");
        assertThat(codeOf(ms, "police in Ohio")).isEqualTo("USACOP");
        assertThat(codeOf(ms, "The governor")).isEqualTo("USAGOV");
        assertThat(codeOf(resolve("2015-06-18", "Gunmen attacked a bus in Balochistan."), "Gunmen")).isEqualTo("PAKREB");
    }

    @Test
    void one_plain_word_may_stand_between_a_country_and_a_role() {
        List<ActorMention> ms = resolve("1988-01-01", "Russian helicopter gunships hit the village. The Iraqi oil minister spoke.");
        assertThat(codeOf(ms, "Russian helicopter gunships")).isEqualTo("RUSMIL");
        assertThat(codeOf(ms, "The Iraqi oil minister")).isEqualTo("IRQGOV");
        // not a name, not two words
        assertThat(resolve("1988-01-01", "Russian Ivan soldiers left.").stream().map(m -> m.text()))
                .doesNotContain("Russian Ivan soldiers");
        assertThat(resolve("1988-01-01", "Russian old rusty gunships left.").stream().map(m -> m.text()))
                .doesNotContain("Russian old rusty gunships");
        // a pastime makes a team, not a part of the state
        assertThat(resolve("2005-01-01", "The Irish rugby union said the match would go ahead.").stream().map(m -> m.text()))
                .doesNotContain("The Irish rugby union");
    }

    @Test
    void offices_of_many_countries_take_no_country_from_the_context() {
        assertThat(codeOf(resolve("2004-01-01", "Amnesty accused the United States of sending a signal to abusive governments."),
                "governments")).isEqualTo("---GOV");
    }

    @Test
    void he_can_be_an_unnamed_official_named_before() {
        List<ActorMention> ms = resolve("2001-01-01", "A senior British minister said Libya must act, as he left for Cairo.");
        assertThat(codeOf(ms, "he")).isEqualTo("GBRGOV");
        // a group is not "he"
        assertThat(resolve("2001-01-01", "British troops said Libya must act, as he left for Cairo.")
                .stream().filter(m -> m.text().equals("he"))).isEmpty();
    }

    @Test
    void offices_and_places_follow_the_date() {
        assertThat(codeOf(resolve("2005-03-01", "President Levy Mwanawasa spoke."), "President Levy Mwanawasa"))
                .isEqualTo("ZMBGOV");
        assertThat(codeOf(resolve("2000-01-01", "Rebels shelled Juba."), "Juba")).isEqualTo("SDN");
        assertThat(codeOf(resolve("2015-01-01", "Juba said no."), "Juba")).isEqualTo("SSDGOV");
        assertThat(codeOf(resolve("2015-01-01", "Congolese refugees fled."), "Congolese refugees")).isEqualTo("CODREF");
    }
}
