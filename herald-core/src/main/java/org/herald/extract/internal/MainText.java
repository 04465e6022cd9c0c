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
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.herald.extract.Trace;

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
        /** Links in the block whose text reads like a headline (four words or more, not a prompt). */
        final int headlineLinks;
        /** Whether the block sits in a small element that held a picture or player: a caption. */
        boolean media;
        /** Whether the block sits in a box whose class says caption, kept as a lead the box may hold ({@link #leadBesidePicture}). */
        boolean captionBox;
        /** Whether the block is taken for a caption only because it sits beside a picture (its words are not a credit's). */
        boolean byPicture;
        /** Characters of links that sit inside a sentence, right after a word of the block's own text. */
        int sentenceLinkChars;
        /** Whether every link of the block (one at least) points into this page: a line of its table of contents. */
        boolean contents;
        int words;
        double weight;
        Clutter.Kind kind;
        boolean heading;

        TextBlock(Element owner, String text, int linkChars, Element anchor, int evidence, int index, int headlineLinks) {
            this.owner = owner;
            this.text = text;
            this.linkChars = linkChars;
            this.anchor = anchor;
            this.evidence = evidence;
            this.index = index;
            this.headlineLinks = headlineLinks;
            this.media = owner.hasAttr(MEDIA_MARK) || owner.parent() != null && owner.parent().hasAttr(MEDIA_MARK);
            Element e = owner;
            for (int d = 0; e != null && d < 4 && !captionBox; d++, e = e.parent()) {
                captionBox = e.hasAttr(CAPTION_BOX);
            }
            media |= captionBox;
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
    // A clutter word after "with-", "has-", "container-" or "layout-" names the page's layout (a
    // column beside a sidebar), not a box of clutter; "cmp-" is a component library's prefix
    // (cmp-section, cmp-text), while a consent platform's box is "cmp" itself.
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?<!with|has|container|layout)(?:^|[\\s_-])(?:comments?|comment-?\\w+|disqus|share|sharing|sharebar|social|socials|related|recommend\\w*|newsletter\\w*|subscribe|subscription|signup"
                    + "|promo|promos|promotion|advert\\w*|ads?|adslot|adunit|ad-?container|ad-?wrapper|dfp|gpt|sponsor\\w*|cookies?|cookie-?\\w+|consent|gdpr|onetrust|ot-sdk-?\\w*|cmp(?!-)|sidebar"
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
    /** Set by the cleaning on a small element that held a picture, player or frame. */
    private static final String MEDIA_MARK = "data-herald-media";
    /** Set by the cleaning on a caption-classed box beside a picture that may hold the story's lead. */
    private static final String CAPTION_BOX = "data-herald-caption-box";
    private static final Set<String> MEDIA_TAGS = Set.of("img", "picture", "video", "audio", "iframe", "figure", "svg",
            "object", "embed", "canvas");
    /** An element holding a picture and at most this much text holds a caption, not a paragraph. */
    private static final int MEDIA_TEXT = 400;
    /** Captions are short; a longer block beside a picture is a paragraph that happens to have one. */
    private static final int CAPTION_WORDS = 40;
    /** How many blocks before the story the standfirst may be looked for in, and its longest length. */
    private static final int STANDFIRST_REACH = 12;
    private static final int STANDFIRST_CHARS = 500;
    private static final int STANDFIRST_WORDS = 60;
    /** The fewest words of a lead read beside a picture: a caption is shorter. */
    private static final int LEAD_BY_PICTURE = 20;
    /** Characters outside links that make a link-dense paragraph written like the story part of it. */
    private static final int LINKED_PROSE = 120;

    private MainText() {
    }

    /**
     * Reads the main text of a parsed page into {@code out}.
     *
     * @param raw the decoded page, for offsets; blocks not copied verbatim get none
     */
    public static void read(Document doc, String raw, PageMetadata.Meta meta, Extracted out) {
        read(doc, raw, meta, out, null);
    }

    /**
     * Reads the main text as {@link #read(Document, String, PageMetadata.Meta, Extracted)} does,
     * recording in {@code trace}, when not null, where each piece of the page's text went.
     */
    public static void read(Document doc, String raw, PageMetadata.Meta meta, Extracted out, Trace trace) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        if (trace != null) {
            trace.setVisible(body.text());
            trace.setDescription(meta.description() == null ? "" : meta.description());
            trace.setMetadata(String.join("\n", meta.title() == null ? "" : meta.title(),
                    meta.description() == null ? "" : meta.description(), meta.articleBody() == null ? "" : meta.articleBody()));
        }
        clean(body, out, trace, meta.title() == null ? null : norm(meta.title()));
        List<TextBlock> blocks = blocks(body);
        if (blocks.isEmpty()) {
            fromArticleBody(meta, out);
            return;
        }
        String bodyEvidence = meta.articleBody() == null || meta.articleBody().length() < 200 ? null : norm(meta.articleBody());
        for (TextBlock b : blocks) {
            weigh(b, bodyEvidence, meta.description());
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
        select(blocks, content, best, meta, bodyEvidence, raw, out, trace);
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
    private static void clean(Element body, Extracted out, Trace trace, String headline) {
        List<Element> drop = new ArrayList<>();
        // Pages repeat a few class strings on many elements: match each string once.
        Map<String, Boolean> negative = new java.util.HashMap<>();
        int total = Math.max(1, textLength(body));
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(body);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            String tag = e.normalName();
            if (e != body && DROP_TAGS.contains(tag) && !(OPEN_WRAPPERS.contains(tag) && wrapsStory(e, total))
                    && !(tag.equals("figure") && tableFigure(e))) {
                if (RELATED_CLASS.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find()) {
                    harvestLinks(e, out);
                }
                if (MEDIA_TAGS.contains(tag)) {
                    markMedia(e.parent());
                    if (PLAYER_TAGS.contains(tag)) {
                        markPlayerLine(e);
                    }
                    Element card = inlineCard(e);
                    if (card != null) {
                        drop.add(card);
                        dropped(trace, card, "cleaning: a hover card");
                    }
                }
                drop.add(e);
                dropped(trace, e, "cleaning: " + tag);
                continue;
            }
            if (e != body && isEmbed(e, tag)) {
                drop.add(e);
                dropped(trace, e, "cleaning: an embedded post");
                continue;
            }
            // Hidden, unless it holds most of the page: streaming frameworks ship the story in a
            // hidden element and reveal it with script.
            if (e != body && isHidden(e) && textLength(e) < 0.3 * total) {
                drop.add(e);
                dropped(trace, e, "cleaning: hidden");
                continue;
            }
            if (e != body && !tag.equals("article") && !tag.equals("main") && !tag.equals("html")) {
                String cls = (e.className() + " " + e.id() + " " + e.attr("role")).toLowerCase(Locale.ROOT);
                if (cls.length() > 2 && negative.computeIfAbsent(cls, c -> NEGATIVE.matcher(c).find())
                        && !e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    int len = textLength(e);
                    if (len < 0.3 * total && !(len > 1500 && holdsProse(e) && !COMMENTS.matcher(cls).find())
                            && !(headline != null && heroBlock(cls) && holdsHeadline(e, headline))
                            && !(captionOnly(cls) && leadBesidePicture(e))) {
                        if (RELATED_CLASS.matcher(cls).find()) {
                            harvestLinks(e, out);
                        }
                        drop.add(e);
                        if (trace != null) {
                            java.util.regex.Matcher m = NEGATIVE.matcher(cls);
                            dropped(trace, e, "cleaning: class " + (m.find() ? m.group().strip().replaceAll("^[_-]|[_-]$", "") : "?"));
                        }
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

    private static void dropped(Trace trace, Element e, String why) {
        if (trace != null) {
            boolean picture = !e.select("img, picture, video, iframe, svg").isEmpty();
            boolean headline = !e.getElementsByTag("h1").isEmpty();
            trace.add(e.text(), why + (picture ? ", with a picture" : besidePicture(e) ? ", beside a picture" : "")
                    + (headline ? ", with the h1" : ""));
        }
    }

    private static final Pattern CAPTION_WORD = Pattern.compile("(?<=^|[\\s_-])caption(?=$|[\\s_-])");

    /** Whether a class names a caption and no other clutter. */
    private static boolean captionOnly(String cls) {
        return CAPTION_WORD.matcher(cls).find() && !NEGATIVE.matcher(CAPTION_WORD.matcher(cls).replaceAll(" ")).find();
    }

    /**
     * Whether a box whose class says caption, beside a picture, holds the story's lead rather than
     * the picture's caption: pages set the lead in the box beside the hero picture (a summary box)
     * and name it as they name captions. A lead is a sentence of twenty words or more that tells
     * the story; a caption credits the picture, places people in the frame, points at the picture
     * ("pictured", "in this photo"), or says what the picture's own description (its {@code alt}
     * text) says. A box with a heading or mostly links is a teaser (a video's title and summary).
     * The box stays a caption holder: only the rule that reads the first prose under the headline
     * as the lead ({@link #standfirst}) takes it into the story.
     */
    private static boolean leadBesidePicture(Element box) {
        if (!besidePicture(box) || holdsHeading(box)) {
            return false;
        }
        String t = box.text().strip();
        if (countWords(t) < LEAD_BY_PICTURE || !endsSentence(t) || Clutter.describesPicture(t)
                || 2 * box.getElementsByTag("a").text().length() > t.length()) {
            return false;
        }
        Element x = box.parent();
        for (int d = 0; d < 3 && x != null && x.parent() != null; d++, x = x.parent()) {
            for (Element img : x.getElementsByTag("img")) {
                String alt = img.attr("alt");
                if (countWords(alt) >= 5 && PageMetadata.overlap(alt, t) >= 0.8) {
                    return false;
                }
            }
        }
        // an inline box (a span) is marked on the block that holds it, when it holds nothing else
        Element holder = box;
        while (holder != null && !BLOCK_TAGS.contains(holder.normalName())) {
            holder = holder.parent();
        }
        if (holder == null || holder != box && !norm(holder.text()).equals(norm(t))) {
            return false;
        }
        holder.attr(CAPTION_BOX, "");
        return true;
    }

    /** Whether a picture, player or frame sits within three levels above an element (a caption's picture). */
    private static boolean besidePicture(Element e) {
        Element x = e.parent();
        for (int d = 0; d < 3 && x != null && x.parent() != null; d++, x = x.parent()) {
            if (!x.select("img, picture, video, iframe, svg").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A picture inside a sentence, with links beside it, is a card the page shows over the text
     * when a name is pointed at (a portrait, the person's name, their latest stories): the
     * smallest inline element around the picture that holds two links and is mostly link text,
     * when only inline elements lie between it and its paragraph. The sentence keeps the linked
     * name the card hangs from.
     */
    private static Element inlineCard(Element media) {
        Element card = null;
        for (Element e = media.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("p")) {
                return card;
            }
            if (BLOCK_TAGS.contains(tag)) {
                return null;
            }
            if (card == null) {
                Elements links = e.getElementsByTag("a");
                if (links.size() >= 2) {
                    if (2 * links.text().length() < e.text().length()) {
                        return null; // the picture sits in a passage of prose, not in a card of links
                    }
                    card = e;
                }
            }
        }
        return null;
    }

    /**
     * Marks the element that held a picture or player as a caption holder, when it is small and
     * not a paragraph (a paragraph with an inline picture, an emoji, is still a paragraph).
     */
    private static void markMedia(Element holder) {
        if (holder == null || holder.hasAttr(MEDIA_MARK)) {
            return;
        }
        String tag = holder.normalName();
        if (tag.equals("p") || tag.equals("li") || tag.equals("td") || tag.equals("body") || tag.equals("a")) {
            return;
        }
        // A caption has no heading: a small element with a picture and a heading is the story's
        // header (headline, dek, picture) or one of its sections, and its text is the story's.
        if (textLengthUpTo(holder, MEDIA_TEXT + 1) <= MEDIA_TEXT && !holdsHeading(holder)) {
            holder.attr(MEDIA_MARK, "");
        }
    }

    /** Players and frames, whose controls a page prints in a line under them. */
    private static final Set<String> PLAYER_TAGS = Set.of("audio", "video", "iframe", "object", "embed");
    /** The longest line under a player read as its controls. */
    private static final int PLAYER_LINE = 200;

    /**
     * Marks the line a player shows under itself (play in a new window, download, its length) as
     * part of the player: the next block after the player's holder, short and not a sentence.
     * Nothing of the story sits there, so the walk that joins the story's parts steps over it to
     * the lead above the player.
     */
    private static void markPlayerLine(Element player) {
        Element x = player;
        for (int d = 0; d < 3 && x.nextElementSibling() == null && x.parent() != null
                && textLengthUpTo(x.parent(), MEDIA_TEXT + 1) <= MEDIA_TEXT; d++) {
            x = x.parent();
        }
        Element line = x.nextElementSibling();
        if (line == null || !BLOCK_TAGS.contains(line.normalName()) || textLengthUpTo(line, PLAYER_LINE + 1) > PLAYER_LINE
                || holdsHeading(line)) {
            return;
        }
        // a closing bracket ends a sentence only after a stop: "(Duration: 21:40)" is a label
        String t = line.text().strip().replaceAll("[)\\]\"”’']+$", "");
        if (!t.isEmpty() && ".!?…".indexOf(t.charAt(t.length() - 1)) < 0) {
            line.attr(MEDIA_MARK, "");
        }
    }

    /**
     * Whether a class names only a region of the page's layout (its top band, a layer over a
     * picture: {@code hero-banner}, {@code article-masthead}, {@code image-overlay}) and no other
     * clutter. Such a box that holds the story's headline is the story's header (the headline, the
     * dek or the lead over the hero picture), not the site's banner; a box named for what it is (a
     * byline, share buttons) stays that, whatever the page's nesting puts in it.
     */
    private static boolean heroBlock(String cls) {
        return REGION.matcher(cls).find() && !NEGATIVE.matcher(REGION.matcher(cls).replaceAll(" ")).find();
    }

    private static final Pattern REGION = Pattern.compile("(?<=^|[\\s_-])(?:banner|masthead|overlay)(?=$|[\\s_-])");

    /** Whether an element holds an {@code h1} that reads as the page's title (in {@link #norm} form). */
    private static boolean holdsHeadline(Element e, String headline) {
        for (Element h : e.getElementsByTag("h1")) {
            String t = norm(h.text());
            // both ways: a site's logo in an h1 ("News") is in the title, but is not it
            if (t.equals(headline) || PageMetadata.overlap(headline, t) >= 0.8 && 2 * countWords(t) >= countWords(headline)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsHeading(Element e) {
        for (Element d : e.getAllElements()) {
            String tag = d.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return true;
            }
        }
        return false;
    }

    /**
     * An embedded post: a blockquote that links to a post on a social network, or an element
     * whose embed attributes ({@code cite}, {@code data-href}, …) point to one. Its text is the
     * post's, not the story's.
     */
    private static boolean isEmbed(Element e, String tag) {
        PageWords words = PageWords.shared();
        for (String attr : EMBED_ATTRS) {
            if (e.hasAttr(attr) && words.isSocialPost(e.attr(attr))) {
                return true;
            }
        }
        if (!tag.equals("blockquote")) {
            return false;
        }
        for (Element a : e.getElementsByTag("a")) {
            if (words.isSocialPost(a.attr("href"))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> EMBED_ATTRS = List.of("cite", "data-href", "data-url", "data-permalink",
            "data-instgrm-permalink");

    /**
     * Whether a figure is a table: editors put the story's tables in a {@code figure} (with its
     * caption beside it), as they do pictures; one holding a table and no picture, player or frame
     * is part of the text, not a picture.
     */
    private static boolean tableFigure(Element figure) {
        if (figure.getElementsByTag("table").isEmpty()) {
            return false;
        }
        for (Element d : figure.getAllElements()) {
            if (d != figure && MEDIA_TAGS.contains(d.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Boxes a page leaves open by mistake, so that they wrap the rest of it, story included. */
    private static final Set<String> OPEN_WRAPPERS = Set.of("aside", "footer", "nav", "dialog");

    /**
     * Whether a box (an aside, a footer) wraps the page's story: it holds the page's {@code main}
     * element or its {@code h1}, several long paragraphs and a third of the page's text. A box
     * left unclosed swallows what follows it; a sidebar of teasers, however long its excerpts,
     * holds neither.
     */
    private static boolean wrapsStory(Element e, int total) {
        return textLength(e) >= 0.3 * total && holdsProse(e)
                && (!e.getElementsByTag("main").isEmpty() || !e.getElementsByTag("h1").isEmpty());
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

    /** The length of an element's text, counted no further than {@code cap}. */
    private static int textLengthUpTo(Element e, int cap) {
        int n = 0;
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty() && n < cap) {
            Node node = stack.pop();
            if (node instanceof TextNode t) {
                n += t.getWholeText().strip().length();
            } else {
                for (int i = node.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(node.childNode(i));
                }
            }
        }
        return n;
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
            int linkStart;
            int headlineLinks;
            int sentenceLinkChars;
            int links;
            int pageLinks;
            /** Whether the link being read follows a word of the block's own text (not a link's, not a mark). */
            boolean linkInSentence;
            int lastLinkEnd;
            Element anchor;
            /** The row of a data table being read as one block, or null. */
            Element row;

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
                    if (buf.length() == 0 || buf.charAt(buf.length() - 1) == '\n' || buf.charAt(buf.length() - 1) == '\t') {
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
                    if (row != null && (tag.equals("td") || tag.equals("th") || tag.equals("br"))) {
                        // inside a data table's row: its cells are one line, a tab between them
                        if (buf.length() > 0) {
                            trimEnd();
                            buf.append('\t');
                        }
                    } else if (tag.equals("br")) {
                        if (buf.length() > 0 && buf.charAt(buf.length() - 1) == '\n') {
                            flush();
                        } else if (buf.length() > 0) {
                            trimEnd();
                            buf.append('\n');
                        }
                    } else if (tag.equals("a")) {
                        if (inLink++ == 0) {
                            linkStart = buf.length();
                            linkInSentence = followsWord();
                        }
                        if (anchor == null && e.hasAttr("href")) {
                            anchor = e;
                        }
                    } else if (tag.equals("pre")) {
                        inPre++;
                    }
                    if (BLOCK_TAGS.contains(tag) && row == null) {
                        flush();
                        owners.push(e);
                        if (tag.equals("tr") && dataRow(e)) {
                            row = e;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    boolean inRow = row != null && e != row;
                    if (e == row) {
                        row = null;
                    }
                    if (tag.equals("a")) {
                        if (--inLink == 0 && linkStart <= buf.length()) {
                            String link = buf.substring(linkStart);
                            if (isHeadline(link)) {
                                headlineLinks++;
                            }
                            links++;
                            if (e.attr("href").startsWith("#") && e.attr("href").length() > 1) {
                                pageLinks++;
                            }
                            if (linkInSentence) {
                                sentenceLinkChars += link.strip().length();
                            }
                            lastLinkEnd = buf.length();
                        }
                    } else if (tag.equals("pre")) {
                        inPre--;
                    }
                    if (BLOCK_TAGS.contains(tag) && !inRow) {
                        flush();
                        owners.pop();
                    }
                    evidence.pop();
                }
            }

            /** Whether the text before a link, since the last link, ends with a word, a comma or a dash. */
            private boolean followsWord() {
                int i = buf.length() - 1;
                while (i >= 0 && buf.charAt(i) == ' ') {
                    i--;
                }
                if (i < 0 || i < lastLinkEnd) {
                    return false;
                }
                char c = buf.charAt(i);
                return Character.isLetterOrDigit(c) || c == ',' || c == '-' || c == '–' || c == '—';
            }

            private void trimEnd() {
                while (buf.length() > 0 && buf.charAt(buf.length() - 1) == ' ') {
                    buf.setLength(buf.length() - 1);
                }
            }

            private void flush() {
                String s = buf.toString().strip();
                if (!s.isEmpty() && !owners.isEmpty()) {
                    TextBlock b = new TextBlock(owners.peek(), s, Math.min(linkChars, s.length()), anchor,
                            evidence.isEmpty() ? 0 : evidence.peek(), out.size(), headlineLinks);
                    b.sentenceLinkChars = Math.min(sentenceLinkChars, b.linkChars);
                    b.contents = links > 0 && pageLinks == links;
                    out.add(b);
                }
                sentenceLinkChars = 0;
                links = 0;
                pageLinks = 0;
                lastLinkEnd = 0;
                buf.setLength(0);
                linkChars = 0;
                linkStart = 0;
                headlineLinks = 0;
                anchor = null;
            }
        }, body);
        return out;
    }

    /** A data table's row holds at most this much text; a longer one lays out a page. */
    private static final int ROW_CHARS = 1000;

    /**
     * Whether a table row is a row of data (a result, a price, a date and a place) read as one
     * line: two cells or more, each holding text and inline elements only (a cell may wrap it in
     * one paragraph), and not much text. A table that lays out a page holds blocks, lists and
     * tables in its cells; a data table's cells are read across, and cut apart they are labels
     * too short to be kept.
     */
    static boolean dataRow(Element tr) {
        int cells = 0;
        for (Element cell : tr.children()) {
            String tag = cell.normalName();
            if (!tag.equals("td") && !tag.equals("th")) {
                return false;
            }
            cells++;
            int paragraphs = 0;
            for (Element d : cell.getAllElements()) {
                String t = d.normalName();
                if (d != cell && BLOCK_TAGS.contains(t) && !(t.equals("p") && ++paragraphs <= 1)) {
                    return false;
                }
            }
        }
        return cells >= 2 && textLengthUpTo(tr, ROW_CHARS + 1) <= ROW_CHARS;
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

    private static void weigh(TextBlock b, String bodyEvidence, String description) {
        String t = b.text;
        b.words = countWords(t);
        if (b.media && says(b, description)) {
            b.media = false; // the page's summary beside its picture is the lead, not a caption
        }
        String tag = b.owner.normalName();
        b.heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        b.kind = Clutter.classify(t); // each kind has its own length limit
        // a caption box's text is a caption whatever its length, unless it is the lead right under the headline
        if (b.kind == Clutter.Kind.CONTENT && b.media && (b.words <= CAPTION_WORDS || b.captionBox)) {
            b.kind = Clutter.Kind.CREDIT;
            b.byPicture = true;
        }
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
            } else if (tag.equals("li") || tag.equals("td") || tag.equals("tr") || tag.equals("dd")) {
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

    /**
     * The standfirst: the summary a page shows between its headline and the story (a subtitle, a
     * dek). After the headline (the {@code h1}, or the heading that reads as the title), passing
     * over bylines, datelines, captions and links, it is a heading written there (a dek), or,
     * before the story's first paragraph, the first block of prose when it stands right under the
     * headline or says what the page's description says. A long paragraph, a date or a count, or
     * the headline again ends the search. Returns the block, or null.
     */
    private static TextBlock standfirst(List<TextBlock> blocks, int lo, int first, String title, String description) {
        int head = -1;
        for (int i = Math.min(first + STANDFIRST_REACH, blocks.size() - 1); i >= 0 && i >= lo - STANDFIRST_REACH; i--) {
            TextBlock h = blocks.get(i);
            // a heading that repeats the title inside the story, below its start, heads a section
            if (h.owner.normalName().equals("h1") || h.heading && i <= first && title != null && norm(h.text).equals(title)) {
                head = i;
                break;
            }
        }
        if (head < 0 && lo == 0) {
            return null;
        }
        TextBlock chosen = null;
        boolean firstSeen = true; // the first block of prose after the headline stands right under it
        for (int i = head >= 0 ? head + 1 : Math.max(0, lo - STANDFIRST_REACH); i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            // the page's own summary is not the site talking to its reader, whatever words it uses
            boolean text = b.kind == Clutter.Kind.CONTENT
                    || b.kind == Clutter.Kind.SITE && says(b, description) && b.words <= 2 * countWords(description);
            // the lead beside the hero picture, in its block: right under the headline, a sentence
            // long enough to tell the story (a caption names who and what the picture shows)
            boolean lead = b.media && head >= 0 && firstSeen && (b.byPicture || b.kind == Clutter.Kind.CONTENT)
                    && b.words >= LEAD_BY_PICTURE && endsSentence(b.text);
            if (!lead && (!text || b.media) || b.linkDensity() > 0.3 || b.words < 5) {
                continue;
            }
            // a date or a count is short; a summary may be full of figures ("Prices fell 2.1% in May ...")
            if (b.text.length() > STANDFIRST_CHARS || b.words > STANDFIRST_WORDS || numeric(b.text) && b.words < 10
                    || title != null && PageMetadata.overlap(title, norm(b.text)) >= 0.8) {
                break;
            }
            boolean under = head >= 0 && firstSeen;
            firstSeen = false;
            if (b.heading) {
                return under || i < lo ? b : chosen;
            }
            if (chosen != null || i >= lo) {
                break;
            }
            if (!under && !says(b, description)) {
                break;
            }
            chosen = b;
        }
        return chosen;
    }

    /**
     * Where the story starts when its header holds more than the standfirst: the paragraphs of
     * prose that follow the standfirst in its own element (a header with a dek and the first
     * paragraph of the story under it), before the part the walk joined, open the story. Returns
     * the index of the first of them, or {@code lo}.
     */
    private static int introAfter(List<TextBlock> blocks, TextBlock standfirst, int lo) {
        if (standfirst == null || standfirst.index >= lo || standfirst.owner.parent() == null) {
            return lo;
        }
        Element box = standfirst.owner.parent();
        for (int i = standfirst.index + 1; i < lo; i++) {
            TextBlock b = blocks.get(i);
            if (b.owner.parent() != box) {
                return lo;
            }
            if (Neighbours.good(b)) {
                return i;
            }
        }
        return lo;
    }

    /** Whether a block says what the page's description says. */
    private static boolean says(TextBlock b, String description) {
        return description != null && PageMetadata.overlap(description, b.text) >= 0.6 && countWords(description) <= 2 * b.words;
    }

    /**
     * The excerpts of other stories in a list of teasers: a paragraph that follows a linked
     * headline (with only its date or byline between), written in a style (element and class)
     * that no other paragraph uses, when the page has two or more of them. A list article's items
     * follow linked headings too, but are written like its introduction.
     */
    private static Set<TextBlock> teasers(List<TextBlock> blocks, int lo, int hi) {
        Map<String, Integer> bodyStyles = new java.util.HashMap<>();
        Map<String, List<TextBlock>> excerpts = new java.util.HashMap<>();
        boolean afterHeadline = false;
        for (int i = lo; i <= hi; i++) {
            TextBlock b = blocks.get(i);
            String style = style(b);
            if (b.headlineLinks >= 1 && b.linkDensity() > 0.5) {
                afterHeadline = true;
            } else if (Neighbours.good(b)) {
                if (afterHeadline) {
                    excerpts.computeIfAbsent(style, k -> new ArrayList<>()).add(b);
                } else {
                    bodyStyles.merge(style, 1, Integer::sum);
                }
                afterHeadline = false;
            } else if (b.text.length() > 40 && b.kind == Clutter.Kind.CONTENT) {
                afterHeadline = false;
            }
        }
        Set<TextBlock> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, List<TextBlock>> e : excerpts.entrySet()) {
            if (e.getValue().size() >= 2 && !bodyStyles.containsKey(e.getKey())) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    /** Whether a quarter or more of a text's words have digits in them: a date, a score, a count. */
    private static boolean numeric(String t) {
        int words = 0;
        int digits = 0;
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty()) {
                words++;
                if (w.chars().anyMatch(Character::isDigit)) {
                    digits++;
                }
            }
        }
        return digits * 4 >= words;
    }

    /** The topic words of the content's first good paragraphs, for a page without a headline. */
    private static Set<String> topicOf(List<TextBlock> blocks, Element content, PageWords words) {
        Set<String> out = new java.util.HashSet<>();
        int n = 0;
        for (TextBlock b : blocks) {
            if (n < 2 && Neighbours.good(b) && inside(b.owner, content)) {
                out.addAll(words.topicWords(b.text));
                n++;
            }
        }
        return out;
    }

    /** Link text that reads like another story's headline: four words or more, not a prompt ("Copy link to this article"). */
    private static boolean isHeadline(String linkText) {
        return countWords(linkText) >= 4 && Clutter.classify(linkText) == Clutter.Kind.CONTENT;
    }

    private static void select(List<TextBlock> blocks, Element content, Element top, PageMetadata.Meta meta,
                               String bodyEvidence, String raw, Extracted out, Trace trace) {
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
        String title = meta.title() == null ? null : norm(meta.title());
        // Join the parts of a story split over neighbouring containers (a lead block before a
        // byline or a picture, the rest after it).
        PageWords words = PageWords.shared();
        Set<String> topic = meta.title() != null ? words.topicWords(meta.title()) : topicOf(blocks, content, words);
        Neighbours joins = new Neighbours(blocks, content, top, title, topic);
        int lo = joins.reach(first, -1);
        String stopBefore = joins.stop();
        int stopBeforeAt = joins.stopAt();
        int hi = joins.reach(last, 1);
        String stopAfter = joins.stop();
        int stopAfterAt = joins.stopAt();
        TextBlock standfirst = standfirst(blocks, lo, first, title, meta.description());
        lo = introAfter(blocks, standfirst, lo);
        // what became of each block, for the trace
        String[] fates = trace == null ? null : new String[blocks.size()];
        if (standfirst != null) {
            out.standfirst = new Extracted.Piece(standfirst.text, find(raw, standfirst.text, 0, raw.length()));
        }
        // The byline and date lines next to the story, and between its parts, stay metadata.
        for (TextBlock b : joins.stepped()) {
            if (b.kind == Clutter.Kind.BYLINE) {
                out.authors.addAll(Clutter.bylineNames(b.text));
            } else if (b.kind == Clutter.Kind.DATELINE) {
                out.date(Dates.parseProse(b.text), "dateline");
            }
            authorLinks(b.owner, words, out);
        }
        double totalGood = 0;
        for (int i = lo; i <= hi; i++) {
            if (blocks.get(i).weight > 0) {
                totalGood += blocks.get(i).weight;
            }
        }
        // Where the story's own paragraphs sit and how they are written, to tell a notice in a box
        // from a paragraph of the story.
        Set<String> flow = new java.util.HashSet<>();
        Map<String, Integer> styles = new java.util.HashMap<>();
        for (TextBlock b : blocks) {
            if (Neighbours.good(b) && inside(b.owner, content) && Clutter.siteTalk(b.text) == Clutter.Talk.NONE) {
                flow.add(path(b.owner, content));
                styles.merge(style(b), 1, Integer::sum);
            }
        }
        String bodyStyle = styles.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        double seenGood = 0;
        boolean inList = false;
        Set<TextBlock> teasers = teasers(blocks, lo, hi);
        List<TextBlock> kept = new ArrayList<>();
        Set<TextBlock> notices = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = lo; i <= hi; i++) {
            TextBlock b = blocks.get(i);
            boolean within = inside(b.owner, content) || b.weight > 0;
            if (!within || teasers.contains(b) || b == standfirst) {
                fate(fates, b, !within ? "outside: stepped over between the parts (" + (b.media ? "beside a picture" : b.kind.name().toLowerCase(Locale.ROOT)) + ")" : teasers.contains(b) ? "filter: teaser" : null);
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
                for (int j = i; j <= hi && fates != null; j++) {
                    fate(fates, blocks.get(j), "filter: after an end marker");
                }
                break;
            }
            if (b.kind != Clutter.Kind.CONTENT && b.kind != Clutter.Kind.SITE && b.kind != Clutter.Kind.CONSENT) {
                fate(fates, b, b.kind == Clutter.Kind.CREDIT && b.media ? "filter: caption beside a picture"
                        : "filter: " + b.kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
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
                case SITE, CONSENT -> {
                    // a consent notice is a box of its own; a long paragraph about privacy written in
                    // the story's own flow and style is the story's (a review of privacy tools)
                    if (!(b.kind == Clutter.Kind.CONSENT && b.words >= 40 && endsSentence(t) && style(b).equals(bodyStyle)
                            && flow.contains(path(b.owner, content)))) {
                        notices.add(b);
                        fate(fates, b, "filter: " + b.kind.name().toLowerCase(Locale.ROOT));
                        continue;
                    }
                }
                default -> {
                    continue;
                }
            }
            boolean vouched = bodyEvidence != null && b.words >= 2 && bodyEvidence.contains(norm(t));
            // A paragraph of the story's own kind, full of links to people and places, is still the story.
            // So is a sentence whose links sit inside it, each after a word of its own ("can be
            // confusing - [though the benefits ...]"): the links are words of the sentence.
            boolean linkedProse = endsSentence(t) && (t.length() - b.linkChars >= LINKED_PROSE && style(b).equals(bodyStyle)
                    || b.words >= 8 && 2 * (b.linkChars - b.sentenceLinkChars) <= t.length());
            // the paragraph that opens the story and that the page's description repeats is the
            // story's, however much of it is a link (an author's note pointing to the series' first part)
            if (ld > 0.5 && !vouched && !linkedProse && !(kept.stream().allMatch(k -> k.heading) && says(b, meta.description()))) {
                if (inList && b.words >= 4) {
                    out.relate(t, b.href());
                }
                fate(fates, b, "filter: link-dense");
                continue;
            }
            inList = false;
            if (title != null && norm(t).equals(title)) {
                fate(fates, b, "filter: the title");
                continue;
            }
            // the site's notice in a box of its own; the paragraph the page's description repeats
            // is the story's summary, whatever it says of the page ("this episode", "this podcast")
            if (!b.heading && Clutter.siteTalk(t) == Clutter.Talk.IN_A_BOX && !flow.contains(path(b.owner, content))
                    && !says(b, meta.description())) {
                notices.add(b);
                fate(fates, b, "filter: site talk in a box");
                continue;
            }
            if (b.heading) {
                if (b.words <= 30) {
                    kept.add(b);
                }
                fate(fates, b, "filter: a heading");
                continue;
            }
            // a data table's row is read whole: its cells are short by nature
            if (vouched || b.words >= 4 || b.words >= 2 && (endsSentence(t) || b.owner.normalName().equals("tr"))) {
                kept.add(b);
            }
            fate(fates, b, "filter: short");
        }
        relatedAfter(blocks, hi, out);
        // A heading over the site's notice (a newsletter box's name) went with it; headings with
        // nothing after them were list or section titles.
        kept.removeIf(b -> b.heading && b.index + 1 < blocks.size() && notices.contains(blocks.get(b.index + 1)));
        while (!kept.isEmpty() && kept.get(kept.size() - 1).heading) {
            kept.remove(kept.size() - 1);
        }
        // A dateline opening the story ("DELLIN, Dec 20, 2025 (NWA) -") dates it when the page does not.
        for (int i = 0, n = 0; i < kept.size() && n < 2; i++) {
            if (!kept.get(i).heading) {
                out.date(Dates.dateline(kept.get(i).text), "dateline");
                n++;
            }
        }
        if (trace != null) {
            for (TextBlock b : kept) {
                fates[b.index] = Trace.KEPT;
            }
            if (standfirst != null) {
                fates[standfirst.index] = Trace.KEPT;
            }
            for (TextBlock b : blocks) {
                String f = fates[b.index];
                if (!Trace.KEPT.equals(f) && b.heading && (b.owner.normalName().equals("h1") || norm(b.text).equals(title))) {
                    f = "the page's headline"; // never body: a gold lead here is the gold's title choice
                }
                trace.add(b.text, f != null ? f : b.index < lo ? outside("before", b, stopBeforeAt, stopBefore, -1)
                        : b.index > hi ? outside("after", b, stopAfterAt, stopAfter, 1) : "filter: other");
            }
            trace.setStopBefore(stopBefore);
            trace.setStopAfter(stopAfter);
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

    /** The fate of a block outside the story's parts: stepped over by the walk, where it stopped, or beyond. */
    private static String outside(String side, TextBlock b, int stopAt, String stop, int dir) {
        String where = stopAt < 0 || (b.index - stopAt) * dir < 0 ? "stepped over (" + (b.media ? "beside a picture"
                : b.weight > 0 ? "prose" : b.kind.name().toLowerCase(Locale.ROOT)) + ")"
                : b.index == stopAt ? "where the walk stopped: " + stop : "beyond where the walk stopped: " + stop;
        return "outside: " + side + " the story, " + where;
    }

    /** Records a block's fate for the trace, unless one is already recorded or there is no trace. */
    private static void fate(String[] fates, TextBlock b, String why) {
        if (fates != null && why != null && fates[b.index] == null) {
            fates[b.index] = why;
        }
    }

    /** How a block is written: its element and class. */
    static String style(TextBlock b) {
        return b.owner.normalName() + "." + b.owner.className();
    }

    /** The tags and classes from an element up to the content element: where in the story it sits; null outside it. */
    private static String path(Element e, Element content) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; e != null && e != content; d++, e = e.parent()) {
            if (d >= MAX_ANCESTORS) {
                return null;
            }
            sb.append(e.normalName()).append('.').append(e.className()).append('>');
        }
        return e == null ? null : sb.toString();
    }

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|da|bin)){1,4}");

    /** Whether a text is only a person's name: two to five capitalised words. */
    static boolean isName(String text) {
        return NAME.matcher(text.strip()).matches();
    }

    /** Names linked to author pages ({@code /staff/jane-roe}) in a byline block. */
    private static void authorLinks(Element owner, PageWords words, Extracted out) {
        for (Element a : owner.getElementsByTag("a")) {
            String name = a.text().strip();
            if (name.length() <= 60 && isName(name) && words.isAuthorPage(a.attr("href"))) {
                out.authors.add(name);
            }
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

    /** The headlines of a list the page starts right after the story ("More news", "Related"). */
    private static void relatedAfter(List<TextBlock> blocks, int hi, Extracted out) {
        for (int i = hi + 1; i < blocks.size() && i <= hi + 3; i++) {
            TextBlock b = blocks.get(i);
            if (b.kind == Clutter.Kind.LIST_HEADER || b.heading && END_MARKER.matcher(b.text).matches()) {
                int end = i + 1;
                while (end < blocks.size() && end <= i + 50 && !Neighbours.good(blocks.get(end))) {
                    end++;
                }
                harvestAfter(blocks, i + 1, end - 1, out);
                return;
            }
        }
    }

    private static void harvestAfter(List<TextBlock> blocks, int from, int to, Extracted out) {
        for (int i = from; i <= to && i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.linkDensity() > 0.5 && b.words >= 4 && b.words <= 30) {
                out.relate(b.text, b.href());
            }
        }
    }

    static boolean inside(Element e, Element ancestor) {
        for (int d = 0; e != null && d < MAX_ANCESTORS * 4; d++, e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A heading that ends a story: "Comments", "Related", "More from…", "About the author". */
    static boolean isEndMarker(String t) {
        return END_MARKER.matcher(t).matches();
    }

    static boolean endsSentence(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?\"”’'…)".indexOf(c) >= 0 || c == '。';
    }

    static int countWords(CharSequence t) {
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
