package org.herald.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each piece of a page's text went in the extraction, for diagnosing a lost lead: the page's
 * text before cleaning, its metadata text (title, description, JSON-LD article body), and each
 * piece with its fate (kept, dropped in cleaning and why, outside the story's parts, or dropped
 * inside them by a named filter). Filled only when asked for: recording costs text copies.
 */
public final class Trace {

    /** A piece of the page's text and what became of it. */
    public record Part(String text, String fate) {
    }

    /** The fate of a block kept in the body (as a paragraph or the standfirst). */
    public static final String KEPT = "kept";

    String visible = "";
    String metadata = "";
    String description = "";
    final List<Part> parts = new ArrayList<>();
    /** Why the walk that joins the story's parts stopped, before and after the story. */
    String stopBefore = "the page's start";
    String stopAfter = "the page's end";

    /** The body's text before cleaning (what the page shows, and its hidden text). */
    public String visible() {
        return visible;
    }

    /** The page's title, description and JSON-LD article body, one a line. */
    public String metadata() {
        return metadata;
    }

    /** The page's description (meta, Open Graph or JSON-LD), or "". */
    public String description() {
        return description;
    }

    public List<Part> parts() {
        return parts;
    }

    /** Why the walk before the story stopped (a heading, a box of links, prose not like the body, ...). */
    public String stopBefore() {
        return stopBefore;
    }

    public String stopAfter() {
        return stopAfter;
    }

    /** Set by the extractor as it reads the page. */
    public void setVisible(String value) {
        visible = value;
    }

    /** Set by the extractor as it reads the page. */
    public void setDescription(String value) {
        description = value;
    }

    /** Set by the extractor as it reads the page. */
    public void setMetadata(String value) {
        metadata = value;
    }

    /** Set by the extractor as it reads the page. */
    public void setStopBefore(String value) {
        stopBefore = value;
    }

    /** Set by the extractor as it reads the page. */
    public void setStopAfter(String value) {
        stopAfter = value;
    }

    public void add(String text, String fate) {
        if (text != null && !text.isBlank()) {
            parts.add(new Part(text, fate));
        }
    }
}
