package org.herald.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;
import org.junit.jupiter.api.Test;
import org.herald.pipeline.Pipeline;

/** Rules that need the tagger's part-of-speech and entity tags. */
class TaggedTextIT {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<ActorMention> resolve(String text) {
        return resolve(text, LocalDate.of(2004, 3, 2));
    }

    private static List<ActorMention> resolve(String text, LocalDate published) {
        Article a = Article.builder().paragraph(text).published(ResolvedDate.day(published), "user").build();
        return PIPELINE.actors(PIPELINE.tag(a));
    }

    @Test
    void a_prisoner_exchange_names_no_prisoner_but_a_prisoner_who_died_does() {
        List<ActorMention> ms = resolve("The Moroccan prisoner exchange was delayed. A Moroccan prisoner died on Monday.");
        assertThat(ms).extracting(ActorMention::text).doesNotContain("The Moroccan prisoner");
        assertThat(ms).anyMatch(m -> m.text().equals("A Moroccan prisoner") && m.actor().code().equals("MARCVL"));
    }

    @Test
    void an_unknown_named_forum_or_association_of_no_country_is_an_ngo() {
        List<ActorMention> ms = resolve("The Global Rivers Forum said on Monday that Chile must act. "
                + "Members of the Association of Andean Jurists visited prisons.");
        assertThat(ms).anyMatch(m -> m.text().contains("Global Rivers Forum") && m.actor().code().equals("NGO"));
        assertThat(ms).anyMatch(m -> m.text().contains("Association of Andean Jurists") && m.actor().code().equals("NGO"));
    }

    @Test
    void a_named_body_with_a_country_in_its_name_is_that_country_s() {
        List<ActorMention> ms = resolve("The Ghanaian Association of Nurses called off its strike.");
        assertThat(ms).noneMatch(m -> m.actor().code().equals("NGO"));
        assertThat(ms).anyMatch(m -> m.actor().code().startsWith("GHA"));
    }

    @Test
    void an_armed_title_before_a_noun_still_names_the_group_whose_camps_they_are() {
        List<ActorMention> ms = resolve("Burmese troops shelled Kachin guerrilla camps on Monday.");
        assertThat(ms).anyMatch(m -> m.text().contains("guerrilla") && m.actor().code().equals("MMRREB"));
        ms = resolve("The group threatened to resume terrorist attacks in Nepal.");
        assertThat(ms).noneMatch(m -> m.text().contains("terrorist"));
    }

    @Test
    void where_a_weapon_was_made_names_no_actor() {
        List<ActorMention> ms = resolve("Police found Chinese-made rifles near the border. Chinese police denied it.");
        assertThat(ms).noneMatch(m -> m.sentence() == 0 && "CHN".equals(m.actor().country()));
        assertThat(ms).anyMatch(m -> m.sentence() == 1 && m.actor().code().equals("CHNCOP"));
    }

    @Test
    void a_subject_pronoun_goes_on_with_the_subject_of_the_sentence_before() {
        // centering: the person the sentence before was about, not the person named last
        List<ActorMention> ms = resolve("Russian President Vladimir Putin met Xi Jinping in Beijing on Monday. "
                + "He said the talks had gone well.");
        assertThat(Texts.codeOf(ms, "He")).isEqualTo("RUSGOV");
        // a quotation's speaker is the subject of its sentence, whoever is named after the verb
        ms = resolve("\u201cWe will see,\u201d Putin said after he met Xi Jinping. \u201cThe talks went well,\u201d he added.");
        assertThat(ms).filteredOn(m -> m.sentence() == 1 && m.text().equals("he")).extracting(m -> m.actor().code())
                .containsExactly("RUSGOV");
    }

    @Test
    void a_pronoun_that_is_no_subject_or_of_the_other_sex_keeps_the_person_named_last() {
        List<ActorMention> ms = resolve("Russian President Vladimir Putin met Xi Jinping in Beijing on Monday. "
                + "Reporters later asked him about Taiwan.");
        assertThat(Texts.codeOf(ms, "him")).isEqualTo(Texts.codeOf(ms, "Xi Jinping")).startsWith("CHN");
        ms = resolve("Kamala Harris met Benjamin Netanyahu in Washington. He said the talks had gone well.", LocalDate.of(2024, 5, 1));
        assertThat(Texts.codeOf(ms, "He")).isEqualTo("ISRGOV");
    }
}
