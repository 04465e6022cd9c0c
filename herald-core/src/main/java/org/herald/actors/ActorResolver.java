package org.herald.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.actors.internal.KbReader;
import org.herald.actors.internal.KnowledgeBase;
import org.herald.actors.internal.PetrarchReader;
import org.herald.actors.internal.Resolution;
import org.herald.model.Actor;
import org.herald.model.ActorMention;
import org.herald.model.Annotated;
import org.herald.model.Once;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.Token;

/**
 * Finds who is who: resolves the actor mentions of an annotated article to CAMEO-style codes
 * (country + roles: {@code PRKGOV}, {@code USAMIL}, {@code KORMED}, {@code IGOUNO}).
 *
 * <p>Reads an {@link Annotated} article: its sentences' tokens (words, and the NER tag
 * {@code PERSON} for names not in the base) and the article's publication date, which picks the
 * office a person held. Produces {@link ActorMention}s in text order, each spanning the whole
 * phrase it was read from ("North Korean leader Kim Jong Un" is one mention, coded as the person;
 * "the Russian military" is one). A phrase with coordinated countries ("Hungarian and Romanian
 * officials") gives one mention per country over the same span, and so does "the two leaders".
 * An actor of unknown country (an official the base does not know, "the opposition") takes the
 * one country its sentence names, or the country the article is mostly about ({@code how} =
 * {@code context}); see {@code docs/actors.md}.
 *
 * <p>Assumes the knowledge base in {@code org/herald/actors/*.kb} (format: {@code docs/actors.md}),
 * plus any files the user adds; a bad file fails the load with its name and line. A resolver is
 * immutable once built and safe to share between threads.
 */
public final class ActorResolver {

    /** The built-in knowledge base files, in load order. */
    public static final List<String> BUILT_IN = List.of("countries.kb", "regions.kb", "organisations.kb",
            "roles.kb", "people.kb");

    private static final Once<ActorResolver> SHARED = Once.of(() -> {
        try {
            return load(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in actor knowledge base is broken", e);
        }
    });

    private final KnowledgeBase kb;

    private ActorResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The built-in knowledge base, loaded once per JVM. */
    public static ActorResolver shared() {
        return SHARED.get();
    }

    /**
     * The built-in base plus the user's files, in order; later entries win over earlier ones when
     * all else is equal. A file whose name contains {@code .actors} or {@code .agents} is read as
     * a PETRARCH/TABARI dictionary; any other in Herald's format.
     */
    public static ActorResolver load(List<Path> userFiles) throws IOException {
        KnowledgeBase kb = new KnowledgeBase();
        for (String name : BUILT_IN) {
            try (InputStream in = ActorResolver.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("missing resource org/herald/actors/" + name);
                }
                KbReader.read(name, reader(in), kb);
            }
        }
        for (Path p : userFiles) {
            try (BufferedReader in = reader(Files.newInputStream(p))) { // bytes that are not UTF-8 read as U+FFFD
                read(p.toString(), in, kb);
            }
        }
        return new ActorResolver(kb);
    }

    /**
     * Reads one knowledge-base file on its own, without the built-in base, as {@link #load} would
     * read it: to check a dictionary (and to fuzz the readers). Returns how many records were
     * skipped; a file Herald cannot use at all is an {@link IOException} naming it and the line.
     */
    public static int check(String name, BufferedReader in) throws IOException {
        return read(name, in, new KnowledgeBase());
    }

    private static int read(String name, BufferedReader in, KnowledgeBase kb) throws IOException {
        String file = name.toLowerCase(java.util.Locale.ROOT);
        if (file.contains(".actors")) {
            return PetrarchReader.readActors(name, in, kb);
        }
        if (file.contains(".agents")) {
            return PetrarchReader.readAgents(name, in, kb);
        }
        KbReader.read(name, in, kb);
        return 0;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** How many records the base holds. */
    public int size() {
        return kb.records();
    }

    /** The actor mentions of an article, in text order. */
    public List<ActorMention> resolve(Annotated article) {
        LocalDate date = article.article().published() == null ? null : article.article().published().firstDay();
        return new Resolution(kb, article.text(), date).run(article.sentences(), article.article().blocks());
    }

    /**
     * The actor a short phrase stands for on a date ("Putin", "the Kremlin", "South Korean
     * media", "North Korea's foreign minister"), or null when the base does not know it. For other
     * stages that hold words without a parse (quote speakers, attributions). A null date means
     * "now": offices still held win.
     */
    public Actor lookup(String text, LocalDate date) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Sentence s = tokenize(text);
        List<ActorMention> found = new Resolution(kb, text, date).run(List.of(s));
        ActorMention best = null;
        for (ActorMention m : found) {
            if (best == null || m.span().length() > best.span().length()) {
                best = m;
            }
        }
        return best == null ? null : best.actor();
    }

    /** Words of a short phrase, split as the annotate stage would split names. */
    private static Sentence tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int a = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int b = i;
            while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
                add(tokens, text, a, a + 1);
                a++;
            }
            List<int[]> tail = new ArrayList<>();
            while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1)) && text.charAt(b - 1) != '.') {
                tail.add(0, new int[] {b - 1, b});
                b--;
            }
            if (b - a > 2 && (text.charAt(b - 2) == '\'' || text.charAt(b - 2) == '\u2019')
                    && (text.charAt(b - 1) == 's' || text.charAt(b - 1) == 'S')) {
                add(tokens, text, a, b - 2);
                add(tokens, text, b - 2, b);
            } else if (b > a) {
                add(tokens, text, a, b);
            }
            for (int[] t : tail) {
                add(tokens, text, t[0], t[1]);
            }
        }
        return new Sentence(0, new Span(0, text.length()), 0, tokens, false, List.of());
    }

    private static void add(List<Token> tokens, String text, int a, int b) {
        String w = text.substring(a, b);
        tokens.add(new Token(tokens.size(), new Span(a, b), w, w, "", "O"));
    }

    /** The first mention that covers a token of a sentence, or null. */
    public static ActorMention at(List<ActorMention> mentions, Sentence sentence, int tokenIndex) {
        Span t = sentence.tokens().get(tokenIndex).span();
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence.index() && m.span().overlaps(t)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Which sentences hold at least {@code min} actor mentions: a filter for
     * {@code Annotator.parse}, so that only sentences that can hold an event get parsed.
     */
    public static java.util.function.Predicate<Sentence> withActors(List<ActorMention> mentions, int min) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (ActorMention m : mentions) {
            counts.merge(m.sentence(), 1, Integer::sum);
        }
        return s -> counts.getOrDefault(s.index(), 0) >= min;
    }

    /** Every mention that overlaps a span (coordinated phrases give several over one span). */
    public static List<ActorMention> overlapping(List<ActorMention> mentions, Span span) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.span().overlaps(span)) {
                out.add(m);
            }
        }
        return out;
    }
}
