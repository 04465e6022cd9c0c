package org.herald.extract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Json;
import org.herald.model.ResolvedDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a page states about itself, in order of trust: JSON-LD (schema.org Article types),
 * Open Graph and other meta tags, microdata, {@code <time>} elements, the URL. Read before the
 * page is cleaned, since JSON-LD lives in script elements.
 */
public final class PageMetadata {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
            "scholarlyarticle", "techarticle", "socialmediaposting", "posting", "report", "webpage", "itempage", "medicalwebpage",
            "askpublicnewsarticle", "satiricalarticle", "howto", "recipe", "review", "videoobject");
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "og:article:published_time",
        "published_time", "pubdate", "publishdate", "publish-date", "publish_date", "published-date", "article.published",
        "article_date_original", "date.published", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.date", "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
        "originalpublicationdate", "date", "created", "citation_publication_date", "citation_date", "article.created",
        "displaydate", "publication_date", "release_date"};

    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
            "\\b(?:newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|liveblogposting"
                    + "|report|backgroundnewsarticle|reviewnewsarticle|socialmediaposting|techarticle|scholarlyarticle)\\b");
    private static final java.util.regex.Pattern ORGANIZATION = java.util.regex.Pattern.compile("\\b(?:organization|newsmediaorganization)\\b");

    /** What the page says about itself. */
    public record Meta(String title, String h1, String description, List<String> authors, ResolvedDate published,
                       String publishedFrom, String site, String canonical, String language, String articleBody) {
    }

    private PageMetadata() {
    }

    /** The elements metadata is read from, gathered in one walk over the page. */
    private static final class Found {
        final List<Element> metas = new ArrayList<>();
        final List<Element> jsonLd = new ArrayList<>();
        final List<Element> authors = new ArrayList<>();
        final List<Element> dates = new ArrayList<>();
        Element h1;
        Element canonical;
    }

    private static Found walk(Document doc) {
        Found f = new Found();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> f.metas.add(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        f.jsonLd.add(e);
                    }
                }
                case "h1" -> {
                    if (f.h1 == null) {
                        String t = e.text().strip();
                        if (t.length() >= 3 && t.length() <= 400) {
                            f.h1 = e;
                        }
                    }
                }
                case "link" -> {
                    if (f.canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        f.canonical = e;
                    }
                }
                case "time" -> {
                    if (e.hasAttr("datetime") || e.hasAttr("pubdate")) {
                        f.dates.add(e);
                    }
                }
                default -> {
                }
            }
            if (e.hasAttr("itemprop")) {
                String ip = e.attr("itemprop");
                if (ip.equalsIgnoreCase("datePublished")) {
                    f.dates.add(0, e);
                } else if (ip.equalsIgnoreCase("author")) {
                    f.authors.add(e);
                }
            }
            if (e.attr("rel").equalsIgnoreCase("author")) {
                f.authors.add(e);
            }
        }, doc);
        return f;
    }

    public static Meta read(Document doc, String url) {
        Found found = walk(doc);
        Map<String, String> meta = new HashMap<>();
        for (Element m : found.metas) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
            if (!key.isEmpty() && !content.isBlank()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), content.strip());
            }
        }
        JsonLd ld = jsonLd(found.jsonLd);

        String h1 = found.h1 == null ? null : found.h1.text().strip();
        String docTitle = doc.title().strip();
        String og = first(meta, "og:title", "twitter:title", "dc.title", "headline");
        String siteName = firstNonBlank(first(meta, "og:site_name", "application-name"), ld.publisher);
        String title = chooseTitle(h1, cutSite(ld.headline, siteName), cutSite(og, siteName), docTitle);

        List<String> authors = new ArrayList<>(ld.authors);
        if (authors.isEmpty()) {
            String a = first(meta, "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author", "citation_author");
            if (a != null && !a.startsWith("http") && a.length() <= 120) {
                for (String p : a.replaceFirst("^(?i)by\\s+", "").split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
                    if (p.length() >= 3 && !p.startsWith("http")) {
                        authors.add(p.strip());
                    }
                }
            }
        }
        if (authors.isEmpty()) {
            for (Element e : found.authors) {
                String t = e.text().strip();
                if (t.length() >= 3 && t.length() <= 60 && authors.size() < 5 && !authors.contains(t)) {
                    authors.add(t.replaceFirst("^(?i)by\\s+", ""));
                }
            }
        }

        ResolvedDate published = Dates.parseField(ld.datePublished);
        String from = published == null ? null : "json-ld";
        if (published == null) {
            for (String k : DATE_META) {
                ResolvedDate d = Dates.parseField(meta.get(k));
                if (d != null) {
                    published = d;
                    from = "meta";
                    break;
                }
            }
        }
        if (published == null) {
            for (Element e : found.dates) {
                ResolvedDate d = Dates.parseField(e.hasAttr("datetime") ? e.attr("datetime")
                        : e.hasAttr("content") ? e.attr("content") : e.text());
                if (d != null) {
                    published = d;
                    from = "time";
                    break;
                }
            }
        }
        if (published == null) {
            published = Dates.fromUrl(url);
            from = published == null ? null : "url";
        }

        String site = firstNonBlank(first(meta, "og:site_name", "application-name", "twitter:site"), ld.publisher);
        if (site != null && site.startsWith("@")) {
            site = site.substring(1);
        }
        String canonical = null;
        if (found.canonical != null) {
            canonical = found.canonical.absUrl("href");
        }
        if (canonical == null || canonical.isEmpty()) {
            String ogUrl = meta.get("og:url");
            canonical = ogUrl != null && ogUrl.startsWith("http") ? ogUrl : null;
        }
        Element html = doc.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = firstNonBlank(meta.get("content-language"), meta.get("og:locale"), ld.language);
        }
        String language = lang == null || lang.isBlank() ? null
                : lang.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
        if (language != null && !language.matches("[a-z]{2,3}")) {
            language = null;
        }
        String description = firstNonBlank(first(meta, "og:description", "description", "twitter:description"), ld.description);
        return new Meta(title, h1, description, authors, published, from, site, canonical, language, ld.articleBody);
    }

    /** The h1 when it agrees with what the metadata call the page, else the metadata's title. */
    static String chooseTitle(String h1, String ldHeadline, String og, String docTitle) {
        String stated = firstNonBlank(ldHeadline, og);
        if (h1 != null && (stated == null || overlap(h1, stated) >= 0.5 || overlap(h1, docTitle) >= 0.6)) {
            return h1;
        }
        if (stated != null) {
            return stated;
        }
        if (docTitle == null || docTitle.isBlank()) {
            return h1;
        }
        // "Story headline | Site name": the longest part is the headline.
        String best = docTitle;
        String[] parts = docTitle.split("\\s+(?:\\||-|–|—|::|»|·)\\s+");
        if (parts.length > 1) {
            best = parts[0];
            for (String p : parts) {
                if (p.length() > best.length()) {
                    best = p;
                }
            }
        }
        return best.strip();
    }

    /** "Headline | Site" without the site: the last part after a separator, when it names the site or is short. */
    static String cutSite(String title, String site) {
        // a title this long is no headline-and-site pair, and the pattern's time grows with its square
        if (title == null || title.length() > 400) {
            return title;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.{10,}?)\\s+(?:\\||-|–|—|::|»|·)\\s+([^|–—»·]{2,60})$").matcher(title.strip());
        if (!m.matches()) {
            return title;
        }
        String tail = m.group(2).strip();
        boolean isSite = site != null && (tail.equalsIgnoreCase(site) || overlap(tail, site) >= 0.99);
        return isSite || tail.split("\\s+").length <= 3 && tail.length() < m.group(1).length() / 2 ? m.group(1).strip() : title;
    }

    /** Share of the shorter text's words found in the other. */
    static double overlap(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<String> wa = Set.copyOf(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> wb = Set.copyOf(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> big = small == wa ? wb : wa;
        if (small.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : small) {
            if (big.contains(w)) {
                hit++;
            }
        }
        return hit / (double) small.size();
    }

    private static final class JsonLd {
        String headline;
        String datePublished;
        final List<String> authors = new ArrayList<>();
        String publisher;
        String language;
        String articleBody;
        String description;
        boolean found;
    }

    private static JsonLd jsonLd(List<Element> scripts) {
        JsonLd out = new JsonLd();
        for (Element s : scripts) {
            String data = s.data().strip();
            if (data.isEmpty() || data.length() > 2_000_000) {
                continue;
            }
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(data);
            } catch (Exception e) {
                continue; // a broken JSON-LD block is not evidence
            }
            List<JsonNode> objects = new ArrayList<>();
            collect(root, objects, 0);
            // Article types first, then other page types.
            for (int pass = 0; pass < 2 && !out.found; pass++) {
                for (JsonNode o : objects) {
                    String type = types(o);
                    boolean article = ARTICLE.matcher(type).find();
                    boolean page = !article && ARTICLE_TYPES.stream().anyMatch(t -> type.contains(t));
                    if (pass == 0 ? article : page) {
                        take(o, out);
                        out.found = out.datePublished != null || out.headline != null;
                        if (out.found) {
                            break;
                        }
                    }
                }
            }
            if (out.publisher == null) {
                for (JsonNode o : objects) {
                    if (ORGANIZATION.matcher(types(o)).find() && o.path("name").isTextual()) {
                        out.publisher = o.path("name").asText();
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static void take(JsonNode o, JsonLd out) {
        if (out.headline == null) {
            out.headline = text(o.get("headline"));
        }
        if (out.datePublished == null) {
            out.datePublished = firstNonBlank(text(o.get("datePublished")), text(o.get("dateCreated")), text(o.get("uploadDate")));
        }
        if (out.authors.isEmpty()) {
            JsonNode a = o.get("author");
            if (a == null) {
                a = o.get("creator");
            }
            if (a != null) {
                for (JsonNode x : a.isArray() ? a : List.of(a)) {
                    String name = x.isTextual() ? x.asText() : text(x.get("name"));
                    if (name != null && name.length() >= 2 && name.length() <= 100 && !name.startsWith("http")
                            && out.authors.size() < 10 && !out.authors.contains(name.strip())) {
                        out.authors.add(name.strip());
                    }
                }
            }
        }
        if (out.publisher == null) {
            JsonNode p = o.get("publisher");
            if (p != null) {
                out.publisher = p.isTextual() ? p.asText() : text(p.get("name"));
            }
        }
        if (out.language == null) {
            out.language = text(o.get("inLanguage"));
        }
        if (out.articleBody == null) {
            out.articleBody = text(o.get("articleBody"));
        }
        if (out.description == null) {
            out.description = text(o.get("description"));
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6 || out.size() > 200) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                collect(x, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
            JsonNode main = n.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static String types(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode x : t.isArray() ? t : List.of(t)) {
            sb.append(x.asText().toLowerCase(Locale.ROOT)).append(' ');
        }
        return sb.toString();
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("@value") ? n.get("@value") : n.get("name"));
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String first(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
