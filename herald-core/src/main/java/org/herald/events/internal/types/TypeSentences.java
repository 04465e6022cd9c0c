package org.herald.events.internal.types;

import java.util.ArrayList;
import java.util.List;
import org.herald.events.EventTypes.Example;
import org.herald.events.internal.CameoTable;
import org.herald.events.internal.Lines;

/** Reads {@code type-sentences.txt}, the sentences Herald's team wrote for the event-type model (format in the file). */
public final class TypeSentences {

    private TypeSentences() {
    }

    /** The label of a CAMEO code: its PLOVER type, or STATEMENT for a code PLOVER leaves untyped. */
    public static String label(CameoTable table, String code) {
        CameoTable.Code c = table.get(code);
        if (c == null) {
            throw new IllegalArgumentException("'" + code + "' is not a code of the CAMEO table");
        }
        return c.plover() == null || c.plover().type() == null ? TypeModel.STATEMENT : c.plover().type();
    }

    public static List<Example> standard(CameoTable table) {
        return parse(Lines.ofResource("type-sentences.txt"), table);
    }

    public static List<Example> parse(List<Lines.Line> lines, CameoTable table) {
        List<Example> out = new ArrayList<>();
        for (Lines.Line line : lines) {
            String text = line.text().strip();
            int sp = text.indexOf(' ');
            if (sp < 0) {
                throw line.error("expected a label and a sentence");
            }
            String tag = text.substring(0, sp);
            String marked = text.substring(sp + 1).strip();
            String label;
            if (tag.startsWith("none:") && tag.length() > 5) {
                label = TypeModel.NONE;
            } else if (table.has(tag)) {
                label = label(table, tag);
            } else {
                throw line.error("'" + tag + "' is neither a code of the CAMEO table nor none:DOMAIN");
            }
            int open = marked.indexOf('[');
            int close = marked.indexOf(']');
            if (open < 0 || close < open + 2 || marked.indexOf('[', open + 1) >= 0 || marked.indexOf(']', close + 1) >= 0) {
                throw line.error("the sentence must mark its trigger with exactly one [pair of brackets]");
            }
            String sentence = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
            out.add(new Example(sentence, open, close - 1, label, line.file() + ":" + line.number()));
        }
        return out;
    }
}
