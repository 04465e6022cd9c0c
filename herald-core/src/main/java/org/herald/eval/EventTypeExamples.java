package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.actors.ActorResolver;
import org.herald.events.EventCoder;
import org.herald.events.EventTypes;
import org.herald.model.Annotated;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Outcome;
import org.herald.model.Sentence;
import org.herald.pipeline.Pipeline;

/**
 * Training examples for the event-type model from the <b>tune</b> parts of the gold sets (never
 * the check parts, {@link Split}):
 * <ul>
 * <li>each trigger the PLOVER set marks in a sentence ({@code (EVT: ...)} in its markup), with the
 *     record's type mapped to the current PLOVER types as {@link EventsEval} scores them;</li>
 * <li>each event trigger of the team's article gold, with its code's type; and, as no event, each
 *     trigger the lexicon codes in those articles with a type the article's gold never has. The
 *     gold codes every act a careful coder would (docs/article-gold.md); a type it never codes in
 *     an article is not a repeat mention of one it does.</li>
 * </ul>
 */
public final class EventTypeExamples {

    private EventTypeExamples() {
    }

    /** The examples of the tune part of the PLOVER set under {@code root} (none where it is absent). */
    public static List<EventTypes.Example> ploverTune(Path root) throws IOException {
        List<EventTypes.Example> out = new ArrayList<>();
        Path plover = root.resolve("plover-gsr-cameo");
        if (Files.isDirectory(plover)) {
            for (JsonNode r : Dataset.at(plover).part(Split.Part.TUNE).records()) {
                out.addAll(plover(r.path("id").asText(), r));
            }
        }
        return out;
    }

    /**
     * The examples of the tune part of an article gold file (its texts read from {@code shared},
     * the folder of the shared data sets). Articles are annotated as the pipeline annotates them and
     * coded by the lexicon alone, so the examples do not depend on the model being trained.
     */
    public static List<EventTypes.Example> articleTune(Path gold, Path shared) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        EventCoder lexicon = EventCoder.lexiconOnly();
        Map<String, Map<String, JsonNode>> sources = new HashMap<>();
        List<EventTypes.Example> out = new ArrayList<>();
        for (JsonNode r : Dataset.at(gold).part(Split.Part.TUNE).records()) {
            String id = r.path("id").asText();
            String set = r.path("dataset").asText();
            JsonNode source = sources.computeIfAbsent(set, x -> ArticleEventsEval.index(shared.resolve(x).resolve("dev.jsonl"))).get(id);
            if (source == null || !ArticleEventsEval.sha256(source.path(r.path("field").asText("text")).asText(""))
                    .equals(r.path("text_sha256").asText())) {
                throw new IOException(gold + ": " + id + ": its text is not in " + shared.resolve(set) + " as the gold hashed it");
            }
            if (!(ArticleEventsEval.article(pipeline, shared.resolve(set), source) instanceof Outcome.Ok<Article> ok)) {
                throw new IOException(gold + ": " + id + ": the article cannot be read");
            }
            // the gold's offsets index the set's own text field (docs/article-gold.md), which is cut
            // into sentences here at sentence-final punctuation and line breaks
            String field = source.path(r.path("field").asText("text")).asText("");
            Set<String> goldTypes = new HashSet<>();
            for (JsonNode e : r.path("events")) {
                String label = EventTypes.label(e.path("code").asText());
                goldTypes.add(label);
                JsonNode t = e.path("trigger");
                String own = e.path("field").asText(r.path("field").asText("text"));
                String in = own.equals(r.path("field").asText("text")) ? field : source.path(own).asText("");
                int start = t.path(0).asInt(-1);
                int end = t.path(1).asInt(-1);
                if (start >= 0 && end > start && end <= in.length()) {
                    int from = sentenceStart(in, start);
                    int to = sentenceEnd(in, end);
                    out.add(new EventTypes.Example(in.substring(from, to), start - from, end - from, label, id));
                }
            }
            Annotated a = pipeline.annotate(ok.value());
            out.addAll(notInGold(a.text(), a.sentences(), lexicon.code(a, ActorResolver.shared().resolve(a)), goldTypes, id));
        }
        return out;
    }

    /**
     * The lexicon's events of an article whose type its gold never codes, as {@link EventTypes#NONE}
     * examples cut from their own sentences ({@code text} is the article's text).
     */
    static List<EventTypes.Example> notInGold(String text, List<Sentence> sentences, List<Event> coded, Set<String> goldTypes,
            String id) {
        List<EventTypes.Example> out = new ArrayList<>();
        for (Event e : coded) {
            if (!goldTypes.contains(EventTypes.label(e.code()))) {
                Sentence s = sentences.get(e.sentence());
                int from = s.span().start();
                out.add(new EventTypes.Example(text.substring(from, s.span().end()), e.trigger().span().start() - from,
                        e.trigger().span().end() - from, EventTypes.NONE, id));
            }
        }
        return out;
    }

    /** Where the sentence holding {@code at} starts: after the last line break or ". ", "? ", "! " before it. */
    static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || Character.isWhitespace(c) && ".?!".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence holding the text before {@code at} ends: at the next line break or ". ", "? ", "! ". */
    static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || ".?!".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return c == '\n' ? i : i + 1;
            }
        }
        return text.length();
    }

    /** One example per marked trigger of a PLOVER record. */
    static List<EventTypes.Example> plover(String id, JsonNode r) {
        JsonNode g = r.path("expected").path(0);
        String markup = r.path("markup").asText("");
        if (g.isMissingNode() || markup.isEmpty()) {
            return List.of();
        }
        String label = EventsEval.ploverType(g.path("code").asText());
        if (!EventTypes.isLabel(label)) {
            return List.of();
        }
        Marked m = Marked.of(markup);
        List<EventTypes.Example> out = new ArrayList<>();
        for (int[] t : m.triggers()) {
            out.add(new EventTypes.Example(m.text(), t[0], t[1], label, id));
        }
        return out;
    }

    /**
     * A sentence of the PLOVER set's markup with its tags taken out: {@code (TAG: words)} becomes
     * {@code words} (tags may hold parentheses of the text), and the spans of the {@code EVT} tags.
     */
    record Marked(String text, List<int[]> triggers) {
        static Marked of(String markup) {
            StringBuilder sb = new StringBuilder();
            List<int[]> triggers = new ArrayList<>();
            List<Object[]> open = new ArrayList<>(); // {tag, start in sb, depth of its own parenthesis}
            int depth = 0;
            for (int i = 0; i < markup.length(); i++) {
                char c = markup.charAt(i);
                if (c == '(') {
                    int colon = markup.indexOf(": ", i);
                    String tag = colon > i ? markup.substring(i + 1, colon) : "";
                    if (tag.matches("[A-Z]+(/[A-Z]+)*")) {
                        open.add(new Object[] {tag, sb.length(), depth});
                        i = colon + 1;
                        depth++;
                        continue;
                    }
                    depth++;
                    sb.append(c);
                } else if (c == ')') {
                    depth--;
                    Object[] top = open.isEmpty() ? null : open.get(open.size() - 1);
                    if (top != null && (int) top[2] == depth) {
                        open.remove(open.size() - 1);
                        if (top[0].equals("EVT")) {
                            triggers.add(new int[] {(int) top[1], sb.length()});
                        }
                        continue;
                    }
                    sb.append(c);
                } else {
                    sb.append(c);
                }
            }
            return new Marked(sb.toString(), triggers);
        }
    }
}
