package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.herald.model.ActorMention;
import org.junit.jupiter.api.Test;

/** People the base does not hold, as news names them: in full with a title, then again by surname. */
class PeopleInArticlesTest {

    private static final ActorResolver R = ActorResolver.shared();
    /** Names the base does not hold, tagged PERSON as the entity tagger would. */
    private static final Set<String> PEOPLE = Set.of("Marku", "Velan", "Tomas", "Oderik", "Ali", "Khanzad");

    private static List<ActorMention> resolve(String date, String... paragraphs) {
        return R.resolve(Texts.annotated(date, PEOPLE, paragraphs));
    }

    @Test
    void an_honorific_or_a_title_with_the_surname_is_the_person_named_in_full_before() {
        List<ActorMention> ms = resolve("2004-05-01",
                "Moldovan Interior Minister Marku Velan resigned on Friday.",
                "Mr Velan said he was tired. Minister Velan left on Sunday.");
        assertThat(Texts.mention(ms, "Mr Velan").actor().code()).isEqualTo("MDAGOV");
        assertThat(Texts.mention(ms, "Mr Velan").actor().name()).isEqualTo("Marku Velan");
        assertThat(Texts.mention(ms, "Minister Velan").actor().name()).isEqualTo("Marku Velan");
    }

    @Test
    void a_weak_title_alone_before_a_name_gives_its_weak_role_and_the_name_is_remembered() {
        // "leader", "spokesman": a weak role counts when nothing else decides
        List<ActorMention> ms = resolve("2004-05-01", "The party's leader Marku Velan spoke on Friday.",
                "Mr Velan said he was tired.");
        assertThat(Texts.mention(ms, "leader Marku Velan").actor().code()).isEqualTo("---GOV");
        assertThat(Texts.mention(ms, "Mr Velan").actor().name()).isEqualTo("Marku Velan");
        ms = resolve("2004-05-01", "Spokesman Tomas Oderik said on Friday that talks would go on.");
        assertThat(Texts.mention(ms, "Spokesman Tomas Oderik").actor().roles()).containsExactly("GOV");
    }

    @Test
    void an_honorific_before_a_name_never_named_in_full_is_a_private_person() {
        List<ActorMention> ms = resolve("2004-05-01", "Mr Oderik said on Friday that the plan had failed. He left.");
        assertThat(Texts.mention(ms, "Mr Oderik").actor().roles()).containsExactly("CVL");
        assertThat(Texts.mention(ms, "Mr Oderik").actor().name()).isEqualTo("Oderik");
        assertThat(Texts.mention(ms, "He").actor().name()).isEqualTo("Oderik");
    }

    @Test
    void a_title_of_another_role_is_not_the_person_named_before() {
        List<ActorMention> ms = resolve("2004-05-01",
                "Moldovan Interior Minister Marku Velan resigned on Friday.", "General Velan led the parade.");
        assertThat(Texts.mention(ms, "General Velan").actor().name()).isEqualTo("Velan");
    }

    @Test
    void a_name_before_its_apposition_takes_the_titles_code_and_keeps_it() {
        List<ActorMention> ms = resolve("2010-05-01",
                "Ali Khanzad, Pakistan's interior minister, said the border was closed.",
                "Khanzad spoke to reporters in Geneva and Paris.");
        ActorMention khan = Texts.mention(ms, "Ali Khanzad");
        assertThat(khan.actor().code()).isEqualTo("PAKGOV");
        assertThat(khan.actor().name()).isEqualTo("Ali Khanzad");
        assertThat(Texts.mention(ms, "Khanzad").actor().code()).isEqualTo("PAKGOV");
        // the mentions stay in text order
        assertThat(ms.indexOf(khan)).isLessThan(ms.indexOf(Texts.mention(ms, "Pakistan's interior minister")));
        assertThat(Texts.mention(resolve("2010-05-01", "Tomas Oderik, a senior Hamas official, denied it."), "Tomas Oderik")
                .actor().code()).isEqualTo(Texts.mention(resolve("2010-05-01", "A senior Hamas official denied it."),
                "A senior Hamas official").actor().code());
    }

    @Test
    void a_plural_title_after_a_comma_is_no_apposition() {
        List<ActorMention> ms = resolve("2010-05-01", "Ali Khanzad, Pakistani officials said, was arrested.");
        // the officials are not he: he is a private person of the sentence's country
        assertThat(Texts.mention(ms, "Ali Khanzad").actor().code()).isEqualTo("PAKCVL");
    }

    @Test
    void a_bloc_word_heading_a_longer_name_is_part_of_that_name() {
        List<ActorMention> ms = resolve("2004-05-01", "West Yorkshire police arrested nine men in the West End.",
                "The West condemned Russia.");
        assertThat(ms).noneMatch(m -> m.actor().code().equals("WST") && !m.text().equals("The West"));
        assertThat(Texts.mention(ms, "The West").actor().code()).isEqualTo("WST");
        List<ActorMention> city = resolve("2004-05-01", "Israel annexed West Jerusalem.");
        assertThat(city).noneMatch(m -> m.actor().code().equals("WST"));
        assertThat(Texts.mention(city, "Jerusalem").actor().country()).isEqualTo("ISR");
    }

    @Test
    void a_bare_role_noun_names_again_the_body_the_article_called_so() {
        List<ActorMention> ms = resolve("2004-05-01", "Spanish police arrested two men in Madrid on Friday.",
                "The men were held overnight.", "Their lawyers spoke.", "Reporters waited outside.",
                "Police said the men would appear in court.");
        ActorMention police = ms.stream().filter(m -> m.text().equals("Police")).findFirst().orElseThrow();
        assertThat(police.actor().code()).isEqualTo("ESPCOP");
        assertThat(police.how()).isEqualTo("coref");
    }

    @Test
    void the_president_far_from_his_name_is_the_one_last_so_titled_unless_another_holder_came_since() {
        List<ActorMention> far = resolve("2004-05-01", "Moldovan President Marku Velan spoke on Friday.",
                "Rain fell.", "Roads closed.", "Schools shut.", "The president said the floods were over.");
        assertThat(Texts.mention(far, "The president").actor().code()).isEqualTo("MDAGOV");
        List<ActorMention> since = resolve("2004-05-01", "Moldovan President Marku Velan spoke on Friday.",
                "Vladimir Putin replied.", "Rain fell.", "Roads closed.", "Schools shut.",
                "The president said the floods were over.");
        assertThat(Texts.mention(since, "The president").actor().name()).isNotEqualTo("Marku Velan");
    }

    @Test
    void abbreviated_offices_before_a_name_are_titles() {
        List<ActorMention> ms = resolve("2023-04-28", "Rep Marku Velan spoke on Wednesday.",
                "Velan spoke outside.");
        assertThat(Texts.mention(ms, "Rep Marku Velan").actor().roles()).containsExactly("LEG");
        assertThat(Texts.mention(ms, "Velan").actor().name()).isEqualTo("Marku Velan");
        assertThat(resolve("2023-04-28", "The Rep said nothing.").stream().map(m -> m.actor().code()))
                .doesNotContain("---LEG");
    }
}
