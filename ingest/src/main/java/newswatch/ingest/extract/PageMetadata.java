package newswatch.ingest.extract;

import java.time.Instant;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, byline, date, language, canonical URL and site name, read before boilerplate is removed. */
record PageMetadata(String title, String byline, Instant published, String language, String canonicalUrl,
        String siteName) {
    private static final int MAX_BYLINE = 200;

    static PageMetadata read(Document doc, PageIndex idx, JsonLd ld) {
        String title = first(meta(idx, "meta[property=og:title]"), ld.headline(), text(idx.first("h1")), doc.title());
        String byline = first(meta(idx, "meta[name=author]"), ld.author(), text(idx.first("[rel=author]")),
                text(idx.first("[itemprop=author]")), text(idx.first(".byline")));
        if (byline != null && byline.length() > MAX_BYLINE) {
            byline = byline.substring(0, MAX_BYLINE);
        }
        Instant published = Dates.parse(ld.datePublished());
        if (published == null) {
            published = Dates.parse(first(meta(idx, "meta[property=article:published_time]"),
                    meta(idx, "meta[itemprop=datePublished]"), attr(idx.first("time[datetime]"), "datetime")));
        }
        String siteName = first(meta(idx, "meta[property=og:site_name]"), ld.publisher(),
                meta(idx, "meta[name=application-name]"));
        return new PageMetadata(title, byline, published, language(idx), canonical(idx), siteName);
    }

    private static String language(PageIndex idx) {
        String lang = first(attr(idx.first("html[lang]"), "lang"), meta(idx, "meta[http-equiv=content-language]"),
                meta(idx, "meta[property=og:locale]"));
        if (lang == null) {
            return null;
        }
        String tag = Locale.forLanguageTag(lang.replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private static String canonical(PageIndex idx) {
        for (String candidate : new String[] {attr(idx.first("link[rel=canonical]"), "abs:href"),
            attr(idx.first("meta[property=og:url]"), "abs:content")}) {
            if (candidate != null && candidate.toLowerCase(Locale.ROOT).matches("https?://.+")) {
                return candidate;
            }
        }
        return null;
    }

    private static String meta(PageIndex idx, String query) {
        return attr(idx.first(query), "content");
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
