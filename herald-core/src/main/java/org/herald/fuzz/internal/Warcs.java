package org.herald.fuzz.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * WARC archives for the WARC readers' seeds, built from pages: the records a crawler writes
 * (warcinfo, request, response, metadata) with the HTTP framings pages come in (plain, chunked,
 * gzip-encoded, another status, another type); and per-record gzip, as a WARC.gz holds them.
 */
public final class Warcs {

    private Warcs() {
    }

    /** One archive of the pages, each in a different framing. */
    public static byte[] archive(List<byte[]> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        record(out, "warcinfo", null, "application/warc-fields", ascii("software: herald-fuzz\r\nformat: WARC 1.1\r\n"));
        int n = 0;
        for (byte[] page : pages) {
            String uri = "https://courier.example/news/2024/05/0" + (n % 9 + 1) + "/story-" + n;
            record(out, "request", uri, "application/http; msgtype=request",
                    ascii("GET /news/story-" + n + " HTTP/1.1\r\nHost: courier.example\r\nUser-Agent: herald\r\n\r\n"));
            byte[] http = switch (n % 5) {
                case 0 -> http("200 OK", "text/html; charset=utf-8", null, page);
                case 1 -> http("200 OK", "text/html", "chunked", chunked(page));
                case 2 -> http("200 OK", "text/html; charset=\"UTF-8\"", "gzip", gzip(page));
                case 3 -> http("404 Not Found", "text/html", null, page);
                default -> http("200 OK", "application/xhtml+xml", null, page);
            };
            record(out, "response", uri, "application/http; msgtype=response", http);
            if (n % 3 == 0) {
                record(out, "metadata", uri, "application/warc-fields", ascii("via: https://courier.example/\r\n"));
            }
            n++;
        }
        record(out, "response", "https://courier.example/logo.png", "application/http; msgtype=response",
                http("200 OK", "image/png", null, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        return out.toByteArray();
    }

    /**
     * The archive with each record in its own gzip member, as WARC.gz files are; now and then the
     * compressed bytes are damaged too, so that the gunzip layer is tried as well as the records.
     */
    public static byte[] gzipRecords(byte[] warc, SplittableRandom r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] rec : split(warc)) {
            out.writeBytes(gzip(rec));
        }
        byte[] gz = out.toByteArray();
        if (gz.length > 0 && r.nextInt(8) == 0) {
            gz = gz.clone();
            if (r.nextBoolean()) {
                gz[r.nextInt(gz.length)] ^= (byte) (1 << r.nextInt(8));
            } else {
                gz = java.util.Arrays.copyOf(gz, r.nextInt(gz.length));
            }
        }
        return gz;
    }

    /** The archive cut before each line that starts a record. */
    static List<byte[]> split(byte[] warc) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i + 6 <= warc.length; i++) {
            if (warc[i - 1] == '\n' && warc[i] == 'W' && warc[i + 1] == 'A' && warc[i + 2] == 'R' && warc[i + 3] == 'C'
                    && warc[i + 4] == '/' && i > start) {
                out.add(java.util.Arrays.copyOfRange(warc, start, i));
                start = i;
            }
        }
        out.add(java.util.Arrays.copyOfRange(warc, start, warc.length));
        return out;
    }

    private static void record(ByteArrayOutputStream out, String type, String uri, String contentType, byte[] block) {
        StringBuilder h = new StringBuilder("WARC/1.1\r\n");
        h.append("WARC-Type: ").append(type).append("\r\n");
        if (uri != null) {
            h.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        h.append("WARC-Date: 2024-05-06T10:00:00Z\r\n");
        h.append("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-").append(String.format("%012d", out.size()))
                .append(">\r\n");
        h.append("Content-Type: ").append(contentType).append("\r\n");
        h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
        out.writeBytes(ascii(h.toString()));
        out.writeBytes(block);
        out.writeBytes(ascii("\r\n\r\n"));
    }

    private static byte[] http(String status, String type, String coding, byte[] body) {
        StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append("\r\n");
        h.append("Content-Type: ").append(type).append("\r\n");
        if ("chunked".equals(coding)) {
            h.append("Transfer-Encoding: chunked\r\n");
        } else {
            if (coding != null) {
                h.append("Content-Encoding: ").append(coding).append("\r\n");
            }
            h.append("Content-Length: ").append(body.length).append("\r\n");
        }
        h.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(h.toString()));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 500) {
            int len = Math.min(500, body.length - at);
            out.writeBytes(ascii(Integer.toHexString(len) + "\r\n"));
            out.write(body, at, len);
            out.writeBytes(ascii("\r\n"));
        }
        out.writeBytes(ascii("0\r\n\r\n"));
        return out.toByteArray();
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
