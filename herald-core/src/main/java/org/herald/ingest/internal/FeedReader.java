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

    /** The entries of a feed, or one entry holding the problem when the feed cannot be read. */
    public static List<Entry> read(String origin, byte[] bytes, int maxEntries) {
        List<Entry> out = new ArrayList<>();
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
