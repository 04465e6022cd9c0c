package org.herald.annotate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.herald.model.Dependency;
import org.herald.model.Span;
import org.herald.model.Token;
import org.junit.jupiter.api.Test;

/** The parse repairs on parses written as CoreNLP gives them: tokens "word/TAG/lemma", arcs "rel:gov:dep" from 1. */
class ParseRepairsTest {

    private static List<Token> tokens(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : spec.split(" ")) {
            String[] f = t.split("/");
            out.add(new Token(out.size(), new Span(at, at + f[0].length()), f[0], f[2], f[1], "O"));
            at += f[0].length() + 1;
        }
        return out;
    }

    private static List<Dependency> deps(String spec) {
        List<Dependency> out = new ArrayList<>();
        for (String d : spec.split(" ")) {
            int c2 = d.lastIndexOf(':');
            int c1 = d.lastIndexOf(':', c2 - 1);
            out.add(new Dependency(d.substring(0, c1), Integer.parseInt(d.substring(c1 + 1, c2)) - 1,
                    Integer.parseInt(d.substring(c2 + 1)) - 1));
        }
        return out;
    }

    private static List<String> arcs(List<Dependency> ds) {
        return ds.stream().map(d -> d.relation() + ":" + (d.governor() + 1) + ":" + (d.dependent() + 1)).toList();
    }

    @Test
    void a_reduced_relative_read_as_a_clausal_subject_becomes_a_modifier_of_the_passive_subject() {
        List<Token> t = tokens("The/DT/the activists/NNS/activist jailed/VBN/jail for/IN/for insulting/VBG/insult"
                + " the/DT/the king/NN/king were/VBD/be pardoned/VBN/pardon by/IN/by Ilves/NNP/Ilves ./././");
        List<String> out = arcs(ParseRepairs.repair(t, deps("det:2:1 nsubj:3:2 csubj:pass:9:3 case:5:4 obl:for:3:5 det:7:6"
                + " obj:5:7 aux:pass:9:8 root:0:9 case:11:10 obl:agent:9:11 punct:9:12")));
        assertThat(out).contains("nsubj:pass:9:2", "acl:2:3").doesNotContain("csubj:pass:9:3", "nsubj:3:2");
    }

    @Test
    void a_participle_read_as_a_small_clause_leaves_its_noun_as_the_object() {
        List<Token> t = tokens("Estonia/NNP/Estonia released/VBD/release the/DT/the blogger/NN/blogger jailed/VBN/jail"
                + " since/IN/since 2019/CD/2019 ./././");
        List<String> out = arcs(ParseRepairs.repair(t, deps("nsubj:2:1 root:0:2 det:4:3 nsubj:5:4 xcomp:2:5 case:7:6"
                + " obl:since:5:7 punct:2:8")));
        assertThat(out).contains("obj:2:4", "acl:4:5").doesNotContain("xcomp:2:5");
    }

    @Test
    void an_object_hung_from_the_day_before_it_is_the_verbs_object() {
        List<Token> t = tokens("Lithuania/NNP/Lithuania rejected/VBD/reject Friday/NNP/Friday a/DT/a Polish/NNP/Polish"
                + " offer/NN/offer ./././");
        List<String> out = arcs(ParseRepairs.repair(t, deps("nsubj:2:1 root:0:2 obl:tmod:2:3 det:6:4 compound:6:5 dep:3:6 punct:2:7")));
        assertThat(out).contains("obj:2:6").doesNotContain("dep:3:6");
    }

    @Test
    void a_trailing_verb_of_saying_gets_its_speaker_back_from_the_object() {
        List<Token> t = tokens("The/DT/the Kurds/NNPS/Kurd reject/VBP/reject Turkish/JJ/Turkish changes/NNS/change ,/,/,"
                + " negotiator/NN/negotiator Demir/NNP/Demir said/VBD/say ./././");
        List<String> out = arcs(ParseRepairs.repair(t, deps("det:2:1 nsubj:3:2 root:0:3 amod:5:4 nsubj:9:5 punct:5:6"
                + " compound:8:7 appos:5:8 ccomp:3:9 punct:3:10")));
        assertThat(out).contains("obj:3:5", "parataxis:3:9", "nsubj:9:8").doesNotContain("ccomp:3:9", "nsubj:9:5");
    }

    @Test
    void a_parse_with_nothing_to_repair_is_left_as_it_is() {
        List<Token> t = tokens("France/NNP/France supplied/VBD/supply weapons/NNS/weapon ./././");
        List<Dependency> d = deps("nsubj:2:1 root:0:2 obj:2:3 punct:2:4");
        assertThat(ParseRepairs.repair(t, d)).isEqualTo(d);
    }

    private static final String[] RELS = {"nsubj", "obj", "csubj", "csubj:pass", "xcomp", "dep", "obl:tmod", "ccomp",
        "appos", "aux", "aux:pass", "root", "acl", "nsubj:pass"};
    private static final String[] WORDS = {"said/VBD/say", "jailed/VBN/jail", "men/NNS/man", "Friday/NNP/Friday",
        "freed/VBD/free", "offer/NN/offer", "the/DT/the"};

    @Property(tries = 300)
    void random_parses_are_repaired_without_failing_and_with_arcs_inside_the_sentence(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        Random r = new Random(seed);
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < n; i++) {
            spec.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        List<Token> t = tokens(spec.toString());
        List<Dependency> d = new ArrayList<>();
        for (int k = r.nextInt(2 * n + 1); k > 0; k--) {
            d.add(new Dependency(RELS[r.nextInt(RELS.length)], r.nextInt(n + 1) - 1, r.nextInt(n)));
        }
        List<Dependency> out = ParseRepairs.repair(t, d);
        assertThat(out).allMatch(x -> x.governor() >= -1 && x.governor() < n && x.dependent() >= 0 && x.dependent() < n);
        assertThat(ParseRepairs.repair(t, d)).isEqualTo(out);
    }
}
