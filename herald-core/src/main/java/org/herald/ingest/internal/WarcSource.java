package org.herald.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * jwarc cannot parse is a problem naming its offset, and reading goes on at the next place a
 * record can start (a gzip member's magic bytes, or {@code WARC/1.} at the start of a line): a
 * corrupt record loses that record only. The bytes since the current record began are kept so
 * the search can go back to just after it; a guess that does not parse is passed over without a
 * second problem.
 *
 * <p>In a compressed archive a record is passed over by decompressing it, so a gzip bomb (a few
 * megabytes that expand to terabytes) would make passing over it endless: decompression stops,
 * and the file ends with a problem, once a record has expanded past the size cap to more than
 * {@link #MAX_RATIO} times the compressed bytes read for it. Web pages compress about ten times.
 */
public final class WarcSource extends RecordSource {

    static final int MAX_RATIO = 100;
    /** Places tried after corrupt records, in one archive: each costs a reader, so a hostile file is bounded. */
    static final int MAX_GUESSES = 1_000;

    private final String origin;
    private final Tape in;
    private final long maxBytes;
    private WarcReader reader;
    /** Where in the archive the current reader began: its positions are relative to it. */
    private long base;
    /** The current reader began at a guessed record start, and has read no record yet. */
    private boolean guessed;
    private int guesses;

    public WarcSource(Path file, long maxBytes) throws IOException {
        this(file.toString(), Files.newInputStream(file), maxBytes);
    }

    public WarcSource(String origin, InputStream in, long maxBytes) throws IOException {
        this.origin = origin;
        this.in = new Tape(in);
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
            // jwarc's position is the start of the record it was reading, here the corrupt one.
            long bad = base + reader.position();
            Problem p = guessed ? null : new Problem(origin, Code.WARC_CORRUPT, Position.record(bad),
                    "corrupt WARC record: " + message(e) + "; reading goes on at the next record");
            if (guesses == MAX_GUESSES) {
                end();
                return Outcome.failed(new Problem(origin, Code.WARC_CORRUPT, Position.record(bad), "no readable record in "
                        + MAX_GUESSES + " places after corrupt records; the rest of the archive is not read"));
            }
            if (!resync(bad + 1)) {
                end();
            }
            return p == null ? null : Outcome.failed(p);
        }
        long at = base + reader.position();
        if (rec.isEmpty()) {
            end();
            return null;
        }
        guessed = false;
        in.forgetBefore(at);
        long compressedAtStart = in.position();
        Outcome<RawDocument> out = record(rec.get(), at);
        Problem bomb = passOver(rec.get(), at, compressedAtStart);
        if (bomb != null) {
            end();
            return Outcome.failed(bomb);
        }
        return out;
    }

    /**
     * Finds the next place at or after {@code from} where a record can start and reads on from
     * there with a new reader; false at the end of the archive (or if it cannot be read).
     */
    private boolean resync(long from) {
        try {
            in.rewind(from);
            long start = in.seekRecordStart();
            if (start < 0) {
                return false;
            }
            in.rewind(start);
            base = start;
            guessed = true;
            guesses++;
            reader = new WarcReader(in);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
                long compressed = Math.max(1, in.position() - compressedAtStart);
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

    /**
     * The archive's bytes as read, before decompression, with the bytes since the current record
     * began kept (up to {@link #KEEP} of them) so that reading can go back over them.
     */
    static final class Tape extends InputStream {
        static final int KEEP = 64 << 20;
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        /** The archive offset of buf[0], how many bytes buf holds, and the next byte to give. */
        private long keptFrom;
        private int kept;
        private long pos;

        Tape(InputStream in) {
            this.in = in;
        }

        long position() {
            return pos;
        }

        /** Drops what lies before {@code offset}: reading will not go back past it. */
        void forgetBefore(long offset) {
            int drop = (int) Math.min(kept, Math.max(0, Math.min(offset, pos) - keptFrom));
            System.arraycopy(buf, drop, buf, 0, kept - drop);
            kept -= drop;
            keptFrom += drop;
        }

        /** Goes back (or on) to {@code offset}, or to the oldest byte kept if that is later. */
        void rewind(long offset) throws IOException {
            long target = Math.max(offset, keptFrom);
            while (keptFrom + kept < target && fill()) {
                // read on to the offset
            }
            pos = Math.min(target, keptFrom + kept);
        }

        /**
         * The offset of the next gzip member or {@code WARC/1.} line at or after the position,
         * or -1 at the end of the archive. Forgets what it passes.
         */
        long seekRecordStart() throws IOException {
            byte[] warc = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
            while (true) {
                while (keptFrom + kept < pos + warc.length && fill()) {
                    // enough bytes to compare
                }
                int i = (int) (pos - keptFrom);
                if (i >= kept) {
                    return -1;
                }
                boolean gzip = i + 2 < kept && (buf[i] & 0xff) == 0x1f && (buf[i + 1] & 0xff) == 0x8b && buf[i + 2] == 8;
                boolean line = (pos == 0 || (i > 0 && buf[i - 1] == '\n'))
                        && i + warc.length <= kept && Arrays.equals(buf, i, i + warc.length, warc, 0, warc.length);
                if (gzip || line) {
                    return pos;
                }
                pos++;
                if (pos - keptFrom > (1 << 20)) {
                    forgetBefore(pos - 1);
                }
            }
        }

        private boolean fill() throws IOException {
            if (kept == buf.length && kept >= KEEP) {
                forgetBefore(pos); // past the cap, reading cannot go back before the byte in hand
            }
            if (kept == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, kept, buf.length - kept);
            if (n <= 0) {
                return false;
            }
            kept += n;
            return true;
        }

        @Override
        public int read() throws IOException {
            if (pos >= keptFrom + kept && !fill()) {
                return -1;
            }
            return buf[(int) (pos++ - keptFrom)] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos >= keptFrom + kept && !fill()) {
                return -1;
            }
            int i = (int) (pos - keptFrom);
            int n = Math.min(len, kept - i);
            System.arraycopy(buf, i, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
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
