package org.herald.extract;

import java.net.URI;
import java.util.Locale;
import org.herald.extract.internal.Dates;
import org.herald.extract.internal.Decoding;
import org.herald.extract.internal.Duplicates;
import org.herald.extract.internal.Extracted;
import org.herald.extract.internal.MainText;
import org.herald.extract.internal.PageMetadata;
import org.herald.extract.internal.Sniff;
import org.herald.extract.internal.TextLayout;
import org.herald.model.Article;
import org.herald.model.Link;
import org.herald.model.Outcome;
import org.herald.model.Position;
import org.herald.model.Problem;
import org.herald.model.Problem.Code;
import org.herald.model.RawDocument;
import org.herald.model.ResolvedDate;
import org.herald.model.Stage;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The extract stage: reads a {@link RawDocument} (an HTML page or scraped plain text) and
 * produces an {@link Article}: headline, standfirst and body paragraphs without the page's
 * clutter, the headlines of other stories as {@code related} links, and the metadata (authors,
 * publication date and where it came from, site, language), with a content hash, a
 * duplicate-cluster id shared by copies of one story, and a map from the article's offsets back to
 * the decoded document for every block copied verbatim.
 *
 * <p>Assumes nothing about the input: binary data, empty pages, documents over the size limit
 * and pages without text become a {@link Problem}, never an exception. One extractor remembers
 * the stories it has seen (for duplicate clusters); it is safe to share between threads.
 */
public final class Extractor {

    /**
     * @param maxBytes documents larger than this are refused
     * @param duplicates whether to assign duplicate clusters (memory grows with the stories seen)
     */
    public record Options(int maxBytes, boolean duplicates) {
        public static final Options DEFAULT = new Options(10 * 1024 * 1024, true);
    }

    private final Options options;
    private final Duplicates duplicates = new Duplicates();

    public Extractor() {
        this(Options.DEFAULT);
    }

    public Extractor(Options options) {
        this.options = options;
    }

    /** The article in the document, or why there is none. */
    public Outcome<Article> extract(RawDocument doc) {
        String input = doc.origin() == null ? "-" : doc.origin();
        byte[] bytes = doc.bytes();
        if (bytes == null || bytes.length == 0) {
            return fail(input, null, Code.EXTRACT_EMPTY, "the document is empty");
        }
        if (bytes.length > options.maxBytes()) {
            return fail(input, Position.byteOffset(options.maxBytes()), Code.EXTRACT_TOO_LARGE,
                    "the document has " + bytes.length + " bytes, over the limit of " + options.maxBytes());
        }
        String binary = Sniff.binaryReason(bytes);
        if (binary != null) {
            return fail(input, null, Code.EXTRACT_BINARY, "not text: " + binary);
        }
        try {
            return read(doc, input, null);
        } catch (StackOverflowError e) {
            return fail(input, null, Code.EXTRACT_TOO_DEEP, "the document is nested too deeply to read");
        } catch (RuntimeException e) {
            // A bug in Herald, not in the input; the batch goes on and the message says where.
            return Outcome.failed(new Problem(input, Stage.EXTRACT, null, Code.INTERNAL, "extraction failed: " + e));
        }
    }

    /**
     * Extracts the document as {@link #extract} does and tells where each piece of an HTML page's
     * text went: kept, dropped in cleaning (and why), outside the story's parts, or dropped by a
     * named filter. For diagnosing pages that lose their lead; empty for plain text.
     */
    public Trace trace(RawDocument doc) {
        Trace trace = new Trace();
        if (doc.bytes() != null && doc.bytes().length > 0 && doc.bytes().length <= options.maxBytes()
                && Sniff.binaryReason(doc.bytes()) == null) {
            try {
                read(doc, doc.origin() == null ? "-" : doc.origin(), trace);
            } catch (StackOverflowError | RuntimeException e) {
                // the trace holds what was recorded before the failure; extract() reports it
            }
        }
        return trace;
    }

    private Outcome<Article> read(RawDocument doc, String input, Trace trace) {
        boolean htmlType = doc.mediaType() != null && doc.mediaType().toLowerCase(Locale.ROOT).contains("html");
        Decoding.Decoded decoded = Decoding.decode(doc.bytes(), doc.charset(), htmlType || looksLikeMarkup(doc.bytes()));
        String text = decoded.text();
        if (text.isBlank()) {
            return fail(input, null, Code.EXTRACT_EMPTY, "the document has only white space");
        }
        Extracted x;
        boolean html = Sniff.isHtml(doc.mediaType(), text);
        if (html) {
            Parser parser = Parser.htmlParser();
            Document page = parser.parseInput(text, doc.url() == null ? "" : doc.url());
            PageMetadata.Meta meta = PageMetadata.read(page, doc.url());
            x = new Extracted();
            // What the page states wins over a dateline in its text; a date guessed from the
            // URL does not.
            if (!"url".equals(meta.publishedFrom())) {
                x.date(meta.published(), meta.publishedFrom());
            }
            MainText.read(page, text, meta, x, trace);
            x.authors.addAll(meta.authors());
            x.date(meta.published(), meta.publishedFrom());
            x.site = meta.site();
            x.canonicalUrl = meta.canonical();
            x.language = meta.language();
            if (meta.title() != null) {
                x.headline = new Extracted.Piece(meta.title(), -1);
            }
        } else {
            x = TextLayout.read(text);
        }
        RawDocument.Hints hints = doc.hints() == null ? RawDocument.Hints.NONE : doc.hints();
        if (x.headline == null && hints.title() != null) {
            x.headline = new Extracted.Piece(hints.title(), -1);
        }
        if (hints.published() != null) {
            ResolvedDate d = Dates.parseField(hints.published());
            if (x.published == null || "url".equals(x.publishedFrom) || "dateline".equals(x.publishedFrom)) {
                if (d != null) {
                    x.published = null;
                    x.date(d, "container");
                }
            }
        }
        if (x.published == null && html) {
            x.date(Dates.fromUrl(doc.url()), "url");
        }
        if (x.paragraphs.isEmpty()) {
            return fail(input, null, Code.EXTRACT_NO_TEXT, html ? "no article text found in the page" : "no body text after the headline");
        }
        // Every text leaves as well-formed UTF-16: a character reference to a surrogate (&#xD800;)
        // or a JSON escape of one gives a lone surrogate, which no UTF-8 writer can keep.
        Article.Builder b = Article.builder().origin(wellFormed(input));
        String url = wellFormed(doc.url() != null ? doc.url() : x.canonicalUrl);
        b.url(url);
        if (x.headline != null) {
            b.headline(wellFormed(x.headline.text()), verbatim(text, x.headline));
        }
        if (x.standfirst != null) {
            b.standfirst(wellFormed(x.standfirst.text()), verbatim(text, x.standfirst));
        }
        StringBuilder body = new StringBuilder();
        for (Extracted.Piece p : x.paragraphs) {
            b.paragraph(wellFormed(p.text()), verbatim(text, p));
            body.append(p.text()).append('\n');
        }
        for (Link l : x.related) {
            b.related(new Link(wellFormed(l.text()), wellFormed(l.url())));
        }
        for (String a : x.authors) {
            if (!a.isBlank()) {
                b.author(wellFormed(a.strip()));
            }
        }
        b.published(x.published, x.published == null ? null : x.publishedFrom);
        b.site(wellFormed(x.site != null ? x.site : host(url)));
        b.language(x.language != null ? x.language : guessLanguage(body));
        Article a = b.build();
        if (options.duplicates() && trace == null) { // a trace leaves the memory of stories seen alone
            a = a.withDuplicateCluster(duplicates.cluster(a.contentHash(), body.toString()));
        }
        return Outcome.ok(a);
    }

    /** The piece's offset in the decoded text when it was copied from there unchanged, else -1. */
    private static int verbatim(String raw, Extracted.Piece p) {
        int at = p.rawStart();
        String t = p.text().strip();
        return at >= 0 && at + t.length() <= raw.length() && raw.startsWith(t, at) ? at : -1;
    }

    /** The text with each lone surrogate replaced by U+FFFD; the length, and so every offset, stays. */
    static String wellFormed(String s) {
        if (s == null) {
            return null;
        }
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = '\uFFFD';
            }
        }
        return c == null ? s : new String(c);
    }

    private static boolean looksLikeMarkup(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '<') {
                return true;
            }
        }
        return false;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "and", "of", "to", "in", "a", "is",
            "that", "for", "on", "was", "with", "he", "it", "as", "said", "by", "at", "from", "his", "her", "has", "have");

    /** "en" when common English words make up a good share of the text, else null (unknown). */
    private static String guessLanguage(CharSequence text) {
        String[] words = text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2000);
        int hits = 0;
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
                if (ENGLISH.contains(w)) {
                    hits++;
                }
            }
        }
        return n >= 20 && hits * 100 / n >= 15 ? "en" : null;
    }

    private static Outcome<Article> fail(String input, Position position, Code code, String message) {
        return Outcome.failed(new Problem(input, code, position, message));
    }

    /** What Herald's clutter rules read a paragraph as ("content", "byline", "credit", ...), for the extract eval's counts. */
    public static String clutterKind(String paragraph) {
        return org.herald.extract.internal.Clutter.classify(paragraph).name().toLowerCase(java.util.Locale.ROOT);
    }
}
