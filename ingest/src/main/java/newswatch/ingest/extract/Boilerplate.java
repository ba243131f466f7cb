package newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Removes what is never article text: chrome elements, and containers whose class, id or role says so. */
final class Boilerplate {
    private static final String CHROME = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "button, template, dialog, select, input, textarea, object, embed, canvas, menu";
    private static final Set<String> HINT_WORDS = Set.of("comment", "comments", "related", "share", "sharing", "social",
            "cookie", "cookies", "consent", "gdpr", "promo", "promotion", "promoted", "sidebar", "footer", "nav",
            "navbar", "navigation", "menu", "subscribe", "subscription", "newsletter", "ad", "ads", "advert",
            "advertisement", "sponsored", "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola",
            "recommended", "trending", "mostread", "popular", "paywall");
    private static final Set<String> HINT_ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "search", "dialog", "alertdialog", "menu", "menubar");
    private static final String ARTICLE_MARKERS = "article, main, [itemprop=articleBody]";

    private Boilerplate() {
    }

    static void remove(Document doc) {
        doc.select(CHROME).remove();
        removeComments(doc);
        long pageText = ParagraphText.length(doc.body());
        List<Element> hinted = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body() && hinted(e)) {
                hinted.add(e);
            }
        }
        for (Element e : hinted) {
            if (e.parent() != null && !protectedElement(e, pageText)) {
                e.remove();
            }
        }
    }

    static boolean hinted(Element e) {
        if (HINT_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)) || e.hasAttr("aria-hidden")
                && e.attr("aria-hidden").equals("true")) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String token : names.split("\\s+")) {
            if (token.startsWith("ad-") || token.startsWith("ads-")) {
                return true;
            }
            for (String word : token.split("[^a-z0-9]+")) {
                if (HINT_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A hint on a wrapper must not take the article with it ("page-with-sidebar" around everything). */
    private static boolean protectedElement(Element e, long pageText) {
        if (e.is(ARTICLE_MARKERS) || !e.select(ARTICLE_MARKERS).isEmpty()) {
            return true;
        }
        return pageText > 0 && ParagraphText.length(e) * 2 > pageText;
    }

    private static void removeComments(Document doc) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, doc);
        comments.forEach(Node::remove);
    }
}
