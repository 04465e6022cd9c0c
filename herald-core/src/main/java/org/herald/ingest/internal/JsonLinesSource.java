package org.herald.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.herald.model.Json;
import org.herald.model.Outcome;
import org.herald.model.Position;
import org.herald.model.Problem;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;

/**
 * Documents from JSON Lines: one object a line with {@code url}, {@code title}, {@code published}
 * and {@code text} (plain) or {@code html}. A line that is too long, not JSON, or has neither
 * text nor html is a problem naming its line number; the next line is read as usual.
 */
public final class JsonLinesSource extends RecordSource {

    private final String origin;
    private final InputStream in;
    private final long maxLine;
    private int line;

    public JsonLinesSource(String origin, InputStream in, long maxLine) {
        this.origin = origin;
        this.in = in;
        this.maxLine = maxLine;
    }

    @Override
    protected Outcome<RawDocument> advance() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean tooLong = false;
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (buf.size() < maxLine) {
                    buf.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (b == -1) {
                end();
                if (buf.size() == 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            end();
            return fail(Code.JSONL_UNREADABLE, "cannot read: " + e.getMessage());
        }
        line++;
        if (tooLong) {
            return fail(Code.JSONL_TOO_LARGE, "the line is longer than " + maxLine + " bytes");
        }
        String s = buf.toString(StandardCharsets.UTF_8).strip();
        if (s.isEmpty()) {
            return null;
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(s);
        } catch (IOException | RuntimeException e) {
            return fail(Code.JSONL_NOT_JSON, "not a JSON object");
        }
        if (n == null || !n.isObject()) {
            return fail(Code.JSONL_NOT_JSON, "not a JSON object");
        }
        String url = text(n, "url");
        String title = text(n, "title");
        String published = text(n, "published");
        String html = text(n, "html");
        String body = text(n, "text");
        String where = origin + ":" + line;
        RawDocument.Hints hints = new RawDocument.Hints(title, published);
        if (html != null) {
            return Outcome.ok(new RawDocument(where, html.getBytes(StandardCharsets.UTF_8), "text/html", "UTF-8", url,
                    Instant.EPOCH, hints));
        }
        if (body != null) {
            // The title is the first line of scraped text, as the text reader expects.
            String full = title != null && !body.stripLeading().startsWith(title) ? title + "\n\n" + body : body;
            return Outcome.ok(new RawDocument(where, full.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", url,
                    Instant.EPOCH, hints));
        }
        return fail(Code.JSONL_NO_CONTENT, "the record has neither \"text\" nor \"html\"");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private Outcome<RawDocument> fail(Code code, String message) {
        return Outcome.failed(new Problem(origin, code, Position.line(line), message));
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to lose on close of an input
        }
    }
}
