package org.herald.events.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Annotated;
import org.herald.model.Sentence;
import org.herald.model.Token;

/**
 * What an article is about: news (politics, war, the state: what event coding is for) or one of
 * the domains whose words give violent verbs other senses and whose countries are teams and
 * markets (sport, entertainment, technology, business). An article is of a domain when it uses at
 * least {@link #MIN_WORDS} distinct words of the domain ({@code senses.txt}) and more than of the
 * political words; else it is news. Calibrated on the tune part of bbc-news, whose articles carry
 * their section: docs/events.md gives the figures.
 */
public enum ArticleDomain {
    NEWS, SPORT, ENTERTAINMENT, TECHNOLOGY, BUSINESS;

    /** Fewest distinct words of a domain that make an article of it. */
    public static final int MIN_WORDS = 4;

    public static ArticleDomain of(Annotated doc, SenseWords words) {
        Map<ArticleDomain, Set<String>> seen = new EnumMap<>(ArticleDomain.class);
        Set<String> political = new HashSet<>();
        for (ArticleDomain d : values()) {
            seen.put(d, new HashSet<>());
        }
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String l = (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
                for (ArticleDomain d : values()) {
                    if (d != NEWS && words.is(d.kind(), l)) {
                        seen.get(d).add(l);
                    }
                }
                if (words.is(SenseWords.Kind.POLITICAL, l)) {
                    political.add(l);
                }
            }
        }
        ArticleDomain best = NEWS;
        int most = 0;
        for (ArticleDomain d : values()) {
            int n = seen.get(d).size();
            if (d != NEWS && n > most) {
                best = d;
                most = n;
            }
        }
        return most >= MIN_WORDS && most > political.size() ? best : NEWS;
    }

    private SenseWords.Kind kind() {
        return switch (this) {
            case SPORT -> SenseWords.Kind.DOMAIN_SPORT;
            case ENTERTAINMENT -> SenseWords.Kind.DOMAIN_ENTERTAINMENT;
            case TECHNOLOGY -> SenseWords.Kind.DOMAIN_TECHNOLOGY;
            case BUSINESS -> SenseWords.Kind.DOMAIN_BUSINESS;
            case NEWS -> SenseWords.Kind.POLITICAL;
        };
    }
}
