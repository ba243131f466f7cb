package newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements metadata is read from, found in one pass over the page instead of one selector query per field
 * (each query walks the whole document). For every key the first element in document order is kept.
 */
final class PageIndex {
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};
    final int elements;
    final List<Element> jsonLd = new ArrayList<>();
    private final Map<String, Element> first = new HashMap<>();

    private PageIndex(Document doc) {
        int n = 0;
        for (Element e : doc.getAllElements()) {
            n++;
            index(e);
        }
        elements = n;
    }

    static PageIndex of(Document doc) {
        return new PageIndex(doc);
    }

    private void index(Element e) {
        switch (e.normalName()) {
            case "meta" -> {
                for (String attr : META_KEYS) {
                    if (e.hasAttr(attr)) {
                        keep("meta[" + attr + "=" + e.attr(attr) + "]", e);
                    }
                }
            }
            case "script" -> {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(e);
                }
            }
            case "link" -> {
                if (e.attr("rel").equalsIgnoreCase("canonical")) {
                    keep("link[rel=canonical]", e);
                }
            }
            case "h1" -> keep("h1", e);
            case "time" -> {
                if (e.hasAttr("datetime")) {
                    keep("time[datetime]", e);
                }
            }
            case "html" -> {
                if (e.hasAttr("lang")) {
                    keep("html[lang]", e);
                }
            }
            default -> {
            }
        }
        if (e.attr("rel").equalsIgnoreCase("author")) {
            keep("[rel=author]", e);
        }
        if (e.attr("itemprop").equalsIgnoreCase("author")) {
            keep("[itemprop=author]", e);
        }
        if (e.hasClass("byline")) {
            keep(".byline", e);
        }
    }

    private void keep(String key, Element e) {
        first.putIfAbsent(key.toLowerCase(Locale.ROOT), e);
    }

    /** First element for a key as written by {@link #index}: "meta[property=og:title]", "h1", ".byline"... */
    Element first(String key) {
        return first.get(key.toLowerCase(Locale.ROOT));
    }
}
