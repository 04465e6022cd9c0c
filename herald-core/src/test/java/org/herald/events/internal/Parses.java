package org.herald.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Dependency;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * Hand-made parses for the rules' unit tests: tokens as {@code word/TAG/lemma} (or
 * {@code word/TAG/lemma/NER}), separated by spaces, and arcs as {@code relation:governor:dependent}
 * with tokens counted from 1 (0 for the root), as CoreNLP's enhanced++ parser gives them.
 */
final class Parses {

    private Parses() {
    }

    static Graph graph(String tokens, String arcs) {
        List<Token> ts = new ArrayList<>();
        int at = 0;
        for (String t : tokens.split(" ")) {
            String[] f = t.split("/");
            ts.add(new Token(ts.size(), new Span(at, at + f[0].length()), f[0], f[2], f[1], f.length > 3 ? f[3] : "O"));
            at += f[0].length() + 1;
        }
        List<Dependency> ds = new ArrayList<>();
        for (String d : arcs.split(" ")) {
            int c2 = d.lastIndexOf(':');
            int c1 = d.lastIndexOf(':', c2 - 1);
            ds.add(new Dependency(d.substring(0, c1), Integer.parseInt(d.substring(c1 + 1, c2)) - 1,
                    Integer.parseInt(d.substring(c2 + 1)) - 1));
        }
        return new Graph(new Sentence(0, new Span(0, at - 1), 0, ts, true, ds));
    }

    /** The roles of a hand-made parse, by the standard lexicon's and cues' rules in order. */
    static Roles roles(Graph g) {
        CameoTable table = CameoTable.standard();
        return Roles.of(g, Rules.roles(Lexicon.standard(table), Cues.standard()));
    }

    /** A role of a token (counted from 1) as "word:Rule" strings, in order. */
    static List<String> role(Roles r, Graph g, int token, Roles.Role role) {
        List<String> out = new ArrayList<>();
        for (Roles.Filler f : r.fillers(token - 1, role)) {
            out.add(g.token(f.head()).word() + ":" + f.rule());
        }
        return out;
    }
}
