package org.herald.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** What a file holds, from its first bytes and, failing that, its name. */
public enum Kind {
    WARC, FEED, JSONL, HTML, TEXT, BINARY;

    public static Kind sniff(byte[] head, String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (startsWith(head, "WARC/")) {
            return WARC;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            byte[] inner = gunzipHead(head);
            return inner != null && startsWith(inner, "WARC/") || n.endsWith(".warc.gz") ? WARC : BINARY;
        }
        java.nio.charset.Charset cs = utf16(head); // a UTF-16 feed or page starts with its byte-order mark
        String text = new String(head, 0, Math.min(head.length, 4096), cs != null ? cs : StandardCharsets.UTF_8);
        String t = text.replaceFirst("^\uFEFF", "").stripLeading();
        String l = t.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || t.startsWith("{") && n.endsWith(".json")) {
            return JSONL;
        }
        if (t.startsWith("{\"") && !n.endsWith(".txt")) {
            return JSONL;
        }
        if (l.startsWith("<?xml") || l.startsWith("<rss") || l.startsWith("<feed") || l.startsWith("<rdf:rdf")
                || l.startsWith("<!doctype rss")) {
            if (l.contains("<rss") || l.contains("<feed") || l.contains("<rdf:rdf") || n.endsWith(".rss") || n.endsWith(".atom")) {
                return FEED;
            }
        }
        if (looksBinary(head)) {
            return BINARY;
        }
        if (l.startsWith("<") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        return TEXT;
    }

    /** UTF-16 when the bytes start with its byte-order mark, else null. */
    private static java.nio.charset.Charset utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The media type a document of this kind is handed on with. */
    public String mediaType() {
        return switch (this) {
            case HTML -> "text/html";
            case TEXT -> "text/plain";
            case FEED -> "application/rss+xml";
            case JSONL -> "application/x-ndjson";
            case WARC -> "application/warc";
            case BINARY -> "application/octet-stream";
        };
    }

    static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return false;
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || c > 0x0D && c < 0x20 && c != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static byte[] gunzipHead(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readNBytes(16);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
