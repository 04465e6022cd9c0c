package org.herald.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TimeExpression;
import org.herald.model.Token;
import org.herald.testing.Parses;

/**
 * Hand-made annotations for the pipeline's tests, no models: each paragraph one sentence whose
 * tokens are separated by single spaces, written {@code word/TAG/lemma/NER}, with dependencies
 * {@code relation:governor:dependent} numbered from 1 (0 for the root).
 */
final class Fakes {

    /** One sentence: its tagged tokens, its parse, and the words of a date in it (or null). */
    record Parsed(String tokens, String deps, String date, String dateValue) {
    }

    private Fakes() {
    }

    static Parsed s(String tokens, String deps) {
        return new Parsed(tokens, deps, null, null);
    }

    static Parsed s(String tokens, String deps, String date, String value) {
        return new Parsed(tokens, deps, date, value);
    }

    static final Parsed BRAZIL_MET = s(
            "Brazil/NNP/Brazil/LOCATION and/CC/and/O Argentina/NNP/Argentina/LOCATION met/VBD/meet/O in/IN/in/O "
                    + "2015/CD/2015/DATE to/TO/to/O discuss/VB/discuss/O trade/NN/trade/O ./././O",
            "root:0:4 nsubj:4:1 nsubj:xsubj:8:1 cc:3:2 conj:and:1:3 nsubj:4:3 nsubj:xsubj:8:3 case:6:5 obl:in:4:6 mark:8:7 "
                    + "xcomp:4:8 obj:8:9 punct:4:10",
            "2015", "2015");

    static final Parsed FRANCE_NOT_SUPPLY = s(
            "France/NNP/France/LOCATION said/VBD/say/O it/PRP/it/O would/MD/would/O not/RB/not/O supply/VB/supply/O "
                    + "weapons/NNS/weapon/O to/IN/to/O Serbia/NNP/Serbia/LOCATION ./././O",
            "root:0:2 nsubj:2:1 nsubj:6:3 aux:6:4 advmod:6:5 ccomp:2:6 obj:6:7 case:9:8 obl:to:6:9 punct:2:10");

    /** An article of one paragraph per sentence, annotated by hand; {@code published} may be null. */
    static Annotated annotated(ResolvedDate published, Parsed... sentences) {
        Article.Builder b = Article.builder().origin("fake");
        for (Parsed p : sentences) {
            b.paragraph(words(p.tokens()));
        }
        if (published != null) {
            b.published(published, "user");
        }
        Article article = b.build();
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        int at = 0;
        for (int si = 0; si < sentences.length; si++) {
            Parsed p = sentences[si];
            int start = text.indexOf(words(p.tokens()), at);
            List<Token> tokens = new ArrayList<>();
            int cur = start;
            String[] tf = p.tokens().split(" ");
            for (int i = 0; i < tf.length; i++) {
                String[] f = tf[i].split("/", -1);
                tokens.add(new Token(i, new Span(cur, cur + f[0].length()), f[0], f[2], f[1], f[3]));
                cur += f[0].length() + 1;
            }
            out.add(new Sentence(si, new Span(start, cur - 1), si, tokens, true, Parses.dependencies(p.deps())));
            if (p.date() != null) {
                int from = text.indexOf(p.date(), start);
                Span span = new Span(from, from + p.date().length());
                times.add(new TimeExpression(span, p.date(), si, "DATE", p.dateValue(), ResolvedDate.parse(p.dateValue(), span)));
            }
            at = cur;
        }
        return new Annotated(article, out, List.of(), times, List.of());
    }

    private static String words(String tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens.split(" ")) {
            sb.append(sb.isEmpty() ? "" : " ").append(t, 0, t.indexOf('/'));
        }
        return sb.toString();
    }
}
