package org.herald.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Link;
import org.herald.model.ResolvedDate;

/**
 * What the readers of HTML and plain text found, before it becomes an {@code Article}: the parts
 * of the canonical text with their offsets in the decoded document (-1 when not copied verbatim),
 * and the metadata.
 */
public final class Extracted {

    /** A piece of text and where it starts in the decoded document, or -1. */
    public record Piece(String text, int rawStart) {
    }

    public Piece headline;
    public Piece standfirst;
    public final List<Piece> paragraphs = new ArrayList<>();
    public final List<Link> related = new ArrayList<>();
    public final Set<String> authors = new LinkedHashSet<>();
    public ResolvedDate published;
    public String publishedFrom;
    public String site;
    public String canonicalUrl;
    public String language;
    public String source;

    /** Adds a related headline unless it is already there; keeps at most 50. */
    public void relate(String text, String url) {
        String t = Clutter.headline(text);
        if (t.isEmpty() || related.size() >= 50) {
            return;
        }
        for (Link l : related) {
            if (l.text().equalsIgnoreCase(t)) {
                return;
            }
        }
        related.add(new Link(t, url));
    }

    /** Sets the date unless a better source already did. */
    public void date(ResolvedDate d, String from) {
        if (published == null && d != null) {
            published = d;
            publishedFrom = from;
        }
    }
}
