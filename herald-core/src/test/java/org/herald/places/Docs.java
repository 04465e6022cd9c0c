package org.herald.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Dependency;
import org.herald.model.Mention;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * Hand-made annotated articles for tests: sentences of {@code word/TAG} tokens joined by spaces,
 * entity mentions marked as {@code [TYPE words]}, and optional dependencies.
 */
final class Docs {

    private final List<String> sentences = new ArrayList<>();
    private final List<List<Dependency>> deps = new ArrayList<>();

    /** Adds a sentence such as {@code "Talks/NNS in/IN [LOCATION Paris/NNP] ./."}. */
    Docs sentence(String marked, Dependency... dependencies) {
        sentences.add(marked);
        deps.add(List.of(dependencies));
        return this;
    }

    Annotated build() {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            if (si > 0) {
                text.append(' ');
            }
            int sentStart = text.length();
            List<Token> tokens = new ArrayList<>();
            String type = null;
            int mStart = -1;
            int mTok = -1;
            for (String piece : sentences.get(si).split("\\s+")) {
                if (piece.startsWith("[")) {
                    type = piece.substring(1);
                    continue;
                }
                boolean close = piece.endsWith("]");
                String wt = close ? piece.substring(0, piece.length() - 1) : piece;
                int slash = wt.lastIndexOf('/');
                String word = wt.substring(0, slash);
                String tag = wt.substring(slash + 1);
                if (text.length() > sentStart) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                if (type != null && mStart < 0) {
                    mStart = start;
                    mTok = tokens.size();
                }
                tokens.add(new Token(tokens.size(), new Span(start, text.length()), word, word.toLowerCase(Locale.ROOT),
                        tag, type == null ? "O" : type));
                if (close) {
                    Span span = new Span(mStart, text.length());
                    mentions.add(new Mention(span, span.of(text.toString()), type, si, mTok, tokens.size()));
                    type = null;
                    mStart = -1;
                }
            }
            out.add(new Sentence(si, new Span(sentStart, text.length()), 0, tokens, !deps.get(si).isEmpty(), deps.get(si)));
        }
        Article a = Article.builder().paragraph(text.toString()).build();
        return new Annotated(a, out, mentions, List.of(), List.of());
    }
}
