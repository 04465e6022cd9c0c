package org.herald.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Mention;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * Hand-made annotated articles for tests, without CoreNLP: paragraphs become blocks, a full stop
 * followed by a space ends a sentence, words split as the annotate stage splits them (a
 * possessive 's and punctuation on their own). Words listed as people get the NER tag PERSON.
 */
final class Texts {

    private Texts() {
    }

    static Annotated annotated(String published, Set<String> people, String... paragraphs) {
        return headlined(published, people, null, paragraphs);
    }

    /** The same, with a headline block before the paragraphs (none when null). */
    static Annotated headlined(String published, Set<String> people, String headline, String... paragraphs) {
        Article.Builder b = Article.builder();
        if (headline != null) {
            b.headline(headline);
        }
        for (String p : paragraphs) {
            b.paragraph(p);
        }
        if (published != null) {
            b.published(ResolvedDate.day(LocalDate.parse(published)), "user");
        }
        Article article = b.build();
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        for (int bi = 0; bi < article.blocks().size(); bi++) {
            Block block = article.blocks().get(bi);
            int start = block.span().start();
            int end = block.span().end();
            int s = start;
            for (int i = start; i < end; i++) {
                boolean stop = (text.charAt(i) == '.' || text.charAt(i) == '?' || text.charAt(i) == '!')
                        && (i + 1 == end || text.charAt(i + 1) == ' ') && !abbreviation(text, s, i);
                if (stop) {
                    sentences.add(sentence(text, sentences.size(), bi, s, i + 1, people));
                    s = i + 1;
                    while (s < end && text.charAt(s) == ' ') {
                        s++;
                    }
                    i = s - 1;
                }
            }
            if (s < end) {
                sentences.add(sentence(text, sentences.size(), bi, s, end, people));
            }
        }
        return new Annotated(article, sentences, List.<Mention>of(), List.of(), List.of());
    }

    private static boolean abbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        return word.equals("Mr") || word.equals("Mrs") || word.equals("Dr") || word.contains(".") || word.length() == 1;
    }

    private static Sentence sentence(String text, int index, int block, int start, int end, Set<String> people) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i;
            if (Character.isLetterOrDigit(c)) {
                while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-'
                        || (text.charAt(j) == '.' && j + 1 < end && Character.isLetter(text.charAt(j + 1)))
                        || (text.charAt(j) == '.' && j > i && text.charAt(j - 1) != '.' && text.substring(i, j).matches("([A-Z]\\.)*[A-Z]")))) {
                    j++;
                }
                if (j < end && (text.charAt(j) == '\'' || text.charAt(j) == '\u2019') && j + 1 < end
                        && text.charAt(j + 1) == 's' && (j + 2 == end || !Character.isLetter(text.charAt(j + 2)))) {
                    add(tokens, text, i, j, people);
                    add(tokens, text, j, j + 2, people);
                    i = j + 2;
                    continue;
                }
            } else if ((c == '\'' || c == '\u2019') && i + 1 < end && text.charAt(i + 1) == 's') {
                j = i + 2;
            } else {
                j = i + 1;
            }
            add(tokens, text, i, j, people);
            i = j;
        }
        return new Sentence(index, new Span(start, end), block, tokens, false, List.of());
    }

    private static void add(List<Token> tokens, String text, int a, int b, Set<String> people) {
        String w = text.substring(a, b);
        String pos = w.matches("\\d+") ? "CD" : w.equalsIgnoreCase("he") || w.equalsIgnoreCase("she")
                || w.equalsIgnoreCase("him") ? "PRP" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "";
        tokens.add(new Token(tokens.size(), new Span(a, b), w, w.toLowerCase(), pos, people.contains(w) ? "PERSON" : "O"));
    }

    /** The mention with exactly this text; fails naming what was found when there is none. */
    static org.herald.model.ActorMention mention(java.util.List<org.herald.model.ActorMention> ms, String text) {
        for (org.herald.model.ActorMention m : ms) {
            if (m.text().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no mention '" + text + "' in " + ms.stream().map(m -> m.text() + "=" + m.actor().code()).toList());
    }

    /** The code of the mention with exactly this text, or a message listing what was found. */
    static String codeOf(java.util.List<org.herald.model.ActorMention> ms, String text) {
        for (org.herald.model.ActorMention m : ms) {
            if (m.text().equals(text)) {
                return m.actor().code();
            }
        }
        return "(none for '" + text + "' in " + ms.stream().map(m -> m.text() + "=" + m.actor().code()).toList() + ")";
    }
}
