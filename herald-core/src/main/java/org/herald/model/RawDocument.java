package org.herald.model;

import java.time.Instant;

/**
 * A document as it was read, before anything was taken out of it.
 *
 * @param origin where it came from, for messages: a path, a URL, "stdin", or "file.warc.gz@5120"
 * @param bytes the bytes as read (not decoded)
 * @param mediaType the media type as known or sniffed ("text/html", "text/plain", ...)
 * @param charset the charset declared by the transport, or null
 * @param url the document's URL when known, else null
 * @param fetched when it was fetched or read
 * @param hints what the container said about it (a feed's or a JSON line's title and date), or
 *     {@link Hints#NONE}
 */
public record RawDocument(String origin, byte[] bytes, String mediaType, String charset, String url,
                          Instant fetched, Hints hints) {

    /** Metadata a container (feed entry, JSON line, WARC header) gave alongside the bytes. */
    public record Hints(String title, String published) {
        public static final Hints NONE = new Hints(null, null);
    }

    public static RawDocument text(String origin, String text) {
        return new RawDocument(origin, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain",
                "UTF-8", null, Instant.EPOCH, Hints.NONE);
    }
}
