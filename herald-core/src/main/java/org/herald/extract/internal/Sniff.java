package org.herald.extract.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells binary data from text, and HTML from plain text, by looking at the first bytes. */
public final class Sniff {

    private Sniff() {
    }

    /** Why the bytes are not text ("a PDF file", "NUL byte at byte 12"), or null when they are text. */
    public static String binaryReason(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return null; // UTF-16 with a byte-order mark has NUL bytes and is text
        }
        if (startsWith(b, "%PDF")) {
            return "a PDF file";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "a PNG image";
        }
        if (startsWith(b, "GIF8")) {
            return "a GIF image";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "a ZIP archive";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "gzip-compressed data";
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "binary data (NUL byte at byte " + i + ")";
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) || c == 0x7F) {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            return "binary data (" + control + " control bytes in the first " + n + ")";
        }
        return null;
    }

    /** Whether the document is HTML: by its declared media type, else by its first tags. */
    public static boolean isHtml(String mediaType, String text) {
        if (mediaType != null) {
            String m = mediaType.toLowerCase(Locale.ROOT);
            if (m.contains("html")) {
                return true;
            }
            if (m.startsWith("text/plain")) {
                return false;
            }
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<!--") && head.contains("<html")
                || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<") && (head.contains("<p>") || head.contains("<div") || head.contains("<p ") || head.contains("<title"));
    }

    private static boolean startsWith(byte[] b, String ascii) {
        byte[] p = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
