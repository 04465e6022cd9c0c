package org.herald.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Mention;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * Hand-made annotation for unit tests, with no CoreNLP: a naive sentence splitter and tokenizer,
 * and a tagger that knows the function words and the few content words the tests use. Enough to
 * exercise the quote reader; accuracy on real text is measured by the integration tests.
 */
final class Docs {

    private static final Pattern TOKEN = Pattern.compile("[’']s\\b|\\p{L}+(?:[’'-](?!s\\b)\\p{L}+)*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’']?(?=\\s+[“\"‘'\\p{Lu}])");

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("this", "DT"),
            Map.entry("both", "DT"), Map.entry("these", "DT"),
            Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("it", "PRP"), Map.entry("they", "PRP"),
            Map.entry("we", "PRP"), Map.entry("i", "PRP"), Map.entry("him", "PRP"), Map.entry("them", "PRP"),
            Map.entry("his", "PRP$"), Map.entry("its", "PRP$"), Map.entry("their", "PRP$"), Map.entry("her", "PRP$"),
            Map.entry("of", "IN"), Map.entry("for", "IN"), Map.entry("on", "IN"), Map.entry("in", "IN"),
            Map.entry("at", "IN"), Map.entry("by", "IN"), Map.entry("from", "IN"), Map.entry("with", "IN"),
            Map.entry("about", "IN"), Map.entry("after", "IN"), Map.entry("that", "IN"), Map.entry("to", "TO"),
            Map.entry("according", "VBG"), Map.entry("and", "CC"), Map.entry("but", "CC"), Map.entry("or", "CC"),
            Map.entry("will", "MD"), Map.entry("would", "MD"), Map.entry("could", "MD"), Map.entry("can", "MD"),
            Map.entry("is", "VBZ"), Map.entry("has", "VBZ"), Map.entry("was", "VBD"), Map.entry("were", "VBD"),
            Map.entry("had", "VBD"), Map.entry("are", "VBP"), Map.entry("have", "VBP"), Map.entry("been", "VBN"),
            Map.entry("also", "RB"), Map.entry("not", "RB"), Map.entry("later", "RB"), Map.entry("today", "NN"),
            Map.entry("official", "JJ"), Map.entry("new", "JJ"), Map.entry("ready", "JJ"), Map.entry("local", "JJ"),
            Map.entry("posted", "VBN"), Map.entry("plans", "VBZ"), Map.entry("arrived", "VBD"),
            Map.entry("anticipates", "VBZ"), Map.entry("wants", "VBZ"), Map.entry("met", "VBD"),
            Map.entry("expected", "VBN"), Map.entry("committed", "VBN"), Map.entry("going", "VBG"));
    private static final Set<String> REPORTING = Set.of("said", "told", "claimed", "stated", "added", "announced",
            "warned", "insisted", "confirmed", "denied", "reported", "wrote", "called", "says", "saying");
    private static final Set<String> PEOPLE = Set.of("Peskov", "Dmitry", "Maria", "Ivanova", "Anna", "Berg", "Tom",
            "Hale", "Putin", "Kim", "Lena", "Ortiz");
    private static final Set<String> ORGS = Set.of("Kremlin", "Pentagon", "Agency", "Ministry", "Reuters");

    private Docs() {
    }

    /** An article of a headline and paragraphs, annotated by the naive tagger. */
    static Annotated annotate(String headline, String... paragraphs) {
        Article.Builder b = Article.builder().headline(headline);
        for (String p : paragraphs) {
            b.paragraph(p);
        }
        return annotate(b.build());
    }

    static Annotated annotate(Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int bi = 0; bi < article.blocks().size(); bi++) {
            Block block = article.blocks().get(bi);
            int s = block.span().start();
            Matcher end = SENTENCE_END.matcher(text).region(s, block.span().end());
            List<Span> spans = new ArrayList<>();
            while (end.find()) {
                spans.add(new Span(s, end.end()));
                s = end.end();
                while (s < block.span().end() && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
            }
            if (s < block.span().end()) {
                spans.add(new Span(s, block.span().end()));
            }
            for (Span span : spans) {
                int index = sentences.size();
                List<Token> tokens = tokens(text, span);
                sentences.add(new Sentence(index, span, bi, tokens, false, List.of()));
                mentions.addAll(mentions(text, index, tokens));
            }
        }
        return new Annotated(article, sentences, mentions, List.of(), List.of());
    }

    private static List<Token> tokens(String text, Span span) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(span.start(), span.end());
        String previousTag = "";
        while (m.find()) {
            String w = m.group();
            String tag = tag(w, out.isEmpty(), previousTag);
            String ner = PEOPLE.contains(w) ? "PERSON" : ORGS.contains(w) ? "ORGANIZATION" : "O";
            out.add(new Token(out.size(), new Span(m.start(), m.end()), w, w.toLowerCase(), tag, ner));
            previousTag = tag;
        }
        return out;
    }

    private static String tag(String w, boolean first, String previousTag) {
        String l = w.toLowerCase();
        if (l.equals("’s") || l.equals("'s")) {
            return "POS";
        }
        if (!Character.isLetterOrDigit(w.charAt(0))) {
            return "“‘\"".contains(w) ? "``" : "”’'".contains(w) ? "''" : w;
        }
        if (Character.isDigit(w.charAt(0))) {
            return "CD";
        }
        if (REPORTING.contains(l)) {
            return l.endsWith("s") ? "VBZ" : l.endsWith("ing") ? "VBG" : "VBD";
        }
        String known = TAGS.get(l);
        if (known != null && !(Character.isUpperCase(w.charAt(0)) && !first)) {
            return known;
        }
        if (Character.isUpperCase(w.charAt(0))) {
            return "NNP";
        }
        if (previousTag.equals("MD") || previousTag.equals("TO")) {
            return "VB";
        }
        if (l.endsWith("ly")) {
            return "RB";
        }
        if (l.endsWith("ed")) {
            return "VBD";
        }
        if (l.endsWith("ing")) {
            return "VBG";
        }
        return l.endsWith("s") && !l.endsWith("ss") ? "NNS" : "NN";
    }

    private static List<Mention> mentions(String text, int sentence, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            if (ner.equals("O")) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
                j++;
            }
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
            out.add(new Mention(span, span.of(text), ner, sentence, i, j));
            i = j;
        }
        return out;
    }

    /** Actor mentions for every occurrence of each name in the text, as the actors stage would give. */
    static List<ActorMention> actors(Annotated doc, Map<String, String> codes) {
        List<ActorMention> out = new ArrayList<>();
        String text = doc.text();
        for (Map.Entry<String, String> e : codes.entrySet()) {
            int at = text.indexOf(e.getKey());
            while (at >= 0) {
                Span span = new Span(at, at + e.getKey().length());
                int sentence = -1;
                for (Sentence s : doc.sentences()) {
                    if (s.span().contains(span)) {
                        sentence = s.index();
                    }
                }
                String code = e.getValue();
                out.add(new ActorMention(span, e.getKey(), sentence,
                        Actor.of(code.substring(0, 3), code.length() > 3 ? List.of(code.substring(3)) : List.of(), null),
                        "name"));
                at = text.indexOf(e.getKey(), at + 1);
            }
        }
        return out;
    }
}
