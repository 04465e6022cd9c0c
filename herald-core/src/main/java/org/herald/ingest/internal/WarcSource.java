package org.herald.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.herald.model.Outcome;
import org.herald.model.Position;
import org.herald.model.Problem;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML responses in a WARC or WARC.gz file (as in CC-NEWS), one document each, read with
 * jwarc. Other record types are passed over; responses that are not HTML are skipped. A record
 * jwarc cannot parse ends the file with a problem naming its offset: past a corrupt record the
 * reader cannot know where the next one starts.
 */
public final class WarcSource extends RecordSource {

    private final String origin;
    private final WarcReader reader;
    private final long maxBytes;

    public WarcSource(Path file, long maxBytes) throws IOException {
        this.origin = file.toString();
        this.reader = new WarcReader(file);
        this.maxBytes = maxBytes;
    }

    public WarcSource(String origin, InputStream in, long maxBytes) throws IOException {
        this.origin = origin;
        this.reader = new WarcReader(in);
        this.maxBytes = maxBytes;
    }

    /** The next outcome, or null when the record was passed over (and more may follow). */
    @Override
    protected Outcome<RawDocument> advance() {
        Optional<WarcRecord> rec;
        try {
            rec = reader.next();
        } catch (IOException | RuntimeException e) {
            end();
            // jwarc's position is the start of the record it was reading, here the corrupt one.
            long bad = reader.position();
            return Outcome.failed(new Problem(origin, Code.WARC_CORRUPT, Position.record(bad),
                    "corrupt WARC record: " + message(e)));
        }
        long at = reader.position();
        if (rec.isEmpty()) {
            end();
            return null;
        }
        if (!(rec.get() instanceof WarcResponse response)) {
            return null;
        }
        String where = origin + "@" + at;
        try {
            String uri = response.target();
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.contains("html")) {
                http.body().consume();
                return Outcome.skipped(new Problem(where, Code.WARC_NOT_HTML, Position.record(at),
                        "the response is " + (base.isEmpty() ? "untyped" : base) + ", not HTML"));
            }
            if (http.status() != 200) {
                http.body().consume();
                return Outcome.skipped(new Problem(where, Code.WARC_HTTP_STATUS, Position.record(at),
                        "the archived response has status " + http.status()));
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (body.length > maxBytes) {
                return Outcome.failed(new Problem(where, Code.WARC_TOO_LARGE, Position.record(at),
                        "the archived page is over " + maxBytes + " bytes"));
            }
            String charset = type.parameters().get("charset");
            return Outcome.ok(new RawDocument(where, body, "text/html", charset, uri, response.date(), RawDocument.Hints.NONE));
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(new Problem(where, Code.WARC_CORRUPT, Position.record(at),
                    "unreadable HTTP response in the record: " + message(e)));
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // closing a file we only read loses nothing
        }
    }
}
