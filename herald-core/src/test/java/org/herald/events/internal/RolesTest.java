package org.herald.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herald.events.internal.Parses.graph;
import static org.herald.events.internal.Parses.role;
import static org.herald.events.internal.Parses.roles;
import static org.herald.events.internal.Roles.Role.AGENT;
import static org.herald.events.internal.Roles.Role.PATIENT;
import static org.herald.events.internal.Roles.Role.RECIPIENT;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each role rule on hand-made parses: who does what to whom, and which rule said so. */
class RolesTest {

    @Nested
    class ActiveSubjectAndDirectObject {
        @Test
        void the_subject_acts_and_the_object_is_acted_on() {
            Graph g = graph("Japan/NNP/Japan accused/VBD/accuse China/NNP/China", "nsubj:2:1 root:0:2 obj:2:3");
            Roles r = roles(g);
            assertThat(role(r, g, 2, AGENT)).containsExactly("Japan:ActiveSubject");
            assertThat(role(r, g, 2, PATIENT)).containsExactly("China:DirectObject");
        }

        @Test
        void an_indirect_object_receives() {
            Graph g = graph("Iran/NNP/Iran sent/VBD/send Syria/NNP/Syria missiles/NNS/missile",
                    "nsubj:2:1 root:0:2 iobj:2:3 obj:2:4");
            Roles r = roles(g);
            assertThat(role(r, g, 2, RECIPIENT)).containsExactly("Syria:DirectObject");
            assertThat(role(r, g, 2, PATIENT)).containsExactly("missiles:DirectObject");
        }

        @Test
        void the_controller_the_enhanced_parse_gives_an_infinitive_acts() {
            Graph g = graph("Kenya/NNP/Kenya plans/VBZ/plan to/TO/to expel/VB/expel diplomats/NNS/diplomat",
                    "nsubj:2:1 nsubj:xsubj:4:1 root:0:2 mark:4:3 xcomp:2:4 obj:4:5");
            assertThat(role(roles(g), g, 4, AGENT)).containsExactly("Kenya:ActiveSubject");
        }
    }

    @Nested
    class PassiveSubjectAndAgent {
        @Test
        void b_was_accused_by_a_is_a_accusing_b() {
            Graph g = graph("Peru/NNP/Peru was/VBD/be accused/VBN/accuse by/IN/by Chile/NNP/Chile",
                    "nsubj:pass:3:1 aux:pass:3:2 root:0:3 case:5:4 obl:agent:3:5");
            Roles r = roles(g);
            assertThat(role(r, g, 3, AGENT)).containsExactly("Chile:PassiveAgent");
            assertThat(role(r, g, 3, PATIENT)).containsExactly("Peru:PassiveSubject");
        }

        @Test
        void the_by_phrase_of_an_event_noun_acts() {
            Graph g = graph("calls/NNS/call by/IN/by Belarus/NNP/Belarus", "root:0:1 case:3:2 nmod:by:1:3");
            assertThat(role(roles(g), g, 1, AGENT)).containsExactly("Belarus:PassiveAgent");
        }
    }

    @Nested
    class NominalAgent {
        @Test
        void the_possessor_of_an_event_noun_and_a_demonym_modifying_it_act() {
            Graph g = graph("Russia/NNP/Russia 's/POS/'s decision/NN/decision", "nmod:poss:3:1 case:1:2 root:0:3");
            assertThat(role(roles(g), g, 3, AGENT)).containsExactly("Russia:NominalAgent");
            Graph h = graph("Israeli/JJ/israeli/MISC strikes/NNS/strike", "amod:2:1 root:0:2");
            assertThat(role(roles(h), h, 2, AGENT)).containsExactly("Israeli:NominalAgent");
        }

        @Test
        void a_common_noun_modifying_an_event_noun_does_not_act() {
            Graph g = graph("border/NN/border clashes/NNS/clash", "compound:2:1 root:0:2");
            assertThat(role(roles(g), g, 2, AGENT)).isEmpty();
        }
    }

    @Nested
    class StativeLightPassive {
        @Test
        void troops_engaged_in_fighting_do_the_fighting() {
            Graph g = graph("troops/NNS/troop were/VBD/be engaged/VBN/engage in/IN/in fighting/NN/fighting",
                    "nsubj:pass:3:1 aux:pass:3:2 root:0:3 case:5:4 obl:in:3:5");
            Roles r = roles(g);
            assertThat(role(r, g, 3, AGENT)).containsExactly("troops:StativeLightPassive");
            assertThat(role(r, g, 3, PATIENT)).isEmpty();
            assertThat(role(r, g, 5, AGENT)).containsExactly("troops:LightVerbSubject");
        }
    }

    @Nested
    class VictimIsPatient {
        @Test
        void the_victims_of_a_massacre_are_acted_on() {
            Graph g = graph("the/DT/the massacre/NN/massacre of/IN/of tourists/NNS/tourist",
                    "det:2:1 root:0:2 case:4:3 nmod:of:2:4");
            Roles r = roles(g);
            assertThat(role(r, g, 2, PATIENT)).containsExactly("tourists:VictimIsPatient");
            assertThat(role(r, g, 2, AGENT)).isEmpty();
        }

        @Test
        void those_killed_in_an_attack_are_its_patients() {
            Graph g = graph("civilians/NNS/civilian were/VBD/be killed/VBN/kill in/IN/in the/DT/the attack/NN/attack",
                    "nsubj:pass:3:1 aux:pass:3:2 root:0:3 case:6:4 det:6:5 obl:in:3:6");
            assertThat(role(roles(g), g, 6, PATIENT)).containsExactly("civilians:VictimIsPatient");
        }

        @Test
        void the_of_phrase_of_a_visit_is_no_victim() {
            Graph g = graph("the/DT/the visit/NN/visit of/IN/of Putin/NNP/Putin", "det:2:1 root:0:2 case:4:3 nmod:of:2:4");
            assertThat(role(roles(g), g, 2, PATIENT)).isEmpty();
        }
    }

    @Nested
    class InheritedSubject {
        @Test
        void a_conjoined_verb_shares_the_subject_and_a_controlled_one_takes_the_controller() {
            // "Bush is scheduled to give a speech and meet dissidents"
            Graph g = graph("Bush/NNP/Bush is/VBZ/be scheduled/VBN/schedule to/TO/to give/VB/give a/DT/a speech/NN/speech"
                    + " and/CC/and meet/VB/meet dissidents/NNS/dissident",
                    "nsubj:pass:3:1 nsubj:xsubj:5:1 aux:pass:3:2 root:0:3 mark:5:4 xcomp:3:5 det:7:6 obj:5:7 cc:9:8"
                    + " conj:and:5:9 obj:9:10");
            assertThat(role(roles(g), g, 9, AGENT)).containsExactly("Bush:InheritedSubject");
        }

        @Test
        void a_passive_conjunct_is_done_to_the_shared_subject() {
            // "he made a speech and was released": released is done to him, not by him
            Graph g = graph("he/PRP/he made/VBD/make a/DT/a speech/NN/speech and/CC/and was/VBD/be released/VBN/release",
                    "nsubj:2:1 root:0:2 det:4:3 obj:2:4 cc:7:5 aux:pass:7:6 conj:and:2:7");
            assertThat(role(roles(g), g, 7, AGENT)).isEmpty();
            assertThat(role(roles(g), g, 7, PATIENT)).containsExactly("he:InheritedSubject");
            // "Tyndall was arrested and was released": the passive above shares the one acted on
            g = graph("Tyndall/NNP/Tyndall was/VBD/be arrested/VBN/arrest and/CC/and was/VBD/be released/VBN/release",
                    "nsubj:pass:3:1 aux:pass:3:2 root:0:3 cc:6:4 aux:pass:6:5 conj:and:3:6");
            assertThat(role(roles(g), g, 6, AGENT)).isEmpty();
            assertThat(role(roles(g), g, 6, PATIENT)).containsExactly("Tyndall:InheritedSubject");
        }

        @Test
        void a_purpose_clause_under_a_light_verbs_event_noun_takes_the_verbs_subject() {
            Graph g = graph("police/NNS/police opened/VBD/open fire/NN/fire to/TO/to disperse/VB/disperse"
                    + " protesters/NNS/protester",
                    "nsubj:2:1 root:0:2 obj:2:3 mark:5:4 xcomp:2:5 obj:5:6");
            assertThat(role(roles(g), g, 5, AGENT)).containsExactly("police:InheritedSubject");
        }

        @Test
        void an_object_controller_is_not_overridden_by_the_subject() {
            Graph g = graph("Iran/NNP/Iran urged/VBD/urge rebels/NNS/rebel to/TO/to withdraw/VB/withdraw",
                    "nsubj:2:1 root:0:2 obj:2:3 mark:5:4 xcomp:2:5");
            assertThat(role(roles(g), g, 5, AGENT)).isEmpty();
        }
    }

    @Nested
    class ParticipleHead {
        @Test
        void an_active_participle_is_done_by_its_noun_a_passive_one_to_it() {
            Graph g = graph("rebels/NNS/rebel attacking/VBG/attack the/DT/the town/NN/town", "root:0:1 acl:1:2 det:4:3 obj:2:4");
            assertThat(role(roles(g), g, 2, AGENT)).containsExactly("rebels:ParticipleHead");
            Graph h = graph("civilians/NNS/civilian imprisoned/VBN/imprison for/IN/for years/NNS/year",
                    "root:0:1 acl:1:2 case:4:3 obl:for:2:4");
            assertThat(role(roles(h), h, 2, PATIENT)).containsExactly("civilians:ParticipleHead");
        }
    }

    @Nested
    class StatementParticiple {
        @Test
        void a_participle_on_a_statement_is_said_by_its_issuer_and_so_is_its_conjunct() {
            Graph g = graph("Syrsky/NNP/Syrsky issued/VBD/issue a/DT/a response/NN/response thanking/VBG/thank Fedorov/NNP/Fedorov"
                    + " and/CC/and urging/VBG/urge unity/NN/unity",
                    "nsubj:2:1 root:0:2 det:4:3 obj:2:4 dep:4:5 obj:5:6 cc:8:7 conj:and:5:8 obj:8:9");
            Roles r = roles(g);
            assertThat(role(r, g, 5, AGENT)).containsExactly("Syrsky:StatementParticiple");
            assertThat(role(r, g, 8, AGENT)).containsExactly("Syrsky:StatementParticiple");
        }

        @Test
        void the_owner_of_the_statement_says_it() {
            Graph g = graph("the/DT/the ministry/NN/ministry 's/POS/'s statement/NN/statement condemning/VBG/condemn strikes/NNS/strike",
                    "det:2:1 nmod:poss:4:2 case:2:3 root:0:4 acl:4:5 obj:5:6");
            assertThat(role(roles(g), g, 5, AGENT)).containsExactly("statement:ParticipleHead", "ministry:StatementParticiple");
        }

        @Test
        void a_participle_on_a_noun_that_is_no_statement_is_left_to_its_noun() {
            Graph g = graph("Chile/NNP/Chile sent/VBD/send troops/NNS/troop guarding/VBG/guard the/DT/the border/NN/border",
                    "nsubj:2:1 root:0:2 obj:2:3 acl:3:4 det:6:5 obj:4:6");
            assertThat(role(roles(g), g, 4, AGENT)).containsExactly("troops:ParticipleHead");
        }
    }

    @Nested
    class LightVerbSubject {
        @Test
        void talks_held_by_x_with_y_are_xs_with_y() {
            Graph g = graph("Chile/NNP/Chile held/VBD/hold talks/NNS/talk with/IN/with Peru/NNP/Peru",
                    "nsubj:2:1 root:0:2 obj:2:3 case:5:4 obl:with:2:5");
            Roles r = roles(g);
            assertThat(role(r, g, 3, AGENT)).containsExactly("Chile:LightVerbSubject");
            assertThat(r.oblique(2, "with")).containsExactly(4);
        }

        @Test
        void an_event_noun_subject_of_an_intransitive_light_verb_takes_its_place() {
            Graph g = graph("the/DT/the deployment/NN/deployment arrived/VBD/arrive in/IN/in Bosnia/NNP/Bosnia",
                    "det:2:1 nsubj:3:2 root:0:3 case:5:4 obl:in:3:5");
            assertThat(roles(g).oblique(1, "in")).containsExactly(4);
        }
    }

    @Nested
    class NounControl {
        @Test
        void x_s_decision_to_ban_y_is_x_banning_y() {
            Graph g = graph("Russia/NNP/Russia 's/POS/'s decision/NN/decision to/TO/to ban/VB/ban imports/NNS/import",
                    "nmod:poss:3:1 case:1:2 root:0:3 mark:5:4 acl:3:5 obj:5:6");
            Roles r = roles(g);
            assertThat(role(r, g, 5, AGENT)).containsExactly("Russia:NounControl");
            assertThat(role(r, g, 5, PATIENT)).containsExactly("imports:DirectObject");
        }
    }

    @Nested
    class CauseIsAgent {
        @Test
        void those_killed_in_israeli_shelling_were_killed_by_israel() {
            Graph g = graph("children/NNS/child were/VBD/be killed/VBN/kill in/IN/in Israeli/JJ/israeli/MISC"
                    + " shelling/NN/shelling", "nsubj:pass:3:1 aux:pass:3:2 root:0:3 case:6:4 amod:6:5 obl:in:3:6");
            assertThat(role(roles(g), g, 3, AGENT)).containsExactly("Israeli:CauseIsAgent");
        }
    }

    @Nested
    class ToRecipientAndSharedObliques {
        @Test
        void the_to_phrase_of_a_verb_with_an_object_receives() {
            Graph g = graph("Benin/NNP/Benin refused/VBD/refuse admittance/NN/admittance to/IN/to Ghanaians/NNPS/Ghanaian",
                    "nsubj:2:1 root:0:2 obj:2:3 case:5:4 obl:to:2:5");
            assertThat(role(roles(g), g, 2, RECIPIENT)).containsExactly("Ghanaians:ToRecipient");
        }

        @Test
        void a_to_phrase_without_an_object_is_a_destination_not_a_recipient() {
            Graph g = graph("Kim/NNP/Kim travelled/VBD/travel to/IN/to Russia/NNP/Russia", "nsubj:2:1 root:0:2 case:4:3 obl:to:2:4");
            assertThat(role(roles(g), g, 2, RECIPIENT)).isEmpty();
        }

        @Test
        void conjoined_nouns_share_a_prepositional_argument() {
            Graph g = graph("artillery/NN/artillery and/CC/and rocket/NN/rocket fire/NN/fire against/IN/against camps/NNS/camp",
                    "root:0:1 cc:4:2 compound:4:3 conj:and:1:4 case:6:5 nmod:against:1:6");
            assertThat(roles(g).oblique(3, "against")).containsExactly(5);
        }
    }
}
