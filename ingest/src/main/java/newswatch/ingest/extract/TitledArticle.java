package newswatch.ingest.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * On a page of several sibling articles (the next stories loaded below the first as the reader scrolls), the one
 * headed with the page's title is the text.
 */
final class TitledArticle {
    private static final int MIN_HEADING = 10;
    private static final double TITLED_SHARE = 0.5;

    private TitledArticle() {
    }

    /** The titled article's text; null when there is none, it went as boilerplate, or it is only a teaser. */
    static String text(Element titled, Element body, TextStats stats) {
        if (titled == null || titled.parent() == null) {
            return null; // none, or removed as boilerplate
        }
        // A teaser of the same story elsewhere on the page carries its title too, but little of its text.
        long most = body.select("article").stream().mapToLong(a -> stats.get(a).prose).max().orElse(0);
        String text = stats.get(titled).prose >= TITLED_SHARE * most ? BlockText.render(List.of(titled)) : "";
        return text.length() >= MainText.MIN_BODY ? text : null;
    }

    /** The article headed with the page's title, found before boilerplate removal takes headings; null if none. */
    static Element find(Document doc, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        List<Element> articles = doc.body().select("article");
        Element titled = articles.size() > 1 ? headedBy(articles, title) : null;
        // An article holding the others is the page's wrapper: scoring finds the text inside it better.
        return titled == null || titled.select("article").size() > 1 ? null : titled;
    }

    /** The one article whose first heading is (in) the title, or whose heading holds it; null if none or several. */
    private static Element headedBy(List<Element> articles, String title) {
        String wanted = normal(title);
        Element found = null;
        Element foundHeading = null;
        for (Element a : articles) {
            Element h = a.selectFirst("h1, h2");
            String heading = h == null ? "" : normal(h.text());
            if (heading.length() < MIN_HEADING || !wanted.contains(heading) && !heading.contains(wanted)) {
                continue;
            }
            if (found == null) {
                found = a; // document order: an article holding another comes first
                foundHeading = h;
            } else if (h != foundHeading) {
                return null; // two articles claim the title
            }
        }
        return found;
    }

    private static String normal(String s) {
        return s.replaceAll("[\\s\\p{Punct}„“”«»‘’]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
