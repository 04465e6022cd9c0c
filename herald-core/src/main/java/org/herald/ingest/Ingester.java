package org.herald.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.herald.ingest.internal.FeedReader;
import org.herald.ingest.internal.HttpFetcher;
import org.herald.ingest.internal.JsonLinesSource;
import org.herald.ingest.internal.Kind;
import org.herald.ingest.internal.WarcSource;
import org.herald.model.Ids;
import org.herald.model.Outcome;
import org.herald.model.Position;
import org.herald.model.Problem;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;

/**
 * The ingest stage: turns a source into documents. A source is a file (scraped plain text, HTML,
 * an RSS or Atom feed, a WARC or WARC.gz archive, JSON Lines), a directory (read recursively, in
 * name order, hidden files passed over), {@code -} for standard input, or an http(s) URL (a page
 * or a feed).
 *
 * <p>Produces a lazy stream of {@link Outcome}s, one a document: the {@link RawDocument} with its
 * bytes undecoded, or a {@link Problem} naming the input and the position in it. Every input is
 * assumed hostile: sizes are capped, feeds may not declare DOCTYPEs, fetches have timeouts and
 * go only to public addresses (unless allowed), honour robots.txt and wait between requests to one
 * host. Close the stream to close the files it opened.
 */
public final class Ingester {

    /**
     * @param maxBytes the largest document (file, page, WARC record, JSON line) read
     * @param fetchFeedLinks whether a feed entry's page is fetched (else its content is used)
     * @param allowPrivate whether loopback and private addresses may be fetched
     */
    public record Options(long maxBytes, Duration connectTimeout, Duration timeout, int maxRedirects, Duration hostDelay,
                          boolean allowPrivate, boolean fetchFeedLinks, int maxDepth, int maxFeedEntries,
                          String userAgent) {

        public static final Options DEFAULT = new Options(16L * 1024 * 1024, Duration.ofSeconds(10),
                Duration.ofSeconds(30), 5, Duration.ofSeconds(1), false, true, 32, 1000,
                "Herald/0.1 (news event coder; honours robots.txt)");

        public Options withAllowPrivate(boolean v) {
            return new Options(maxBytes, connectTimeout, timeout, maxRedirects, hostDelay, v, fetchFeedLinks, maxDepth,
                    maxFeedEntries, userAgent);
        }

        public Options withFetchFeedLinks(boolean v) {
            return new Options(maxBytes, connectTimeout, timeout, maxRedirects, hostDelay, allowPrivate, v, maxDepth,
                    maxFeedEntries, userAgent);
        }

        public Options withMaxBytes(long v) {
            return new Options(v, connectTimeout, timeout, maxRedirects, hostDelay, allowPrivate, fetchFeedLinks, maxDepth,
                    maxFeedEntries, userAgent);
        }

        public Options withTimeouts(Duration connect, Duration total, Duration delay) {
            return new Options(maxBytes, connect, total, maxRedirects, delay, allowPrivate, fetchFeedLinks, maxDepth,
                    maxFeedEntries, userAgent);
        }
    }

    private final Options options;
    private final HttpFetcher fetcher;

    public Ingester() {
        this(Options.DEFAULT);
    }

    public Ingester(Options options) {
        this.options = options;
        this.fetcher = new HttpFetcher(new HttpFetcher.Limits(options.maxBytes(), options.connectTimeout(),
                options.timeout(), options.maxRedirects(), options.hostDelay(), options.allowPrivate(),
                options.userAgent(), "herald"));
    }

    /** The documents of a source: a path, {@code -} for standard input, or an http(s) URL. */
    public Stream<Outcome<RawDocument>> read(String source) {
        if (source.equals("-")) {
            return read("stdin", System.in);
        }
        if (source.matches("(?i)https?://.*")) {
            return fetch(source);
        }
        if (source.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            return Stream.of(failed(source, null, Code.INGEST_BAD_URL, "only http and https URLs are fetched"));
        }
        Path p = Path.of(source);
        if (Files.isDirectory(p)) {
            return directory(p);
        }
        return file(p);
    }

    /** The documents in a stream (standard input, a test's bytes), named {@code origin} in problems. */
    public Stream<Outcome<RawDocument>> read(String origin, InputStream in) {
        byte[] head;
        BufferedInputStream buffered = new BufferedInputStream(in, 65536);
        try {
            buffered.mark(8192);
            head = buffered.readNBytes(4096);
            buffered.reset();
        } catch (IOException e) {
            return Stream.of(failed(origin, null, Code.INGEST_UNREADABLE, "cannot read: " + e.getMessage()));
        }
        Kind kind = Kind.sniff(head, origin);
        try {
            if (kind == Kind.JSONL) {
                return stream(new JsonLinesSource(origin, buffered, options.maxBytes()));
            }
            if (kind == Kind.WARC) {
                return stream(new WarcSource(origin, buffered, options.maxBytes()));
            }
            byte[] all = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (all.length > options.maxBytes()) {
                return Stream.of(failed(origin, Position.byteOffset(options.maxBytes()), Code.INGEST_TOO_LARGE,
                        "the input is over " + options.maxBytes() + " bytes"));
            }
            return bytes(origin, all, kind, null);
        } catch (IOException e) {
            return Stream.of(failed(origin, null, Code.INGEST_UNREADABLE, "cannot read: " + e.getMessage()));
        }
    }

    private Stream<Outcome<RawDocument>> fetch(String url) {
        Outcome<RawDocument> o = fetcher.fetch(url, RawDocument.Hints.NONE);
        if (o instanceof Outcome.Ok<RawDocument> ok && isFeed(ok.value(), url)) {
            return feed(url, ok.value().bytes());
        }
        return Stream.of(o);
    }

    /**
     * One entry of a polled feed or page: a key that stays the same while the entry does (a feed
     * entry's link; a page's URL and a hash of its bytes), and its document, fetched when asked.
     */
    public record Entry(String key, Supplier<Outcome<RawDocument>> document) {
    }

    /**
     * What one poll of a feed or page found: nothing new ({@code unchanged}, the server answered a
     * conditional GET with 304), its entries, or why it could not be read; and the validators of
     * the answer, for the next poll.
     */
    public record Poll(boolean unchanged, Outcome<List<Entry>> entries, String etag, String lastModified) {
    }

    /**
     * Polls a feed or page by URL with a conditional GET (the ETag and Last-Modified of the last
     * answer; either may be null), under the same politeness, robots.txt and address rules as any
     * fetch. A feed's entries' pages are fetched only when their documents are asked for.
     */
    public Poll poll(String url, String etag, String lastModified) {
        HttpFetcher.Polled p = fetcher.fetch(url, RawDocument.Hints.NONE, etag, lastModified);
        if (p.unchanged()) {
            return new Poll(true, Outcome.ok(List.of()), etag, lastModified);
        }
        if (!(p.page() instanceof Outcome.Ok<RawDocument> ok)) {
            return new Poll(false, p.page() instanceof Outcome.Skipped<RawDocument> s ? Outcome.skipped(s.problem())
                    : Outcome.failed(p.page().problem()), null, null);
        }
        RawDocument d = ok.value();
        if (!isFeed(d, url)) {
            return new Poll(false, Outcome.ok(List.of(new Entry(url + "#" + Ids.of(new String(d.bytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)), () -> Outcome.ok(d)))), p.etag(), p.lastModified());
        }
        List<FeedReader.Entry> read = FeedReader.read(url, d.bytes(), options.maxFeedEntries());
        if (read.size() == 1 && read.get(0).link() == null && read.get(0).content() instanceof Outcome.Failed<RawDocument> f) {
            return new Poll(false, Outcome.failed(f.problem()), null, null); // the feed itself is unreadable
        }
        List<Entry> entries = new java.util.ArrayList<>();
        for (FeedReader.Entry e : read) {
            String key = e.link() != null ? e.link() : e.content() instanceof Outcome.Ok<RawDocument> c ? c.value().origin()
                    : e.content().problem().input();
            entries.add(new Entry(key, () -> entry(e)));
        }
        return new Poll(false, Outcome.ok(List.copyOf(entries)), p.etag(), p.lastModified());
    }

    private static boolean isFeed(RawDocument d, String url) {
        Kind kind = Kind.sniff(java.util.Arrays.copyOf(d.bytes(), Math.min(d.bytes().length, 4096)), url);
        String media = d.mediaType() == null ? "" : d.mediaType();
        return kind == Kind.FEED || media.contains("rss") || media.contains("atom");
    }

    private Stream<Outcome<RawDocument>> directory(Path dir) {
        Stream<Path> files;
        try {
            files = Files.walk(dir, options.maxDepth());
        } catch (IOException e) {
            return Stream.of(failed(dir.toString(), null, Code.INGEST_UNREADABLE, "cannot list the directory: " + e.getMessage()));
        }
        List<Path> list;
        try (files) {
            // a link to nothing is reported, not passed over: the user named it, if only by its folder
            list = files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.exists(f))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            return Stream.of(failed(dir.toString(), null, Code.INGEST_UNREADABLE, "cannot list the directory: " + e.getCause().getMessage()));
        }
        return list.stream().flatMap(this::file);
    }

    private Stream<Outcome<RawDocument>> file(Path p) {
        String origin = p.toString();
        if (!Files.isRegularFile(p)) {
            if (Files.isSymbolicLink(p)) {
                String target;
                try {
                    target = Files.readSymbolicLink(p).toString();
                } catch (IOException e) {
                    target = "?";
                }
                return Stream.of(failed(origin, null, Code.INGEST_NO_FILE, "a symbolic link to " + target + ", which does not exist"));
            }
            return Stream.of(failed(origin, null, Code.INGEST_NO_FILE, "no such file"));
        }
        try {
            long size = Files.size(p);
            byte[] head;
            try (InputStream in = Files.newInputStream(p)) {
                head = in.readNBytes(4096);
            }
            Kind kind = Kind.sniff(head, p.getFileName().toString());
            if (kind == Kind.WARC) {
                return stream(new WarcSource(p, options.maxBytes()));
            }
            if (kind == Kind.JSONL) {
                return stream(new JsonLinesSource(origin, new BufferedInputStream(Files.newInputStream(p), 65536),
                        options.maxBytes()));
            }
            if (size > options.maxBytes()) {
                return Stream.of(failed(origin, Position.byteOffset(options.maxBytes()), Code.INGEST_TOO_LARGE,
                        "the file has " + size + " bytes, over the limit of " + options.maxBytes()));
            }
            byte[] all = Files.readAllBytes(p);
            return bytes(origin, all, kind, Files.getLastModifiedTime(p).toInstant());
        } catch (IOException | RuntimeException e) {
            return Stream.of(failed(origin, null, Code.INGEST_UNREADABLE, "cannot read: " + e.getMessage()));
        }
    }

    private Stream<Outcome<RawDocument>> bytes(String origin, byte[] all, Kind kind, Instant when) {
        return switch (kind) {
            case FEED -> feed(origin, all);
            case BINARY -> Stream.of(failed(origin, null, Code.INGEST_BINARY, "not text: the input is binary data"));
            case WARC, JSONL -> read(origin, new ByteArrayInputStream(all));
            case HTML, TEXT -> Stream.of(Outcome.ok(new RawDocument(origin, all, kind.mediaType(), null, null,
                    when == null ? Instant.now() : when, RawDocument.Hints.NONE)));
        };
    }

    private Stream<Outcome<RawDocument>> feed(String origin, byte[] bytes) {
        // Entries' pages are fetched lazily, as the stream is consumed; an entry whose page
        // cannot be had falls back on its own content when it has some.
        return FeedReader.read(origin, bytes, options.maxFeedEntries()).stream().map(this::entry);
    }

    /** A feed entry's page, or its own content when pages are not fetched or its page cannot be had. */
    private Outcome<RawDocument> entry(FeedReader.Entry e) {
        if (!options.fetchFeedLinks() || e.link() == null) {
            return e.content();
        }
        Outcome<RawDocument> page = fetcher.fetch(e.link(), e.hints());
        if (page instanceof Outcome.Failed<RawDocument> && e.content() instanceof Outcome.Ok<RawDocument>) {
            return e.content();
        }
        return page;
    }

    private static <T extends Iterator<Outcome<RawDocument>> & AutoCloseable> Stream<Outcome<RawDocument>> stream(T it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        it.close();
                    } catch (Exception e) {
                        // closing an input loses nothing
                    }
                });
    }

    private static Outcome<RawDocument> failed(String input, Position position, Code code, String message) {
        return Outcome.failed(new Problem(input, code, position, message));
    }
}
