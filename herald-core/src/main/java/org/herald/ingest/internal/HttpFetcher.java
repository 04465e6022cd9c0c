package org.herald.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.herald.model.Outcome;
import org.herald.model.Problem;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;

/**
 * Fetches http(s) pages politely and defensively: an identifying User-Agent, robots.txt per
 * host, a delay between requests to one host, redirects followed by hand (each hop checked
 * again) up to a limit, a size cap enforced while reading and again after decompressing (a
 * gzip bomb stops at the cap), one deadline for the whole response, and no requests to loopback
 * or private addresses unless allowed.
 */
public final class HttpFetcher {

    /** How a fetch is limited. */
    public record Limits(long maxBytes, Duration connectTimeout, Duration timeout, int maxRedirects, Duration hostDelay,
                         boolean allowPrivate, String userAgent, String robotsAgent) {
    }

    private final Limits limits;
    private final Predicate<InetAddress> isPrivate;
    private final HttpClient client;
    private final Map<String, Robots> robots = new HashMap<>();
    private final Map<String, Long> lastFetch = new HashMap<>();

    public HttpFetcher(Limits limits) {
        this(limits, Addresses::isPrivate);
    }

    /** With another rule for which addresses are private (a test's server on 127.0.0.1 may stand for the internet). */
    public HttpFetcher(Limits limits, Predicate<InetAddress> isPrivate) {
        this.limits = limits;
        this.isPrivate = isPrivate;
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The page at {@code url}, or why it could not be had. */
    public Outcome<RawDocument> fetch(String url, RawDocument.Hints hints) {
        return fetch(url, hints, null, null).page();
    }

    /**
     * What a conditional fetch found: the page and its validators, or that it is unchanged since
     * the validators given ({@code page} is then null).
     */
    public record Polled(Outcome<RawDocument> page, boolean unchanged, String etag, String lastModified) {
    }

    /**
     * A conditional GET: with the ETag and Last-Modified of an earlier answer (either may be
     * null), a server that has nothing new answers 304 and nothing is read.
     */
    public Polled fetch(String url, RawDocument.Hints hints, String etag, String lastModified) {
        String current = url;
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            URI uri;
            try {
                uri = URI.create(current.strip());
            } catch (IllegalArgumentException e) {
                return polled(failed(url, Code.HTTP_BAD_URL, "not a URL: " + current));
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return polled(failed(url, Code.HTTP_BAD_URL, "only http and https URLs with a host are fetched: " + current));
            }
            Outcome<RawDocument> refused = checkAddress(url, uri.getHost());
            if (refused != null) {
                return polled(refused);
            }
            Robots r = robotsFor(uri);
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (!r.allows(path)) {
                return polled(Outcome.skipped(new Problem(url, Code.HTTP_ROBOTS, null, "robots.txt of " + uri.getHost()
                        + " disallows " + path)));
            }
            waitForHost(uri.getHost(), r.crawlDelaySeconds());
            Response res;
            try {
                res = get(uri, limits.maxBytes(), hop == 0 ? etag : null, hop == 0 ? lastModified : null);
            } catch (TooLarge e) {
                return polled(failed(url, Code.HTTP_TOO_LARGE, "the response is over " + limits.maxBytes() + " bytes"));
            } catch (TimeoutException e) {
                return polled(failed(url, Code.HTTP_TIMEOUT, "no complete response within " + limits.timeout().toSeconds() + " s"));
            } catch (IOException e) {
                return polled(failed(url, Code.HTTP_UNREACHABLE, "cannot fetch " + current + ": " + e.getMessage()));
            }
            if (res.status == 304) {
                return new Polled(null, true, etag, lastModified);
            }
            if (res.status >= 300 && res.status < 400) {
                String location = res.headers.firstValue("location").orElse(null);
                if (location == null) {
                    return polled(failed(url, Code.HTTP_STATUS, "redirect (" + res.status + ") without a Location header"));
                }
                current = uri.resolve(location.strip()).toString();
                continue;
            }
            if (res.status != 200) {
                return polled(failed(url, Code.HTTP_STATUS, "the server answered " + res.status + " for " + current));
            }
            String type = res.headers.firstValue("content-type").orElse("");
            String media = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!media.isEmpty() && !media.startsWith("text/") && !media.contains("html") && !media.contains("xml")) {
                return polled(Outcome.skipped(new Problem(url, Code.HTTP_NOT_A_PAGE, null, "the server sent " + media)));
            }
            String charset = null;
            for (String part : type.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    charset = p.substring(8).replace("\"", "").strip();
                }
            }
            return new Polled(Outcome.ok(new RawDocument(url, res.body, media.isEmpty() ? null : media, charset, current,
                    Instant.now(), hints)), false, res.headers.firstValue("etag").orElse(null),
                    res.headers.firstValue("last-modified").orElse(null));
        }
        return polled(failed(url, Code.HTTP_REDIRECTS, "more than " + limits.maxRedirects() + " redirects"));
    }

    private static Polled polled(Outcome<RawDocument> problem) {
        return new Polled(problem, false, null, null);
    }

    /** Why a host is not fetched: it has no address, or a private one not allowed; null when it may be. */
    private Outcome<RawDocument> checkAddress(String url, String host) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return failed(url, Code.HTTP_UNKNOWN_HOST, "unknown host " + host + ": it has no address");
        }
        if (!limits.allowPrivate()) {
            for (InetAddress a : all) {
                if (isPrivate.test(a)) {
                    return failed(url, Code.HTTP_PRIVATE_ADDRESS, host + " is a loopback or private address ("
                            + a.getHostAddress() + "); allow private addresses to fetch it");
                }
            }
        }
        return null;
    }

    private synchronized Robots robotsFor(URI uri) {
        String key = uri.getScheme() + "://" + uri.getRawAuthority();
        Robots r = robots.get(key);
        if (r != null) {
            return r;
        }
        r = Robots.ALLOW_ALL;
        try {
            Response res = get(URI.create(key + "/robots.txt"), 512 * 1024);
            if (res.status == 200) {
                r = Robots.parse(new String(res.body, StandardCharsets.UTF_8), limits.robotsAgent());
            }
        } catch (IOException | TimeoutException | TooLarge e) {
            // No readable robots.txt: the site set no rules Herald can see.
        }
        robots.put(key, r);
        return r;
    }

    private void waitForHost(String host, double crawlDelay) {
        long delay = Math.max(limits.hostDelay().toMillis(), (long) (Math.min(crawlDelay, 30) * 1000));
        long wait;
        synchronized (this) {
            long now = System.currentTimeMillis();
            Long last = lastFetch.get(host);
            long next = last == null ? now : Math.max(now, last + delay);
            lastFetch.put(host, next);
            wait = next - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Response(int status, HttpHeaders headers, byte[] body) {
    }

    private static final class TooLarge extends Exception {
        TooLarge() {
            super("over the size limit", null, false, false);
        }
    }

    private Response get(URI uri, long max) throws IOException, TimeoutException, TooLarge {
        return get(uri, max, null, null);
    }

    private Response get(URI uri, long max, String etag, String lastModified) throws IOException, TimeoutException, TooLarge {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(limits.timeout()).header("User-Agent", limits.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.8,*/*;q=0.5")
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        HttpRequest req = b.GET().build();
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(req, info -> new CappedBody(max));
        try {
            HttpResponse<byte[]> r = f.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Response(r.statusCode(), r.headers(), decoded(r.headers(), r.body(), max));
        } catch (TimeoutException e) {
            f.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            while (c != null && !(c instanceof TooLarge) && c.getCause() != null && c.getCause() != c) {
                c = c.getCause();
            }
            if (c instanceof TooLarge t) {
                throw t;
            }
            // The request's own timeout can fire before the wait above does: it is the same limit.
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new TimeoutException(e.getCause().getMessage());
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    /** The body without its content coding, decompressed no further than the cap. */
    private static byte[] decoded(HttpHeaders headers, byte[] body, long max) throws IOException, TooLarge {
        String coding = headers.firstValue("content-encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        InputStream in;
        switch (coding) {
            case "", "identity" -> {
                return body;
            }
            case "gzip", "x-gzip" -> in = new GZIPInputStream(new ByteArrayInputStream(body));
            case "deflate" -> in = new InflaterInputStream(new ByteArrayInputStream(body));
            default -> throw new IOException("the response is in an encoding Herald does not read: " + coding);
        }
        try (in) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (out.length > max) {
                throw new TooLarge();
            }
            return out;
        } catch (java.util.zip.ZipException e) {
            throw new IOException("the " + coding + " body is corrupt: " + e.getMessage());
        }
    }

    /** Collects a body and gives up, cancelling the stream, once it passes the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buf.write(chunk, 0, chunk.length);
            }
            if (buf.size() > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buf.toByteArray());
        }
    }

    private static Outcome<RawDocument> failed(String input, Code code, String message) {
        return Outcome.failed(new Problem(input, code, null, message));
    }
}
