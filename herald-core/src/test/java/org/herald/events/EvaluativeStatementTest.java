package org.herald.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.herald.events.internal.Evaluations;
import org.herald.events.internal.ResourceError;
import org.junit.jupiter.api.Test;

/**
 * Statements whose content evaluates someone (EvaluativeStatement, EvaluatedActor,
 * evaluation.txt), and the verbs of reacting of the lexicon, on hand-made parses.
 */
class EvaluativeStatementTest {

    private static List<String> dyads(Doc d) {
        return d.code().stream().map(Doc::dyad).toList();
    }

    /** "The Mexican minister said the US tariffs were X." with X an adjective, perhaps negated. */
    private static Doc ministerSaid(String adjective, boolean not) {
        String text = "The Mexican minister said the US tariffs were " + (not ? "not " : "") + adjective + ".";
        String tokens = "The/DT/the/O Mexican/JJ/mexican/MISC minister/NN/minister/O said/VBD/say/O the/DT/the/O "
                + "US/NNP/US/LOCATION tariffs/NNS/tariff/O were/VBD/be/O " + (not ? "not/RB/not/O " : "")
                + adjective + "/JJ/" + adjective + "/O ./././O";
        int a = not ? 10 : 9;
        String deps = "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:7:5 compound:7:6 nsubj:" + a + ":7 cop:" + a + ":8 "
                + (not ? "advmod:10:9 " : "") + "ccomp:4:" + a + " punct:4:" + (a + 1);
        return new Doc().paragraph(Doc.p(text, tokens, deps)).actor("The Mexican minister", "MEX", "GOV").actor("US", "USA");
    }

    @Test
    void a_minister_saying_another_country_s_tariffs_are_illogical_criticises_that_country() {
        assertThat(dyads(ministerSaid("illogical", false))).containsExactly("MEXGOV>USA:111");
    }

    @Test
    void saying_something_is_good_is_praise_and_not_good_is_criticism() {
        assertThat(dyads(ministerSaid("good", false))).containsExactly("MEXGOV>USA:051");
        assertThat(dyads(ministerSaid("good", true))).containsExactly("MEXGOV>USA:111");
    }

    @Test
    void saying_something_is_not_illegal_is_neither_criticism_nor_praise() {
        assertThat(dyads(ministerSaid("illegal", true))).isEmpty();
    }

    @Test
    void a_description_with_no_word_of_evaluation_is_no_event() {
        assertThat(dyads(ministerSaid("high", false))).isEmpty();
    }

    @Test
    void a_parenthetical_speaker_evaluates_the_clause_it_reports() {
        Doc d = new Doc().paragraph(Doc.p("The US tariffs are a bad idea, the Mexican minister said.",
                "The/DT/the/O US/NNP/US/LOCATION tariffs/NNS/tariff/O are/VBP/be/O a/DT/a/O bad/JJ/bad/O idea/NN/idea/O ,/,/,/O "
                        + "the/DT/the/O Mexican/JJ/mexican/MISC minister/NN/minister/O said/VBD/say/O ./././O",
                "det:3:1 compound:3:2 nsubj:7:3 cop:7:4 det:7:5 amod:7:6 root:0:7 punct:7:8 det:11:9 amod:11:10 nsubj:12:11 "
                        + "parataxis:7:12 punct:7:13"))
                .actor("the Mexican minister", "MEX", "GOV").actor("US", "USA");
        assertThat(dyads(d)).containsExactly("MEXGOV>USA:111");
    }

    @Test
    void a_forecast_that_something_would_be_a_disaster_is_no_criticism() {
        Doc d = new Doc().paragraph(Doc.p("The Iranian president said Israel's strikes would be a disaster.",
                "The/DT/the/O Iranian/JJ/iranian/MISC president/NN/president/O said/VBD/say/O Israel/NNP/Israel/LOCATION 's/POS/'s/O "
                        + "strikes/NNS/strike/O would/MD/would/O be/VB/be/O a/DT/a/O disaster/NN/disaster/O ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 nmod:poss:7:5 case:5:6 nsubj:11:7 aux:11:8 cop:11:9 det:11:10 ccomp:4:11 punct:4:12"))
                .actor("The Iranian president", "IRN", "GOV").actor("Israel", "ISR");
        assertThat(dyads(d)).noneMatch(x -> x.endsWith(":111"));
    }

    @Test
    void a_verb_of_naming_evaluates_its_object_by_its_as_phrase() {
        Doc d = new Doc().paragraph(Doc.p("The French minister described Russia's decision as a mistake.",
                "The/DT/the/O French/JJ/french/MISC minister/NN/minister/O described/VBD/describe/O Russia/NNP/Russia/LOCATION 's/POS/'s/O "
                        + "decision/NN/decision/O as/IN/as/O a/DT/a/O mistake/NN/mistake/O ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 nmod:poss:7:5 case:5:6 obj:4:7 case:10:8 det:10:9 nmod:as:7:10 punct:4:11"))
                .actor("The French minister", "FRA", "GOV").actor("Russia", "RUS");
        assertThat(dyads(d)).containsExactly("FRAGOV>RUS:111");
    }

    @Test
    void a_participle_of_evaluation_after_be_is_a_predicate_but_a_passive_with_an_agent_is_not() {
        Doc d = new Doc().paragraph(Doc.p("The French minister said Russia's policy was misdirected.",
                "The/DT/the/O French/JJ/french/MISC minister/NN/minister/O said/VBD/say/O Russia/NNP/Russia/LOCATION 's/POS/'s/O "
                        + "policy/NN/policy/O was/VBD/be/O misdirected/VBN/misdirect/O ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 nmod:poss:7:5 case:5:6 nsubj:pass:9:7 aux:pass:9:8 ccomp:4:9 punct:4:10"))
                .actor("The French minister", "FRA", "GOV").actor("Russia", "RUS");
        assertThat(dyads(d)).containsExactly("FRAGOV>RUS:111");
        Doc made = new Doc().paragraph(Doc.p("The French minister said Russia's policy was made by Putin.",
                "The/DT/the/O French/JJ/french/MISC minister/NN/minister/O said/VBD/say/O Russia/NNP/Russia/LOCATION 's/POS/'s/O "
                        + "policy/NN/policy/O was/VBD/be/O made/VBN/make/O by/IN/by/O Putin/NNP/Putin/PERSON ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 nmod:poss:7:5 case:5:6 nsubj:pass:9:7 aux:pass:9:8 ccomp:4:9 case:11:10 "
                        + "obl:agent:9:11 punct:4:12"))
                .actor("The French minister", "FRA", "GOV").actor("Russia", "RUS").person("Putin", "RUS", "GOV");
        assertThat(dyads(made)).noneMatch(x -> x.endsWith(":111"));
    }

    @Test
    void a_policy_said_to_be_unworkable_is_criticised() {
        assertThat(dyads(ministerSaid("unworkable", false))).containsExactly("MEXGOV>USA:111");
    }

    @Test
    void a_move_branded_a_retreat_by_a_party_criticises_whoever_made_the_move() {
        Doc d = new Doc().paragraph(Doc.p("Putin announced curbs, in a move branded a shameful retreat by the French minister.",
                "Putin/NNP/Putin/PERSON announced/VBD/announce/O curbs/NNS/curb/O ,/,/,/O in/IN/in/O a/DT/a/O move/NN/move/O "
                        + "branded/VBN/brand/O a/DT/a/O shameful/JJ/shameful/O retreat/NN/retreat/O by/IN/by/O the/DT/the/O "
                        + "French/JJ/french/MISC minister/NN/minister/O ./././O",
                "nsubj:2:1 root:0:2 obj:2:3 punct:2:4 case:7:5 det:7:6 obl:in:2:7 acl:7:8 det:11:9 amod:11:10 obj:8:11 "
                        + "case:15:12 det:15:13 amod:15:14 obl:by:8:15 punct:2:16"))
                .person("Putin", "RUS", "GOV").actor("the French minister", "FRA", "GOV");
        assertThat(dyads(d)).contains("FRAGOV>RUSGOV:111");
    }

    @Test
    void a_thing_named_again_is_judged_as_the_act_of_whoever_introduced_it() {
        Doc d = new Doc().paragraph(Doc.p("Putin announced a new tax.",
                        "Putin/NNP/Putin/PERSON announced/VBD/announce/O a/DT/a/O new/JJ/new/O tax/NN/tax/O ./././O",
                        "nsubj:2:1 root:0:2 det:5:3 amod:5:4 obj:2:5 punct:2:6"),
                Doc.p("The French minister said the tax was unfair.",
                        "The/DT/the/O French/JJ/french/MISC minister/NN/minister/O said/VBD/say/O the/DT/the/O tax/NN/tax/O "
                                + "was/VBD/be/O unfair/JJ/unfair/O ./././O",
                        "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:6:5 nsubj:8:6 cop:8:7 ccomp:4:8 punct:4:9"))
                .person("Putin", "RUS", "GOV").actor("The French minister", "FRA", "GOV");
        assertThat(dyads(d)).containsExactly("FRAGOV>RUSGOV:111");
    }

    @Test
    void a_private_person_s_opinion_and_a_situation_are_not_criticism() {
        Doc resident = new Doc().paragraph(Doc.p("A Kyiv resident said the Russian attack was terrible.",
                "A/DT/a/O Kyiv/NNP/Kyiv/LOCATION resident/NN/resident/O said/VBD/say/O the/DT/the/O Russian/JJ/russian/MISC "
                        + "attack/NN/attack/O was/VBD/be/O terrible/JJ/terrible/O ./././O",
                "det:3:1 compound:3:2 nsubj:4:3 root:0:4 det:7:5 amod:7:6 nsubj:9:7 cop:9:8 ccomp:4:9 punct:4:10"))
                .actor("A Kyiv resident", "UKR", "CVL").actor("Russian", "RUS");
        assertThat(dyads(resident)).noneMatch(x -> x.endsWith(":111"));
        Doc night = new Doc().paragraph(Doc.p("The Ukrainian minister said it was a terrible night.",
                "The/DT/the/O Ukrainian/JJ/ukrainian/MISC minister/NN/minister/O said/VBD/say/O it/PRP/it/O was/VBD/be/O a/DT/a/O "
                        + "terrible/JJ/terrible/O night/NN/night/O ./././O",
                "det:3:1 amod:3:2 nsubj:4:3 root:0:4 nsubj:9:5 cop:9:6 det:9:7 amod:9:8 ccomp:4:9 punct:4:10"))
                .actor("The Ukrainian minister", "UKR", "GOV");
        assertThat(dyads(night)).isEmpty();
    }

    @Test
    void a_pronoun_said_to_be_good_things_is_no_one_s_act() {
        Doc d = new Doc().paragraph(Doc.p("Welsh hospitals published figures.",
                        "Welsh/JJ/welsh/MISC hospitals/NNS/hospital/O published/VBD/publish/O figures/NNS/figure/O ./././O",
                        "amod:2:1 nsubj:3:2 root:0:3 obj:3:4 punct:3:5"),
                Doc.p("Ms Hutt said they were excellent figures.",
                        "Ms/NNP/Ms/O Hutt/NNP/Hutt/PERSON said/VBD/say/O they/PRP/they/O were/VBD/be/O "
                                + "excellent/JJ/excellent/O figures/NNS/figure/O ./././O",
                        "compound:2:1 nsubj:3:2 root:0:3 nsubj:7:4 cop:7:5 amod:7:6 ccomp:3:7 punct:3:8"))
                .actor("Welsh hospitals", "GBR", "HLH").person("Ms Hutt", "GBR", "GOV");
        assertThat(dyads(d)).noneMatch(x -> x.endsWith(":051"));
    }

    @Test
    void lashing_out_after_a_court_ruled_criticises_the_court() {
        Doc d = new Doc().paragraph(Doc.p("Trump lashed out after the Supreme Court ruled.",
                "Trump/NNP/Trump/PERSON lashed/VBD/lash/O out/RP/out/O after/IN/after/O the/DT/the/O Supreme/NNP/Supreme/ORGANIZATION "
                        + "Court/NNP/Court/ORGANIZATION ruled/VBD/rule/O ./././O",
                "nsubj:2:1 root:0:2 compound:prt:2:3 mark:8:4 det:7:5 compound:7:6 nsubj:8:7 advcl:after:2:8 punct:2:9"))
                .person("Trump", "USA", "GOV").actor("the Supreme Court", "USA", "JUD");
        assertThat(dyads(d)).contains("USAGOV>USAJUD:111");
    }

    @Test
    void the_evaluation_words_are_checked_at_load() {
        assertThatThrownBy(() -> Evaluations.read("e.txt", new StringReader("report say\nnice good\n")))
                .isInstanceOf(ResourceError.class).hasMessageContaining("e.txt: line 2");
        assertThatThrownBy(() -> Evaluations.read("e.txt", new StringReader(
                "report say\nname call\nnegative bad\npositive good bad\n")))
                .isInstanceOf(ResourceError.class).hasMessageContaining("both negative and positive");
        assertThat(Evaluations.standard().is(Evaluations.Kind.NEGATIVE, "illogical")).isTrue();
    }

    private static org.herald.model.Sentence tagged(String... wordLemmaPos) {
        List<org.herald.model.Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < wordLemmaPos.length; i += 3) {
            String w = wordLemmaPos[i];
            tokens.add(new org.herald.model.Token(i / 3, new org.herald.model.Span(at, at + w.length()), w,
                    wordLemmaPos[i + 1], wordLemmaPos[i + 2], "O"));
            at += w.length() + 1;
        }
        return new org.herald.model.Sentence(0, new org.herald.model.Span(0, at - 1), 0, tokens, false, List.of());
    }

    @Test
    void a_sentence_with_a_verb_of_saying_and_a_word_of_evaluation_may_hold_an_event() {
        EventCoder coder = EventCoder.standard();
        assertThat(coder.mayCode(tagged("Ebrard", "Ebrard", "NNP", "added", "add", "VBD", "the", "the", "DT", "policy", "policy", "NN",
                "was", "be", "VBD", "illogical", "illogical", "JJ"))).isTrue();
        assertThat(coder.mayCode(tagged("Ebrard", "Ebrard", "NNP", "added", "add", "VBD", "the", "the", "DT", "policy", "policy", "NN",
                "was", "be", "VBD", "new", "new", "JJ"))).isFalse();
    }
}
