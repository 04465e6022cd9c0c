package org.herald.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.herald.model.Annotated;
import org.herald.annotate.internal.RelativeDates;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.CalendarWords;
import org.herald.annotate.internal.HeadlineVerbs;
import org.herald.annotate.internal.ParseRepairs;
import org.herald.model.Dependency;
import org.herald.model.Mention;
import org.herald.model.Once;
import org.herald.model.ResolvedDate;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.model.TimeExpression;
import org.herald.model.Token;

/**
 * The annotate stage, and the only code in Herald that touches CoreNLP.
 *
 * <p>Reads an {@link Article}; produces sentences (never across a block: the canonical text
 * separates blocks with a blank line and CoreNLP is told a blank line ends a sentence), tokens with
 * lemma, POS and named-entity tag, entity mentions, time expressions normalised against the
 * article's publication date by SUTime (which picks the nearest such day: choosing by the tense of
 * the sentence is the times stage's work), and dependency parses.
 *
 * <p>It spends CoreNLP's time only where later stages can use it. Measured on this machine (see
 * BENCHMARKS.md), the default {@code ner} is 90% of a plain pipeline's cost, most of it the
 * fine-grained regexner and SUTime. So entities come from one CRF model; SUTime runs only on
 * sentences with a date word in them; and only candidate sentences, those that name an entity and
 * have a verb or noun, are parsed: a sentence with no actor in it cannot hold an event.
 *
 * <p>Build it once per JVM ({@link #shared()}); it is safe to use from several threads.
 */
public final class Annotator {

    /** Which CoreNLP work to do; {@link #DEFAULTS} is what Herald runs. */
    public record Settings(String nerModels, boolean timesEverywhere, boolean parseEverything) {
        public static final Settings DEFAULTS = new Settings(
                "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", false, false);
    }

    /** Words that are a date on their own, besides weekdays and capitalised months ({@link CalendarWords}). */
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of(
            "today", "tonight", "yesterday", "tomorrow", "ago", "christmas", "easter", "ramadan");
    /** Periods that are a date only after a deictic word: "last week", "this year", "the coming days". */
    private static final java.util.Set<String> PERIODS = java.util.Set.of(
            "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "century",
            "quarter", "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night");
    private static final java.util.Set<String> DEICTIC = java.util.Set.of(
            "last", "next", "this", "coming", "past", "previous", "following", "earlier", "later", "same", "that");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?:1[89]|20)\\d\\d(?:s|-\\d\\d(?:-\\d\\d)?)?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|'\\d\\d");
    /** Tokens on either side of a date word that SUTime sees: enough for "on the morning of 3 May 2019". */
    private static final int TIME_WINDOW = 6;

    /** Lemmas that can stand for an actor named elsewhere ("he said", "the two leaders met"). */
    private static final java.util.Set<String> REFERRING = java.util.Set.of(
            "he", "she", "they", "we", "leader", "president", "minister", "official", "government",
            "troops", "army", "military", "police", "force", "rebel", "militant", "protester", "dictator",
            "delegation", "side", "country", "nation", "spokesman", "spokeswoman", "spokesperson");

    private static final Once<Annotator> SHARED = Once.of(() -> new Annotator(Settings.DEFAULTS));

    /** Nanoseconds spent in each CoreNLP step since load, for benchmarks to report where time goes. */
    public record Timings(long tagNanos, long timeNanos, long parseNanos, long sentences, long timed, long parsed) {
        /** What was spent between an earlier reading and this one. */
        public Timings since(Timings before) {
            return new Timings(tagNanos - before.tagNanos, timeNanos - before.timeNanos, parseNanos - before.parseNanos,
                    sentences - before.sentences, timed - before.timed, parsed - before.parsed);
        }
    }

    private final java.util.concurrent.atomic.LongAdder tagNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder timeNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder parseNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder sentenceCount = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder timedCount = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder parsedCount = new java.util.concurrent.atomic.LongAdder();

    private final Settings settings;
    private final StanfordCoreNLP tagger;
    private final TimeAnnotator times;
    private final DependencyParseAnnotator parser;

    private Annotator(Settings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", settings.nerModels());
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // the three models load at once: on a machine with cores to spare, start-up takes the
        // longest of them instead of their sum (BENCHMARKS.md, "Start-up")
        java.util.concurrent.CompletableFuture<TimeAnnotator> t = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new TimeAnnotator("sutime", new Properties()));
        java.util.concurrent.CompletableFuture<DependencyParseAnnotator> d = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new DependencyParseAnnotator(new Properties()));
        this.tagger = new StanfordCoreNLP(p);
        this.times = t.join();
        this.parser = d.join();
    }

    /** Herald's annotator with its default settings, loaded on first use, once per JVM. */
    public static Annotator shared() {
        return SHARED.get();
    }

    /** A separate annotator with other settings (for measurements); costs a model load. */
    public static Annotator create(Settings settings) {
        return new Annotator(settings);
    }

    public Timings timings() {
        return new Timings(tagNanos.sum(), timeNanos.sum(), parseNanos.sum(), sentenceCount.sum(), timedCount.sum(),
                parsedCount.sum());
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Annotates an article and parses its candidate sentences (see the class comment). Relative
     * dates resolve against its publication date, when known.
     */
    public Annotated annotate(Article article) {
        return annotate(article, true);
    }

    /**
     * Annotates an article without parsing any sentence: for callers that choose what to parse
     * from what later stages found ({@link #parse}).
     */
    public Annotated tag(Article article) {
        return annotate(article, false);
    }

    /**
     * Parses the sentences of an annotation that {@code which} accepts and that are not parsed
     * yet; everything else is kept as it is.
     */
    public Annotated parse(Annotated annotated, java.util.function.Predicate<Sentence> which) {
        List<Sentence> sentences = new ArrayList<>(annotated.sentences());
        List<CoreMap> maps = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.parsed() && which.test(s)) {
                maps.add(coreMap(s));
                indexes.add(s.index());
            }
        }
        if (maps.isEmpty()) {
            return annotated;
        }
        long t0 = System.nanoTime();
        parser.annotate(subset(annotated.text(), maps, null));
        parsedCount.add(maps.size());
        parseNanos.add(System.nanoTime() - t0);
        for (int k = 0; k < maps.size(); k++) {
            Sentence s = sentences.get(indexes.get(k));
            SemanticGraph g = maps.get(k).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) {
                sentences.set(s.index(), new Sentence(s.index(), s.span(), s.block(), s.tokens(), true,
                        ParseRepairs.repair(s.tokens(), dependencies(g))));
            }
        }
        return new Annotated(annotated.article(), sentences, annotated.mentions(), annotated.times(), annotated.notes());
    }

    /** A sentence of Herald's back in CoreNLP's form, with what the parser reads: words and tags. */
    private static CoreMap coreMap(Sentence s) {
        List<CoreLabel> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            CoreLabel c = new CoreLabel();
            c.setWord(t.word());
            c.setValue(t.word());
            c.setOriginalText(t.word());
            c.setTag(t.pos());
            c.setLemma(t.lemma());
            c.setNER(t.ner());
            c.setBeginPosition(t.span().start());
            c.setEndPosition(t.span().end());
            c.setIndex(t.index() + 1);
            c.setSentIndex(s.index());
            tokens.add(c);
        }
        CoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
        m.set(CoreAnnotations.TokensAnnotation.class, tokens);
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.span().start());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.span().end());
        return m;
    }

    private Annotated annotate(Article article, boolean parseCandidates) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        ResolvedDate published = article.published();
        String docDate = published == null ? null : published.firstDay().toString();
        if (docDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        long t0 = System.nanoTime();
        tagger.annotate(doc);
        long t1 = System.nanoTime();
        tagNanos.add(t1 - t0);
        List<CoreMap> cSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : cSentences) {
            headlineVerb(article.blocks(), s);
        }

        List<CoreMap> timed = new ArrayList<>();
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap s : cSentences) {
            timed.addAll(settings.timesEverywhere() ? List.of(s) : dateWindows(s));
            if (parseCandidates && (settings.parseEverything() || isCandidate(s))) {
                toParse.add(s);
            }
        }
        List<TimeExpression> timeExpressions = new ArrayList<>();
        if (!timed.isEmpty()) {
            Annotation sub = subset(text, timed, docDate);
            times.annotate(sub);
            timedCount.add(timed.stream().mapToInt(w -> w.get(CoreAnnotations.TokensAnnotation.class).size()).sum());
            List<CoreMap> timexes = sub.get(TimeAnnotations.TimexAnnotations.class);
            if (timexes != null) {
                for (CoreMap tx : timexes) {
                    timeExpressions.add(timeExpression(text, tx, cSentences, published));
                }
            }
        }
        long t2 = System.nanoTime();
        timeNanos.add(t2 - t1);
        if (!toParse.isEmpty()) {
            parser.annotate(subset(text, toParse, docDate));
            parsedCount.add(toParse.size());
        }
        parseNanos.add(System.nanoTime() - t2);
        sentenceCount.add(cSentences.size());

        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int i = 0; i < cSentences.size(); i++) {
            CoreMap s = cSentences.get(i);
            List<CoreLabel> cTokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(cTokens.size());
            for (int k = 0; k < cTokens.size(); k++) {
                CoreLabel t = cTokens.get(k);
                tokens.add(new Token(k, new Span(t.beginPosition(), t.endPosition()), t.originalText(),
                        t.lemma(), t.tag(), t.ner() == null ? "O" : t.ner()));
            }
            Span span = new Span(cTokens.get(0).beginPosition(), cTokens.get(cTokens.size() - 1).endPosition());
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            List<Dependency> deps = g == null ? List.of() : ParseRepairs.repair(tokens, dependencies(g));
            sentences.add(new Sentence(i, span, blockOf(blocks, span.start()), tokens, g != null, deps));
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms != null) {
                for (CoreMap m : ms) {
                    mentions.add(mention(text, m, i, cTokens));
                }
            }
        }
        // Tokens inside a time expression carry its type, as CoreNLP's own ner would have set.
        List<Sentence> withTimes = timeExpressions.isEmpty() ? sentences : markTimes(sentences, timeExpressions);
        List<String> notes = new ArrayList<>();
        if (published == null) {
            notes.add("publication date unknown: relative dates are left unresolved");
        }
        return new Annotated(article, withTimes, mentions, timeExpressions, notes);
    }

    /**
     * The stretches of a sentence around its date words, as pseudo-sentences for SUTime: its
     * pattern matching costs time in proportion to the tokens it sees, and most tokens of news
     * are nowhere near a date.
     */
    private static List<CoreMap> dateWindows(CoreMap s) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (isDateCue(tokens, k)) {
                int a = Math.max(0, k - TIME_WINDOW);
                int b = Math.min(tokens.size(), k + TIME_WINDOW + 1);
                if (from >= 0 && a <= to) {
                    to = b;
                } else {
                    if (from >= 0) {
                        out.add(window(tokens, from, to));
                    }
                    from = a;
                    to = b;
                }
            }
        }
        if (from >= 0) {
            out.add(window(tokens, from, to));
        }
        return out;
    }

    /** A month word written as a name ("May", "Sept"), not the modal verb "may". */
    private static boolean isMonth(String w) {
        return CalendarWords.month(w) != null && Character.isUpperCase(w.charAt(0))
                && w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isDateCue(List<CoreLabel> tokens, int k) {
        String w = tokens.get(k).word();
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (DATE_WORDS.contains(lower) || CalendarWords.weekday(lower) != null || isMonth(w)
                || NUMERIC_DATE.matcher(w).matches()) {
            return true;
        }
        if (PERIODS.contains(lower)) {
            for (int j = Math.max(0, k - 2); j < k; j++) {
                if (DEICTIC.contains(tokens.get(j).word().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CoreMap window(List<CoreLabel> tokens, int from, int to) {
        CoreMap w = new edu.stanford.nlp.util.ArrayCoreMap();
        List<CoreLabel> part = new ArrayList<>(tokens.subList(from, to));
        w.set(CoreAnnotations.TokensAnnotation.class, part);
        w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, part.get(0).beginPosition());
        w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, part.get(part.size() - 1).endPosition());
        return w;
    }

    /**
     * A sentence worth parsing: it can name an actor (an entity, or a pronoun or plural noun that
     * refers to one) and has a verb or a noun to hang an event on.
     */
    private static boolean isCandidate(CoreMap s) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.size() < 3) {
            return false;
        }
        boolean entity = false;
        boolean predicate = false;
        for (CoreLabel t : tokens) {
            String ner = t.ner();
            if (ner != null && !ner.equals("O") || REFERRING.contains(t.lemma())) {
                entity = true;
            }
            String tag = t.tag();
            if (tag != null && (tag.startsWith("VB") || tag.startsWith("NN"))) {
                predicate = true;
            }
        }
        return entity && predicate;
    }

    private static Annotation subset(String text, List<CoreMap> sentences, String docDate) {
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        if (docDate != null) {
            sub.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        return sub;
    }

    private static List<Dependency> dependencies(SemanticGraph g) {
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        deps.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
        return deps;
    }

    /** A headline's or standfirst's verb that the tagger read as a plural noun, tagged a verb before the parse. */
    private static void headlineVerb(List<Block> blocks, CoreMap s) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        int b = blockOf(blocks, tokens.get(0).beginPosition());
        if (b < 0 || blocks.get(b).kind() == Block.Kind.BODY) {
            return;
        }
        int v = HeadlineVerbs.verb(tokens.stream().map(CoreLabel::word).toList(), tokens.stream().map(CoreLabel::tag).toList());
        if (v >= 0) {
            CoreLabel t = tokens.get(v);
            t.setTag("VBZ");
            t.setLemma(Morphology.lemmaStatic(t.word(), "VBZ"));
        }
    }

    private static int blockOf(List<Block> blocks, int offset) {
        for (int b = 0; b < blocks.size(); b++) {
            Span s = blocks.get(b).span();
            if (s.start() <= offset && offset < s.end()) {
                return b;
            }
        }
        return -1;
    }

    private static Mention mention(String text, CoreMap m, int sentence, List<CoreLabel> tokens) {
        int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            CoreLabel t = tokens.get(k);
            if (t.beginPosition() >= start && t.endPosition() <= end) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
        return new Mention(new Span(start, end), text.substring(start, end), type, sentence, first, last + 1);
    }

    private static TimeExpression timeExpression(String text, CoreMap tx, List<CoreMap> sentences, ResolvedDate published) {
        List<CoreLabel> toks = tx.get(CoreAnnotations.TokensAnnotation.class);
        // SUTime's tokens for an expression are not always in text order (merged numbers): take
        // the extent of all of them.
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (CoreLabel t : toks) {
            start = Math.min(start, t.beginPosition());
            end = Math.max(end, t.endPosition());
        }
        int sentence = 0;
        for (int i = 0; i < sentences.size(); i++) {
            List<CoreLabel> st = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
            if (st.get(0).beginPosition() <= start && start < st.get(st.size() - 1).endPosition()) {
                sentence = i;
                break;
            }
        }
        Timex timex = tx.get(TimeAnnotations.TimexAnnotation.class);
        Span span = new Span(start, end);
        String value = timex.value() != null ? timex.value() : timex.altVal();
        String words = text.substring(start, end);
        ResolvedDate resolved = null;
        if ("DATE".equals(timex.timexType())) {
            // SUTime finds the expression; its value is kept only where it does not depend on
            // the reference date. Relative words are read by Herald (see RelativeDates).
            if (RelativeDates.hasYear(words)) {
                resolved = calendarDate(value, span);
            } else {
                resolved = published == null ? null : RelativeDates.read(words, published.firstDay(), span);
                value = resolved == null ? null : resolved.value();
            }
        }
        return new TimeExpression(span, words, sentence, timex.timexType(), value, resolved);
    }

    private static final Pattern TIMEX_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*)?");
    private static final Pattern TIMEX_MONTH = Pattern.compile("(\\d{4}-\\d{2})");
    /** A year, alone or with a season, quarter or half of it. Weeks and decades are not dates here. */
    private static final Pattern TIMEX_YEAR = Pattern.compile("(\\d{4})(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?");

    /** A TIMEX3 date value cut to the calendar part Herald keeps ("2023-09-12T10:00" → day). */
    static ResolvedDate calendarDate(String value, Span span) {
        if (value == null) {
            return null;
        }
        for (Pattern p : List.of(TIMEX_DAY, TIMEX_MONTH, TIMEX_YEAR)) {
            java.util.regex.Matcher m = p.matcher(value);
            if (m.matches()) {
                return ResolvedDate.parse(m.group(1), span);
            }
        }
        return null;
    }

    private static List<Sentence> markTimes(List<Sentence> sentences, List<TimeExpression> times) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> tokens = null;
            for (TimeExpression tx : times) {
                if (tx.sentence() != s.index()) {
                    continue;
                }
                if (tokens == null) {
                    tokens = new ArrayList<>(s.tokens());
                }
                for (int k = 0; k < tokens.size(); k++) {
                    Token t = tokens.get(k);
                    if (tx.span().contains(t.span())) {
                        tokens.set(k, new Token(t.index(), t.span(), t.word(), t.lemma(), t.pos(), tx.type()));
                    }
                }
            }
            out.add(tokens == null ? s : new Sentence(s.index(), s.span(), s.block(), tokens, s.parsed(), s.dependencies()));
        }
        return out;
    }
}
