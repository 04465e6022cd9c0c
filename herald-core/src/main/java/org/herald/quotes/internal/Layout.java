package org.herald.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.herald.model.Article;
import org.herald.model.Block;
import org.herald.model.Span;

/**
 * Tells the article's running text from lines that only look like it: headlines of other stories
 * left in the body by a scraper ("READ MORE: …", a list of teasers ending in "[VIDEO]"), and the
 * article's own headline and standfirst, whose quotes count only when attributed there.
 */
public final class Layout {

    private static final Pattern CLUTTER_START = Pattern.compile(
            "^(read more|more|related|see also|watch|listen|don[’']t miss|also read|source|pictured|video)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAG_END = Pattern.compile(".*\\[[A-Z ]{2,20}]\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;][\"”’'»)\\]]*\\s*$");

    /** Line spans of the body that are not running text, and the spans of headline blocks. */
    public record Lines(List<Span> clutter, List<Span> headings) {

        public boolean inClutter(Span s) {
            return any(clutter, s);
        }

        public boolean inHeading(Span s) {
            return any(headings, s);
        }

        private static boolean any(List<Span> spans, Span s) {
            for (Span c : spans) {
                if (c.overlaps(s) || c.contains(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Layout() {
    }

    public static Lines of(Article article) {
        String text = article.text();
        List<Span> clutter = new ArrayList<>();
        List<Span> headings = new ArrayList<>();
        for (Block b : blocks(article)) {
            if (b.kind() != Block.Kind.BODY) {
                headings.add(b.span());
                continue;
            }
            int s = b.span().start();
            int end = b.span().end();
            while (s < end) {
                int nl = text.indexOf('\n', s);
                int e = nl < 0 || nl > end ? end : nl;
                if (e > s && isClutter(text.substring(s, e))) {
                    clutter.add(new Span(s, e));
                }
                s = e + 1;
            }
        }
        return new Lines(clutter, headings);
    }

    /** The article's blocks, or the text split at blank lines when it has none. */
    public static List<Block> blocks(Article article) {
        if (!article.blocks().isEmpty()) {
            return article.blocks();
        }
        List<Block> out = new ArrayList<>();
        String text = article.text();
        int s = 0;
        while (s <= text.length()) {
            int bl = text.indexOf("\n\n", s);
            int e = bl < 0 ? text.length() : bl;
            if (e > s) {
                out.add(new Block(Block.Kind.BODY, new Span(s, e)));
            }
            if (bl < 0) {
                break;
            }
            s = bl + 2;
        }
        return out;
    }

    /** A line is clutter when it is a teaser or tag line, or a short line with no sentence end. */
    static boolean isClutter(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (CLUTTER_START.matcher(t.toLowerCase(Locale.ROOT)).matches() && (t.contains(":") || t.contains("…")
                || t.split("\\s+").length <= 4)) {
            return true;
        }
        if (TAG_END.matcher(t).matches()) {
            return true;
        }
        return !SENTENCE_END.matcher(t).matches() && t.split("\\s+").length <= 30;
    }
}
