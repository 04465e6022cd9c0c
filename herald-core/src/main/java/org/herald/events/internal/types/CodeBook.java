package org.herald.events.internal.types;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import org.herald.events.EventTypes.Example;
import java.util.List;
import java.util.Map;
import org.herald.events.internal.CameoTable;
import org.herald.events.internal.ResourceError;

/**
 * Training examples from the CAMEO code book as {@code ../shared/reference/cameo-codes.csv} gives
 * it: each code's name and description, labelled with the code's PLOVER type. Read at training
 * time only; nothing of it is committed.
 *
 * <p>The code book's example sentences are left out: they are the sentences of the PLOVER gold set
 * (plover-gsr-cameo re-codes the CAMEO manual's examples; 151 of the file's 277 examples are in
 * its development half, and most of the rest are presumably in the half scored outside the
 * project), so training on them would be training on both halves that measure the model.
 */
public final class CodeBook {

    private CodeBook() {
    }

    public static List<Example> read(Path csv, CameoTable table) throws IOException {
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8); // bad bytes become U+FFFD
        List<List<String>> rows = rows(text, csv.toString());
        if (rows.isEmpty()) {
            throw new ResourceError(csv + ": empty");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            col.put(rows.get(0).get(i), i);
        }
        for (String c : List.of("code", "name", "description")) {
            if (!col.containsKey(c)) {
                throw new ResourceError(csv + ": line 1: no column '" + c + "'");
            }
        }
        List<Example> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() < rows.get(0).size()) {
                continue;
            }
            String code = row.get(col.get("code")).strip();
            if (!table.has(code)) {
                continue; // a code Herald's table does not keep
            }
            String label = TypeSentences.label(table, code);
            for (String field : List.of("name", "description")) {
                String t = clean(row.get(col.get(field)));
                if (!t.isEmpty() && !t.equals("NA")) {
                    out.add(new Example(t, 0, t.length(), label, csv.getFileName() + ":" + code + ":" + field));
                }
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replace('\uFFFD', ' ').replaceAll("\\s+", " ").strip();
    }

    /** RFC 4180 rows: fields in double quotes may hold commas, line breaks and doubled quotes. */
    static List<List<String>> rows(String text, String file) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                line++;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new ResourceError(file, line, "a quoted field is not closed");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
