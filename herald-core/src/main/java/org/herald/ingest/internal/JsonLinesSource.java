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
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int lim;
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
            // a line is read a buffer at a time; past the cap its bytes are passed over, not kept
            while (true) {
                if (pos == lim) {
                    lim = in.read(chunk, 0, chunk.length);
                    pos = 0;
                    if (lim <= 0) {
                        lim = 0;
                        end();
                        if (buf.size() == 0 && !tooLong) {
                            return null;
                        }
                        break;
                    }
                }
                int nl = pos;
                while (nl < lim && chunk[nl] != '\n') {
                    nl++;
                }
                int keep = (int) Math.min(nl - pos, Math.max(0, maxLine - buf.size()));
                buf.write(chunk, pos, keep);
                tooLong |= keep < nl - pos;
                pos = nl;
                if (nl < lim) {
                    pos++;
                    break;
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
