package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.events.EventTypes;

/**
 * Training examples for the event-type model from the <b>tune</b> halves of the gold sets (never
 * the check halves): each trigger the PLOVER set marks in a sentence ({@code (EVT: ...)} in its
 * markup) with the record's type, mapped to the current PLOVER types as {@link EventsEval} scores
 * them.
 */
public final class EventTypeExamples {

    private EventTypeExamples() {
    }

    /** The examples of the tune parts ({@link Split}) of the gold sets under {@code root} that mark triggers. */
    public static List<EventTypes.Example> tune(Path root) throws IOException {
        List<EventTypes.Example> out = new ArrayList<>();
        Path plover = root.resolve("plover-gsr-cameo");
        if (Files.isDirectory(plover)) {
            for (JsonNode r : Dataset.at(plover).part(Split.Part.TUNE).records()) {
                out.addAll(plover(r.path("id").asText(), r));
            }
        }
        return out;
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
