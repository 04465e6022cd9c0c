package org.herald.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Which blocks next to the content element belong to the same article. Pages often split one
 * story over sibling or nested containers: a lead block, then a byline, share buttons or a
 * picture, then the rest of the body. The scorer's best element holds the larger part; this
 * walks out from it, block by block, stepping over metadata and media, and joins the parts that
 * read as the same article:
 *
 * <ol>
 *   <li>a block that links to other stories (two links of headline length, unless it is a
 *       paragraph of the story's kind that cites them, or one that makes most of its text) ends
 *       the walk: what lies beyond is another list or another story;</li>
 *   <li>the page's headline ends the walk, and so do an end marker ("Related", "Comments") and a
 *       heading of more than a few words (the title of another section of the page);</li>
 *   <li>a good paragraph (prose, eight words or more, not a caption) right next to the part
 *       already joined, inside the best element, is joined;</li>
 *   <li>across metadata or media, or outside the best element, a good paragraph is joined only
 *       when it is written like the body (the same element and class as the body's paragraphs)
 *       and is about what the headline is about (a topic word in common);</li>
 *   <li>after the story, a byline or a name ends the walk: it heads the author's box;</li>
 *   <li>bylines, datelines, credits, captions, prompts and the site's own notices, short lines,
 *       and rows of short links (share buttons) are stepped over, a few at most, and stay out
 *       of the body (the bylines and datelines among them go to the metadata);</li>
 *   <li>anything else (other prose, a long block of another kind) ends the walk.</li>
 * </ol>
 */
final class Neighbours {

    /** How many elements above the content a joined part may sit, beyond the best element. */
    private static final int LEVELS = 4;
    /** How many blocks may be stepped over between two parts. */
    private static final int MAX_GAP = 8;
    /** A block next to the content shorter than this, and not clutter, is a neutral line. */
    private static final int SHORT = 40;

    private final List<MainText.TextBlock> blocks;
    private final Element top;
    private final Element bound;
    private final Set<String> style = new HashSet<>();
    private final Set<String> topic;
    private final String title;
    private final List<MainText.TextBlock> stepped = new ArrayList<>();
    /** Why the last walk stopped, for the trace. */
    private String stop = "";
    private int stopAt = -1;

    /**
     * @param content the element chosen as the story's
     * @param top the best-scoring element, which holds it
     * @param title the page's headline in {@link MainText#norm} form, or null
     * @param topic the topic words ({@link PageWords#topicWords}) of the headline, or of the body without one
     */
    Neighbours(List<MainText.TextBlock> blocks, Element content, Element top, String title, Set<String> topic) {
        this.blocks = blocks;
        this.top = top;
        this.title = title;
        this.topic = topic;
        Element b = content;
        for (int i = 0; i < LEVELS && b.parent() != null; i++) {
            b = b.parent();
        }
        this.bound = MainText.inside(top, b) ? b : top;
        for (MainText.TextBlock x : blocks) {
            if (good(x) && MainText.inside(x.owner, content)) {
                style.add(MainText.style(x));
            }
        }
    }

    /** The farthest block in direction {@code dir} (-1 before, +1 after) from {@code edge} that joins the story. */
    int reach(int edge, int dir) {
        Element bound = dir < 0 ? headerBound(edge) : this.bound;
        int far = edge;
        int gap = 0;
        boolean crossed = false;
        Element box = null;
        Element joined = null; // the element holding the part last joined outside the best element
        stop = dir < 0 ? "the page's start" : "the page's end";
        stopAt = -1;
        for (int i = edge + dir; i >= 0 && i < blocks.size(); i += dir) {
            MainText.TextBlock b = blocks.get(i);
            if (!MainText.inside(b.owner, bound)) {
                stop = "the walk's reach";
                stopAt = i;
                break;
            }
            if (linksOut(b)) {
                if (dir > 0 || !headlineAbove(i, bound)) {
                    stop = "links to other stories";
                    stopAt = i;
                    break;
                }
                // under the headline, a box of links to other stories interrupts the story's
                // opening; it does not end it
                stepped.add(b);
                crossed = true;
                gap++;
                continue;
            }
            if (dir > 0 && names(b)) {
                stop = "a name";
                stopAt = i;
                break; // after the story, a name starts the author's box
            }
            if (b.contents && b.linkDensity() > 0.5) {
                stepped.add(b);
                crossed = true;
                continue; // the article's own table of contents: stepped over however long
            }
            if (b.heading) {
                String t = MainText.norm(b.text);
                // the headline ends the walk: above it lies the site's masthead, not the story
                if (t.equals(title) || b.owner.normalName().equals("h1") || MainText.isEndMarker(b.text)) {
                    stop = MainText.isEndMarker(b.text) ? "an end marker" : "the headline";
                    stopAt = i;
                    break;
                }
                if (b.text.length() > SHORT) {
                    if (dir > 0 || !headlineAbove(i, bound)) {
                        stop = "a long heading";
                        stopAt = i;
                        break;
                    }
                    crossed = true; // a box's own heading (a promotion) between the headline and the story
                }
                gap++;
            } else if (good(b)) {
                // next to a part already joined, in the same element, is the same part
                boolean near = !crossed && (MainText.inside(b.owner, top) || joined != null && b.owner.parent() == joined);
                if (!near && !(style.contains(MainText.style(b)) && onTopic(b))) {
                    stop = !style.contains(MainText.style(b)) ? "prose not written like the body" : "prose off the headline's topic";
                    stopAt = i;
                    break;
                }
                if (!MainText.inside(b.owner, top)) {
                    joined = b.owner.parent();
                }
                far = i;
                gap = 0;
                crossed = false;
                continue;
            } else if (steppable(b) || dir < 0 && label(b)) {
                // the lines of one box of metadata (date, reading time, author, each with its
                // label) are one step
                if (box == null || !MainText.inside(b.owner, box)) {
                    gap++;
                }
                box = b.owner.parent() == null ? b.owner : b.owner.parent().parent() == null ? b.owner.parent() : b.owner.parent().parent();
                stepped.add(b);
                crossed |= b.text.length() > SHORT || b.media || b.weight < -5;
            } else {
                stop = "a block of another kind (" + (b.weight <= 0 && b.kind == Clutter.Kind.CONTENT ? "weak " : "")
                        + b.kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
                stopAt = i;
                break;
            }
            if (gap > MAX_GAP) {
                stop = "too many steps";
                stopAt = i;
                break;
            }
        }
        return far;
    }

    /**
     * Whether the page's headline (its {@code h1}, or the heading that reads as its title) sits
     * above block {@code i}, a few blocks up and inside the part the walk may reach. Between the
     * headline and the story lies only the story's header and its opening.
     */
    private boolean headlineAbove(int i, Element bound) {
        for (int j = i - 1; j >= 0 && j >= i - 2 * MAX_GAP; j--) {
            MainText.TextBlock h = blocks.get(j);
            if (!MainText.inside(h.owner, bound)) {
                return false;
            }
            if (h.owner.normalName().equals("h1") || h.heading && MainText.norm(h.text).equals(title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far the walk before the story may go: the best element's reach, or, when the page's
     * headline sits a few blocks above the story outside the best element, the nearest element
     * above that holds both (page builders nest each row of a page many levels deep). The headline and what lies between it and the story are the
     * story's header (a dek, a byline, a lead in its own row of a page builder); the walk's rules
     * still decide which of it joins, and the headline ends it.
     */
    private Element headerBound(int edge) {
        for (int j = edge - 1; j >= 0 && j >= edge - 2 * MAX_GAP; j--) {
            MainText.TextBlock h = blocks.get(j);
            if (h.owner.normalName().equals("h1") || h.heading && MainText.norm(h.text).equals(title)) {
                if (MainText.inside(h.owner, bound)) {
                    return bound;
                }
                Element e = top;
                for (int d = 0; d < 4 * LEVELS && e.parent() != null; d++) {
                    e = e.parent();
                    if (MainText.inside(h.owner, e)) {
                        return e;
                    }
                }
                return bound;
            }
        }
        return bound;
    }

    /** Why the last walk stopped: the kind of block it stopped at, for the trace. */
    String stop() {
        return stop;
    }

    /** The block where the last walk stopped, or -1 when it ran to the page's edge. */
    int stopAt() {
        return stopAt;
    }

    /** The blocks the walks stepped over: bylines, datelines, captions, share rows, notices. */
    List<MainText.TextBlock> stepped() {
        return stepped;
    }

    /** A byline, or a block that is only a person's name (an author's, linked or as a heading). */
    private static boolean names(MainText.TextBlock b) {
        return b.kind == Clutter.Kind.BYLINE || b.text.length() <= 60 && MainText.isName(b.text);
    }

    /** A paragraph of the story's kind: prose, not clutter, not a caption. */
    static boolean good(MainText.TextBlock b) {
        return b.weight > 0 && b.words >= 8 && !b.heading && !b.media && b.kind == Clutter.Kind.CONTENT
                && b.linkDensity() <= 0.5;
    }

    /**
     * Links to other stories: two links of headline length, or one that makes most of the block.
     * A paragraph of the story's kind that cites titles (its links are under half its text) is
     * prose, not a list.
     */
    private static boolean linksOut(MainText.TextBlock b) {
        return !b.contents && (b.headlineLinks >= 2 && !good(b) || b.headlineLinks >= 1 && b.linkDensity() > 0.5);
    }

    /**
     * A line of a few words that does not end a sentence (a label, a kicker, a dek set as a line:
     * "Everything you need to know about the new fares"): before the story it is part of its
     * header, not another story.
     */
    private static boolean label(MainText.TextBlock b) {
        return b.kind == Clutter.Kind.CONTENT && !b.heading && b.words < 10 && !MainText.endsSentence(b.text)
                && b.linkDensity() <= 0.5;
    }

    private static boolean steppable(MainText.TextBlock b) {
        if (b.media || b.text.length() <= SHORT) {
            return true;
        }
        return switch (b.kind) {
            case BYLINE, DATELINE, CREDIT, PROMPT, SITE, CONSENT, SOURCE -> true;
            // a row of short links: share buttons, tags
            case CONTENT -> b.linkDensity() > 0.5 || b.words < 8;
            default -> false;
        };
    }

    private boolean onTopic(MainText.TextBlock b) {
        if (topic.isEmpty()) {
            return false;
        }
        for (String w : PageWords.shared().topicWords(b.text)) {
            if (topic.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
