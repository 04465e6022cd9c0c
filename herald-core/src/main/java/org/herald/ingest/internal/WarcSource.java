package org.herald.ingest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML responses in a WARC or WARC.gz file (as in CC-NEWS), one document each, read with
 * jwarc. Other record types are passed over; responses that are not HTML are skipped. A record
 * jwarc cannot parse ends the file with a problem naming its offset: past a corrupt record the
 * reader cannot know where the next one starts.
 *
 * <p>In a compressed archive a record is passed over by decompressing it, so a gzip bomb (a few
 * megabytes that expand to terabytes) would make passing over it endless: decompression stops,
 * and the file ends with a problem, once a record has expanded past the size cap to more than
 * {@link #MAX_RATIO} times the compressed bytes read for it. Web pages compress about ten times.
 */
public final class WarcSource extends RecordSource {

    static final int MAX_RATIO = 100;

    private final String origin;
    private final Counted in;
    private final WarcReader reader;
    private final long maxBytes;

    public WarcSource(Path file, long maxBytes) throws IOException {
        this(file.toString(), Files.newInputStream(file), maxBytes);
    }

    public WarcSource(String origin, InputStream in, long maxBytes) throws IOException {
        this.origin = origin;
        this.in = new Counted(in);
        this.reader = new WarcReader(this.in);
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
        long compressedAtStart = in.count;
        Outcome<RawDocument> out = record(rec.get(), at);
        Problem bomb = passOver(rec.get(), at, compressedAtStart);
        if (bomb != null) {
            end();
            return Outcome.failed(bomb);
        }
        return out;
    }

    /** The document of one record, or why there is none, or null when it is not a response. */
    private Outcome<RawDocument> record(WarcRecord rec, long at) {
        if (!(rec instanceof WarcResponse response)) {
            return null;
        }
        String where = origin + "@" + at;
        try {
            String uri = response.target();
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.contains("html")) {
                return Outcome.skipped(new Problem(where, Code.WARC_NOT_HTML, Position.record(at),
                        "the response is " + (base.isEmpty() ? "untyped" : base) + ", not HTML"));
            }
            if (http.status() != 200) {
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

    /**
     * Reads what is left of a record, as jwarc would to reach the next one, but stops at a gzip
     * bomb: a problem when the record expands past the cap to more than {@link #MAX_RATIO} times
     * the compressed bytes read since it began (null otherwise).
     */
    private Problem passOver(WarcRecord rec, long at, long compressedAtStart) {
        if (reader.compression() == WarcCompression.NONE) {
            return null; // the bytes skipped are really in the file: no bomb
        }
        byte[] scratch = new byte[1 << 16];
        try (InputStream body = rec.body().stream()) {
            long expanded = rec.body().position();
            int n;
            while ((n = body.read(scratch)) > 0) {
                expanded += n;
                long compressed = Math.max(1, in.count - compressedAtStart);
                if (expanded > maxBytes && expanded > MAX_RATIO * compressed) {
                    return new Problem(origin + "@" + at, Code.WARC_GZIP_BOMB, Position.record(at),
                            "the compressed record expands to over " + expanded + " bytes from " + compressed
                                    + " (more than " + MAX_RATIO + " times, past the cap of " + maxBytes
                                    + " bytes); the rest of the archive is not read");
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // jwarc reports what is wrong with the record when it looks for the next one
        }
        return null;
    }

    /** Counts the bytes read from the file, before decompression. */
    private static final class Counted extends FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += Math.max(0, k);
            return k;
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
