package org.herald.ingest.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.herald.model.Outcome;
import org.herald.model.Position;
import org.herald.model.Problem;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;
import org.xml.sax.InputSource;

/**
 * Reads RSS 2.0, RSS 1.0 and Atom feeds with ROME, with DOCTYPEs refused so that external
 * entities and entity-expansion bombs never reach the XML parser. Each entry becomes a document
 * made of its own content, with its link so that the caller may fetch the page instead.
 */
public final class FeedReader {

    private FeedReader() {
    }

    /**
     * One entry: its own content as a document (or why there is none), its link, and its title and
     * date as hints for the page behind the link.
     */
    public record Entry(Outcome<RawDocument> content, String link, RawDocument.Hints hints) {
    }

    /** Feeds are a few elements deep; the XML tree builder's time grows with the square of the depth. */
    static final int MAX_DEPTH = 256;

    /** The entries of a feed, or one entry holding the problem when the feed cannot be read. */
    public static List<Entry> read(String origin, byte[] bytes, int maxEntries) {
        List<Entry> out = new ArrayList<>();
        int depth = depth(bytes);
        if (depth > MAX_DEPTH) {
            out.add(new Entry(Outcome.failed(new Problem(origin, Code.FEED_TOO_DEEP, null,
                    "the feed nests elements " + depth + " deep, more than " + MAX_DEPTH)), null, RawDocument.Hints.NONE));
            return out;
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput(false, java.util.Locale.ROOT);
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true);
            InputSource src = new InputSource(new ByteArrayInputStream(bytes));
            feed = input.build(src);
        } catch (FeedException | IllegalArgumentException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Code code = msg.toLowerCase(java.util.Locale.ROOT).contains("doctype") ? Code.FEED_DOCTYPE : Code.FEED_UNREADABLE;
            out.add(new Entry(Outcome.failed(new Problem(origin, code, null,
                    "not a readable feed: " + firstLine(msg))), null, RawDocument.Hints.NONE));
            return out;
        } catch (RuntimeException e) {
            out.add(new Entry(Outcome.failed(new Problem(origin, Code.FEED_UNREADABLE, null, "not a readable feed: " + e)),
                    null, RawDocument.Hints.NONE));
            return out;
        } catch (StackOverflowError e) {
            // the XML parser and ROME recurse once per element: thousands of nested elements run the stack out
            out.add(new Entry(Outcome.failed(new Problem(origin, Code.FEED_TOO_DEEP, null,
                    "the feed is nested too deeply to read")), null, RawDocument.Hints.NONE));
            return out;
        }
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String where = origin + "#entry-" + n;
            if (n > maxEntries) {
                out.add(new Entry(Outcome.skipped(new Problem(origin, Code.FEED_TOO_MANY_ENTRIES, Position.entry(n),
                        "the feed has more than " + maxEntries + " entries; the rest are left")), null, RawDocument.Hints.NONE));
                break;
            }
            String title = e.getTitle() == null ? null : e.getTitle().strip();
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String published = d == null ? null : d.toInstant().toString();
            RawDocument.Hints hints = new RawDocument.Hints(title, published);
            String link = e.getLink() != null && e.getLink().strip().matches("(?i)https?://.+") ? e.getLink().strip() : null;
            String content = content(e);
            if (content == null || content.isBlank()) {
                out.add(new Entry(Outcome.failed(new Problem(where, Code.FEED_NO_CONTENT, Position.entry(n),
                        "the entry has no content")), link, hints));
                continue;
            }
            String html = "<html><head><title>" + escape(title == null ? "" : title) + "</title></head><body><article>"
                    + (title == null ? "" : "<h1>" + escape(title) + "</h1>") + content + "</article></body></html>";
            out.add(new Entry(Outcome.ok(new RawDocument(where, html.getBytes(StandardCharsets.UTF_8), "text/html", "UTF-8",
                    link, Instant.EPOCH, hints)), link, hints));
        }
        return out;
    }

    private static String content(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                sb.append(c.getValue()).append('\n');
            }
        }
        if (sb.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
            sb.append(e.getDescription().getValue());
        }
        String s = sb.toString();
        if (s.isBlank()) {
            return null;
        }
        // Plain-text entries: keep their paragraphs.
        if (!s.contains("<")) {
            s = "<p>" + escape(s).replaceAll("\\n\\s*\\n", "</p><p>") + "</p>";
        }
        return s;
    }

    /**
     * How deep the XML's elements nest, counted on the bytes before any parser sees them:
     * comments, CDATA, processing instructions and declarations are passed over, a tag that ends
     * in "/>" opens nothing. The count stops once it passes the limit.
     */
    static int depth(byte[] bytes) {
        byte[] b = asciiCompatible(bytes);
        int depth = 0;
        int max = 0;
        int i = 0;
        while (i < b.length && max <= MAX_DEPTH) {
            if (b[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(b, i, "<!--")) {
                i = after(b, i + 4, "-->");
            } else if (startsWith(b, i, "<![CDATA[")) {
                i = after(b, i + 9, "]]>");
            } else if (startsWith(b, i, "<?")) {
                i = after(b, i + 2, "?>");
            } else if (startsWith(b, i, "<!")) {
                i = after(b, i + 2, ">");
            } else if (startsWith(b, i, "</")) {
                depth = Math.max(0, depth - 1);
                i = after(b, i + 2, ">");
            } else {
                int end = after(b, i + 1, ">");
                boolean empty = end - 2 > i && b[end - 2] == '/';
                if (!empty) {
                    max = Math.max(max, ++depth);
                }
                i = end;
            }
        }
        return max;
    }

    /** UTF-16 (by its byte-order mark or its "<?" in two bytes) as UTF-8, so that tags are found byte by byte. */
    private static byte[] asciiCompatible(byte[] b) {
        if (b.length < 4) {
            return b;
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        java.nio.charset.Charset cs = b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == '<' ? StandardCharsets.UTF_16BE
                : b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0 ? StandardCharsets.UTF_16LE : null;
        return cs == null ? b : new String(b, cs).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index just past the next {@code ascii} at or after {@code from}, or the end. */
    private static int after(byte[] b, int from, String ascii) {
        for (int i = from; i < b.length; i++) {
            if (startsWith(b, i, ascii)) {
                return i + ascii.length();
            }
        }
        return b.length;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
