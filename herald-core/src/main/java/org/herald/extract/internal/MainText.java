package org.herald.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Herald's main-text scorer. The page is cut into text blocks (the text of each block-level
 * element, without its block-level children). Each block gets a weight from its own evidence:
 * length, sentence punctuation, link density, clutter patterns, and the class, id and tag of its
 * ancestors; a JSON-LD {@code articleBody}, when the page has one, vouches for the blocks it
 * contains. Each element sums the weights of its blocks; the content is the deepest element that
 * still holds most of the best element's weight, widened over good neighbouring blocks. Inside
 * it, blocks that are clutter go to the metadata or the related headlines, never the body.
 */
public final class MainText {

    /** A run of text owned by one block-level element. */
    static final class TextBlock {
        final Element owner;
        final String text;
        final int linkChars;
        final Element anchor;
        final int evidence;
        final int index;
        int words;
        double weight;
        Clutter.Kind kind;
        boolean heading;

        TextBlock(Element owner, String text, int linkChars, Element anchor, int evidence, int index) {
            this.owner = owner;
            this.text = text;
            this.linkChars = linkChars;
            this.anchor = anchor;
            this.evidence = evidence;
            this.index = index;
        }

        /** The first link's absolute URL, resolved only when asked for (resolving is not cheap). */
        String href() {
            if (anchor == null) {
                return null;
            }
            String abs = anchor.absUrl("href");
            return abs.isEmpty() ? anchor.attr("href") : abs;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "aside", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
            "th", "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "address", "hr", "center", "details", "summary",
            "body", "html", "form", "fieldset", "legend", "nav", "menu", "hgroup", "picture", "video", "audio", "br-block");
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
            "object", "embed", "input", "select", "textarea", "button", "nav", "link", "meta", "dialog", "figure",
            "figcaption", "aside", "footer", "math", "video", "audio", "picture", "img", "source", "label", "option", "head");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|comment-?\\w+|disqus|share|sharing|sharebar|social|socials|related|recommend\\w*|newsletter\\w*|subscribe|subscription|signup"
                    + "|promo|promos|promotion|advert\\w*|ads?|adslot|adunit|ad-?container|ad-?wrapper|dfp|gpt|sponsor\\w*|cookies?|cookie-?\\w+|consent|gdpr|onetrust|ot-sdk-?\\w*|cmp|sidebar"
                    + "|footer|breadcrumbs?|pagination|pager|popup|modal|overlay|outbrain|taboola|trending|most-?read|most-?popular|more-?stories|read-?more"
                    + "|also-?read|read-?next|up-?next|tags|tag-?list|taglist|keywords|byline|bylines|author-?(?:bio|info|box|card)|caption|credits?|print-?only|toolbar|login"
                    + "|nav|navbar|navigation|menu|masthead|banner|rail|related-?\\w*|skip-?link|visually-?hidden|sr-?only|screen-?reader-?\\w*|hidden-?print)(?:$|[\\s_-])");
    private static final Pattern COMMENTS = Pattern.compile("comment|disqus|reply|replies|respond|cookie|consent|gdpr|privacy|onetrust|newsletter");
    private static final Pattern RELATED_CLASS = Pattern.compile(
            "related|recommend|more-?stories|read-?next|up-?next|most-?read|most-?popular|trending|also-?read|outbrain|taboola|teaser|headlines");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?:^|[\\s_-])(?:article|articlebody|article-?body|article-?content|article-?text|content|entry|entry-?content|main|post|post-?content|post-?body|story|story-?body|text|body|blog|prose|rich-?text|page-?content)(?:$|[\\s_-])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern END_MARKER = Pattern.compile(
            "(?i)^(?:comments?|\\d+ comments?|leave a (?:comment|reply)|related(?: \\w+)?|more (?:from|stories|on)\\b.*|you (?:may|might) also like.*|about the author|share this.*|most (?:read|popular).*|recommended.*|read next|tags?|topics)\\s*[:.]?$");
    private static final int MAX_ANCESTORS = 200;

    private MainText() {
    }

    /**
     * Reads the main text of a parsed page into {@code out}.
     *
     * @param raw the decoded page, for offsets; blocks not copied verbatim get none
     */
    public static void read(Document doc, String raw, PageMetadata.Meta meta, Extracted out) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        clean(body, out);
        List<TextBlock> blocks = blocks(body);
        if (blocks.isEmpty()) {
            fromArticleBody(meta, out);
            return;
        }
        String bodyEvidence = meta.articleBody() == null || meta.articleBody().length() < 200 ? null : norm(meta.articleBody());
        for (TextBlock b : blocks) {
            weigh(b, bodyEvidence);
        }
        Map<Element, double[]> sums = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (b.weight == 0) {
                continue;
            }
            Element e = b.owner;
            for (int d = 0; e != null && d < MAX_ANCESTORS; d++, e = e.parent()) {
                sums.computeIfAbsent(e, k -> new double[1])[0] += b.weight;
            }
        }
        Element best = null;
        double bestSum = 0;
        for (Map.Entry<Element, double[]> en : sums.entrySet()) {
            if (en.getValue()[0] > bestSum) {
                bestSum = en.getValue()[0];
                best = en.getKey();
            }
        }
        if (best == null) {
            fromArticleBody(meta, out);
            return;
        }
        // The deepest element that still holds most of the weight: wrappers around the story
        // also hold teasers and comments.
        Element content = best;
        while (true) {
            Element next = null;
            double nextSum = 0;
            for (Element c : content.children()) {
                double[] s = sums.get(c);
                if (s != null && s[0] > nextSum) {
                    nextSum = s[0];
                    next = c;
                }
            }
            if (next == null || nextSum < 0.85 * bestSum) {
                break;
            }
            content = next;
        }
        select(blocks, content, best, meta, bodyEvidence, raw, out);
        if (out.paragraphs.isEmpty()) {
            fromArticleBody(meta, out);
        }
    }

    private static void fromArticleBody(PageMetadata.Meta meta, Extracted out) {
        if (meta.articleBody() == null) {
            return;
        }
        for (String p : meta.articleBody().split("\\n\\s*\\n|\\r?\\n")) {
            if (!p.isBlank()) {
                out.paragraphs.add(new Extracted.Piece(p.strip(), -1));
            }
        }
    }

    /** Removes what is never main text: scripts, forms, navigation, hidden and clutter-classed elements. */
    private static void clean(Element body, Extracted out) {
        List<Element> drop = new ArrayList<>();
        // Pages repeat a few class strings on many elements: match each string once.
        Map<String, Boolean> negative = new java.util.HashMap<>();
        int total = Math.max(1, textLength(body));
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(body);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            String tag = e.normalName();
            if (e != body && DROP_TAGS.contains(tag)) {
                if (RELATED_CLASS.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find()) {
                    harvestLinks(e, out);
                }
                drop.add(e);
                continue;
            }
            // Hidden, unless it holds most of the page: streaming frameworks ship the story in a
            // hidden element and reveal it with script.
            if (e != body && isHidden(e) && textLength(e) < 0.3 * total) {
                drop.add(e);
                continue;
            }
            if (e != body && !tag.equals("article") && !tag.equals("main") && !tag.equals("html")) {
                String cls = (e.className() + " " + e.id() + " " + e.attr("role")).toLowerCase(Locale.ROOT);
                if (cls.length() > 2 && negative.computeIfAbsent(cls, c -> NEGATIVE.matcher(c).find())
                        && !e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    int len = textLength(e);
                    if (len < 0.3 * total && !(len > 1500 && holdsProse(e) && !COMMENTS.matcher(cls).find())) {
                        if (RELATED_CLASS.matcher(cls).find()) {
                            harvestLinks(e, out);
                        }
                        drop.add(e);
                        continue;
                    }
                }
            }
            List<Element> kids = e.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    /** Whether an element holds several long paragraphs: a story, whatever its class says. */
    private static boolean holdsProse(Element e) {
        int long_ = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (textLength(p) > 150 && ++long_ >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && textLength(e) < 200
                || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    /** The number of characters in an element's text nodes, white space included; cheaper than text(). */
    static int textLength(Element e) {
        int[] n = new int[1];
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                n[0] += t.getWholeText().length();
            }
        }, e);
        return n[0];
    }

    /** Headlines linked from a box of other stories. */
    private static void harvestLinks(Element box, Extracted out) {
        for (Element a : box.getElementsByTag("a")) {
            String t = a.text().strip();
            int words = t.isEmpty() ? 0 : t.split("\\s+").length;
            if (words >= 4 && words <= 30 && a.hasAttr("href")) {
                out.relate(t, a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href"));
            }
        }
    }

    /** Cuts the cleaned body into text blocks, in document order, without recursion. */
    private static List<TextBlock> blocks(Element body) {
        List<TextBlock> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            final Deque<Element> owners = new ArrayDeque<>();
            final Deque<Integer> evidence = new ArrayDeque<>();
            final StringBuilder buf = new StringBuilder();
            int linkChars;
            int inLink;
            int inPre;
            Element anchor;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (inPre == 0) {
                        s = collapse(s);
                    }
                    if (s.isEmpty()) {
                        return;
                    }
                    if (buf.length() == 0 || buf.charAt(buf.length() - 1) == '\n') {
                        s = s.stripLeading();
                        if (s.isEmpty()) {
                            return;
                        }
                    } else if (buf.charAt(buf.length() - 1) == ' ' && s.charAt(0) == ' ') {
                        s = s.substring(1);
                    }
                    buf.append(s);
                    if (inLink > 0) {
                        linkChars += s.strip().length();
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    int own = evidenceOf(e);
                    evidence.push((evidence.isEmpty() ? 0 : evidence.peek()) + own);
                    if (tag.equals("br")) {
                        if (buf.length() > 0 && buf.charAt(buf.length() - 1) == '\n') {
                            flush();
                        } else if (buf.length() > 0) {
                            trimEnd();
                            buf.append('\n');
                        }
                    } else if (tag.equals("a")) {
                        inLink++;
                        if (anchor == null && e.hasAttr("href")) {
                            anchor = e;
                        }
                    } else if (tag.equals("pre")) {
                        inPre++;
                    }
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        owners.push(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        inLink--;
                    } else if (tag.equals("pre")) {
                        inPre--;
                    }
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        owners.pop();
                    }
                    evidence.pop();
                }
            }

            private void trimEnd() {
                while (buf.length() > 0 && buf.charAt(buf.length() - 1) == ' ') {
                    buf.setLength(buf.length() - 1);
                }
            }

            private void flush() {
                String s = buf.toString().strip();
                if (!s.isEmpty() && !owners.isEmpty()) {
                    out.add(new TextBlock(owners.peek(), s, Math.min(linkChars, s.length()), anchor,
                            evidence.isEmpty() ? 0 : evidence.peek(), out.size()));
                }
                buf.setLength(0);
                linkChars = 0;
                anchor = null;
            }
        }, body);
        return out;
    }

    private static final Map<String, Boolean> POSITIVE_SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean positive(String s) {
        if (POSITIVE_SEEN.size() > 50_000) {
            POSITIVE_SEEN.clear(); // a bounded cache: class strings are many across a crawl
        }
        return POSITIVE_SEEN.computeIfAbsent(s, c -> POSITIVE.matcher(c).find());
    }

    private static int evidenceOf(Element e) {
        String tag = e.normalName();
        int v = 0;
        if (tag.equals("article") || tag.equals("main")) {
            v++;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            v += 3;
        }
        String cls = e.className();
        String id = e.id();
        if (!cls.isEmpty() || !id.isEmpty()) {
            String s = (cls + " " + id).toLowerCase(Locale.ROOT);
            if (positive(s)) {
                v++;
            }
        }
        return v;
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (space) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static void weigh(TextBlock b, String bodyEvidence) {
        String t = b.text;
        b.words = countWords(t);
        String tag = b.owner.normalName();
        b.heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        b.kind = Clutter.classify(t); // each kind has its own length limit
        double ld = b.linkDensity();
        boolean vouched = bodyEvidence != null && b.words >= 3 && bodyEvidence.contains(norm(t));
        if (vouched) {
            b.weight = t.length() * 2.0;
            return;
        }
        if (b.kind != Clutter.Kind.CONTENT || ld > 0.5) {
            b.weight = -0.5 * t.length() * Math.max(ld, 0.3);
            return;
        }
        if (b.heading) {
            b.weight = 0;
            return;
        }
        boolean sentence = endsSentence(t);
        if (b.words >= 10 || (b.words >= 5 && sentence)) {
            double w = t.length() * (1 - ld);
            if (tag.equals("p") || tag.equals("blockquote")) {
                w *= 1.3;
            } else if (tag.equals("li") || tag.equals("td") || tag.equals("dd")) {
                w *= 0.7;
            }
            if (!sentence && b.words < 20) {
                w *= 0.5;
            }
            b.weight = w * (1 + 0.25 * Math.min(b.evidence, 4));
        } else {
            b.weight = -0.05 * t.length();
        }
    }

    private static void select(List<TextBlock> blocks, Element content, Element top, PageMetadata.Meta meta,
                               String bodyEvidence, String raw, Extracted out) {
        int first = -1;
        int last = -1;
        for (TextBlock b : blocks) {
            if (inside(b.owner, content)) {
                if (first < 0) {
                    first = b.index;
                }
                last = b.index;
            }
        }
        if (first < 0) {
            return;
        }
        // Widen over good paragraphs next to the content (an intro outside the body element),
        // stepping over short neutral lines, never leaving the best element.
        int lo = first;
        for (int i = first - 1; i >= 0; i--) {
            TextBlock b = blocks.get(i);
            if (!inside(b.owner, top)) {
                break;
            }
            if (b.weight > 0 && b.words >= 8) {
                lo = i;
            } else if (b.text.length() > 40 || b.weight < -5) {
                break;
            }
        }
        int hi = last;
        for (int i = last + 1; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (!inside(b.owner, top)) {
                break;
            }
            if (b.weight > 0 && b.words >= 8) {
                hi = i;
            } else if (b.text.length() > 40 || b.weight < -5) {
                break;
            }
        }
        String title = meta.title() == null ? null : norm(meta.title());
        double totalGood = 0;
        for (int i = lo; i <= hi; i++) {
            if (blocks.get(i).weight > 0) {
                totalGood += blocks.get(i).weight;
            }
        }
        double seenGood = 0;
        boolean inList = false;
        List<TextBlock> kept = new ArrayList<>();
        for (int i = lo; i <= hi; i++) {
            TextBlock b = blocks.get(i);
            boolean within = inside(b.owner, content) || b.weight > 0;
            if (!within) {
                continue;
            }
            String t = b.text;
            double ld = b.linkDensity();
            if (b.weight > 0) {
                seenGood += b.weight;
            }
            if ((b.heading || b.kind == Clutter.Kind.LIST_HEADER) && END_MARKER.matcher(t).matches()
                    && seenGood > 0.6 * totalGood) {
                harvestAfter(blocks, i + 1, hi, out);
                break;
            }
            switch (b.kind) {
                case READ_MORE -> {
                    out.relate(Clutter.readMoreHeadline(t), b.href());
                    continue;
                }
                case LIST_HEADER -> {
                    inList = true;
                    continue;
                }
                case BYLINE -> {
                    out.authors.addAll(Clutter.bylineNames(t));
                    continue;
                }
                case DATELINE -> {
                    out.date(Dates.parseProse(t), "dateline");
                    continue;
                }
                case CONTENT -> {
                }
                default -> {
                    continue;
                }
            }
            boolean vouched = bodyEvidence != null && b.words >= 2 && bodyEvidence.contains(norm(t));
            if (ld > 0.5 && !vouched) {
                if (inList && b.words >= 4) {
                    out.relate(t, b.href());
                }
                continue;
            }
            inList = false;
            if (title != null && norm(t).equals(title)) {
                continue;
            }
            if (b.heading) {
                if (b.words <= 30) {
                    kept.add(b);
                }
                continue;
            }
            if (vouched || b.words >= 4 || b.words >= 2 && endsSentence(t)) {
                kept.add(b);
            }
        }
        // Headings with nothing after them were list or section titles.
        while (!kept.isEmpty() && kept.get(kept.size() - 1).heading) {
            kept.remove(kept.size() - 1);
        }
        String prev = null;
        int cursor = 0;
        for (TextBlock b : kept) {
            if (b.text.equals(prev)) {
                continue;
            }
            // Blocks are in document order, so each verbatim copy is found after the last one;
            // text that differs from the source (entities, inline tags) gets no offset.
            int at = find(raw, b.text, cursor, cursor == 0 ? raw.length() : 40_000);
            if (at >= 0) {
                cursor = at + b.text.length();
            }
            out.paragraphs.add(new Extracted.Piece(b.text, at));
            prev = b.text;
        }
    }

    /** Where {@code text} starts in {@code raw} within {@code window} chars after {@code from}, or -1. */
    private static int find(String raw, String text, int from, int window) {
        int limit = (int) Math.min(raw.length(), (long) from + window + text.length());
        if (text.isEmpty() || limit - from < text.length()) {
            return -1;
        }
        char c = text.charAt(0);
        for (int i = raw.indexOf(c, from); i >= 0 && i + text.length() <= limit; i = raw.indexOf(c, i + 1)) {
            if (raw.startsWith(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static void harvestAfter(List<TextBlock> blocks, int from, int to, Extracted out) {
        for (int i = from; i <= to && i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.linkDensity() > 0.5 && b.words >= 4 && b.words <= 30) {
                out.relate(b.text, b.href());
            }
        }
    }

    private static boolean inside(Element e, Element ancestor) {
        for (int d = 0; e != null && d < MAX_ANCESTORS * 4; d++, e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    static boolean endsSentence(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?\"”’'…)".indexOf(c) >= 0 || c == '。';
    }

    static int countWords(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean w = Character.isLetterOrDigit(t.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Lower case, letters and digits only, single spaces: for containment tests. */
    static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return sb.toString();
    }
}
