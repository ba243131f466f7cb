package newswatch.ingest.extract;

import java.time.Instant;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, byline, date, language, canonical URL and site name, read before boilerplate is removed. */
record PageMetadata(String title, String byline, Instant published, String language, String canonicalUrl,
        String siteName) {
    private static final int MAX_BYLINE = 200;

    static PageMetadata read(Document doc, JsonLd ld) {
        String title = first(meta(doc, "meta[property=og:title]"), ld.headline(), text(doc.selectFirst("h1")), doc.title());
        String byline = first(meta(doc, "meta[name=author]"), ld.author(), text(doc.selectFirst("[rel=author]")),
                text(doc.selectFirst("[itemprop=author]")), text(doc.selectFirst(".byline")));
        if (byline != null && byline.length() > MAX_BYLINE) {
            byline = byline.substring(0, MAX_BYLINE);
        }
        Instant published = Dates.parse(ld.datePublished());
        if (published == null) {
            published = Dates.parse(first(meta(doc, "meta[property=article:published_time]"),
                    meta(doc, "meta[itemprop=datePublished]"), attr(doc.selectFirst("time[datetime]"), "datetime")));
        }
        String siteName = first(meta(doc, "meta[property=og:site_name]"), ld.publisher(),
                meta(doc, "meta[name=application-name]"));
        return new PageMetadata(title, byline, published, language(doc), canonical(doc), siteName);
    }

    private static String language(Document doc) {
        String lang = first(attr(doc.selectFirst("html[lang]"), "lang"), meta(doc, "meta[http-equiv=content-language]"),
                meta(doc, "meta[property=og:locale]"));
        if (lang == null) {
            return null;
        }
        String tag = Locale.forLanguageTag(lang.replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private static String canonical(Document doc) {
        for (String candidate : new String[] {attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
            attr(doc.selectFirst("meta[property=og:url]"), "abs:content")}) {
            if (candidate != null && candidate.toLowerCase(Locale.ROOT).matches("https?://.+")) {
                return candidate;
            }
        }
        return null;
    }

    private static String meta(Document doc, String query) {
        return attr(doc.selectFirst(query), "content");
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
