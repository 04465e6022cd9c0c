package org.herald.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Span;

/**
 * Finds quoted stretches of text by their marks: straight and curly double quotes, guillemets,
 * and single quotes, telling a closing single quote from an apostrophe (Kim’s, don't, nukes').
 * Works block by block (a block never holds a blank line); a quote left open at the end of a
 * paragraph whose next paragraph opens with the same kind of mark is the usual multi-paragraph
 * quotation, and is returned as one piece per paragraph.
 */
public final class QuoteMarks {

    /**
     * One quoted stretch.
     *
     * @param content the quoted words, without the marks or surrounding blanks
     * @param outer the content with its marks (the closing mark is absent when the quote runs on)
     * @param single whether single quote marks delimit it
     * @param runsOn the quote is not closed in this paragraph and goes on in the next
     * @param continued this piece goes on a quote begun in an earlier paragraph
     */
    public record Marked(Span content, Span outer, boolean single, boolean runsOn, boolean continued) {
    }

    private QuoteMarks() {
    }

    /** The quotes of a text made of the given blocks (each a span of {@code text}), in text order. */
    public static List<Marked> find(String text, List<Span> blocks) {
        List<Marked> out = new ArrayList<>();
        boolean carry = false;
        boolean carrySingle = false;
        for (int b = 0; b < blocks.size(); b++) {
            Span block = blocks.get(b);
            Span next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
            carry = scanBlock(text, block, next, carry, carrySingle, out);
            if (carry) {
                carrySingle = out.get(out.size() - 1).single();
            }
        }
        return out;
    }

    /** Scans one block; returns whether its last quote runs on into the next block. */
    private static boolean scanBlock(String text, Span block, Span next, boolean continuing, boolean contSingle,
                                     List<Marked> out) {
        int i = block.start();
        int end = block.end();
        int openAt = -1;
        boolean single = false;
        boolean continued = false;
        if (continuing) {
            // The block opens with the mark that re-opens the running quote.
            int first = skipBlanks(text, i, end);
            if (first < end && isOpener(text, first, contSingle)) {
                openAt = first;
                single = contSingle;
                continued = true;
                i = first + 1;
            }
        }
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (openAt < 0) {
                if (isDoubleOpen(text, i, block)) {
                    openAt = i;
                    single = false;
                } else if (isSingleOpen(text, i, block)) {
                    openAt = i;
                    single = true;
                }
            } else if (!single && c == '"' && reopens(text, openAt, i, block)) {
                // "We waited. "Now we act." -- paragraphs of one speech run together: the speech
                // goes on in a new piece rather than closing at the second mark
                add(text, openAt, i, i, false, true, continued, out);
                openAt = i;
                continued = true;
            } else if (!single && isDoubleClose(text, i, openAt)) {
                add(text, openAt, i, i + 1, false, false, continued, out);
                openAt = -1;
                continued = false;
            } else if (single && isSingleClose(text, i, openAt, end)) {
                add(text, openAt, i, i + 1, true, false, continued, out);
                openAt = -1;
                continued = false;
            } else if (c == '\n' && !continued) {
                // A mark left open at the end of a line (not a paragraph) is stray: drop it.
                openAt = -1;
            }
        }
        if (openAt < 0) {
            return false;
        }
        boolean reopens = next != null && isOpener(text, skipBlanks(text, next.start(), next.end()), single);
        int opener = openAt;
        boolean atBlockStart = skipBlanks(text, block.start(), end) == opener;
        if (reopens || atBlockStart || continued) {
            int before = out.size();
            add(text, opener, end, end, single, reopens, continued, out);
            return reopens && out.size() > before;
        }
        return false;
    }

    private static void add(String text, int open, int contentEnd, int outerEnd, boolean single, boolean runsOn,
                            boolean continued, List<Marked> out) {
        int s = open + 1;
        int e = contentEnd;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s && hasLetterOrDigit(text, s, e)) {
            out.add(new Marked(new Span(s, e), new Span(open, outerEnd), single, runsOn, continued));
        }
    }

    /** A straight mark that opens (blank before, word after) right after a finished sentence. */
    private static boolean reopens(String text, int openAt, int i, Span block) {
        if (!openingContext(text, i, block) || i == block.start() || text.charAt(i - 1) == '\n') {
            return false;
        }
        int p = i - 1;
        while (p > openAt && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p > openAt + 1 && ".?!".indexOf(text.charAt(p)) >= 0 && Character.isUpperCase(charAfter(text, i));
    }

    private static char charAfter(String text, int i) {
        return i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    }

    private static boolean hasLetterOrDigit(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int skipBlanks(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isOpener(String text, int i, boolean single) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return single ? c == '‘' || c == '\'' : c == '“' || c == '"' || c == '„' || c == '«';
    }

    private static boolean isDoubleOpen(String text, int i, Span block) {
        char c = text.charAt(i);
        if (c == '“' || c == '„' || c == '«') {
            return true;
        }
        return c == '"' && openingContext(text, i, block);
    }

    private static boolean isDoubleClose(String text, int i, int openAt) {
        char c = text.charAt(i);
        if (c == '”' || c == '»') {
            return true;
        }
        // A straight quote closes, and so does a second opening curly mark (a typo for the closer).
        return c == '"' || (c == '“' && i > openAt + 1 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))));
    }

    private static boolean isSingleOpen(String text, int i, Span block) {
        char c = text.charAt(i);
        if (c != '‘' && c != '\'') {
            return false;
        }
        if (!openingContext(text, i, block)) {
            return false;
        }
        // '90s, 'em and 'n' are elisions, not quotes.
        if (i + 1 < block.end() && Character.isDigit(text.charAt(i + 1)) && c == '\'') {
            return false;
        }
        return !startsWord(text, i + 1, "em ") && !startsWord(text, i + 1, "n ");
    }

    private static boolean startsWord(String text, int i, String w) {
        return text.regionMatches(true, i, w, 0, w.length());
    }

    /** An opening mark follows a blank, the block start or an opening bracket, and precedes a word. */
    private static boolean openingContext(String text, int i, Span block) {
        boolean before = i == block.start() || isOpenContext(text.charAt(i - 1));
        boolean after = i + 1 < block.end() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean isOpenContext(char p) {
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == '/'
                || p == ':' || p == '“' || p == '"';
    }

    /**
     * A closing single quote follows a non-blank and does not sit between two letters (Kim’s). A
     * plural possessive (nukes’ range) closes only when no better closer follows in the block.
     */
    private static boolean isSingleClose(String text, int i, int openAt, int end) {
        char c = text.charAt(i);
        if (c != '’' && c != '\'') {
            return false;
        }
        if (i == openAt + 1 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        boolean letterBefore = Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
        if (letterBefore && letterAfter) {
            return false;
        }
        boolean possessive = (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S') && i + 2 < end
                && text.charAt(i + 1) == ' ' && Character.isLetterOrDigit(text.charAt(i + 2));
        if (possessive) {
            for (int j = i + 1; j < end; j++) {
                char d = text.charAt(j);
                if ((d == '’' || d == '\'') && !Character.isWhitespace(text.charAt(j - 1))
                        && !(j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1)))) {
                    return false;
                }
                if (d == '\n') {
                    break;
                }
            }
        }
        return true;
    }
}
