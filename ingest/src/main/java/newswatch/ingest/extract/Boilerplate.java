package newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Removes what is never article text: chrome elements, and containers whose tag, class, id or role says so. */
final class Boilerplate {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "iframe", "svg", "button",
            "template", "dialog", "select", "input", "textarea", "object", "embed", "canvas", "link", "meta");
    /** Chrome unless it holds most of the page (an ASP.NET {@code <form>} wraps everything). */
    private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside", "form", "menu");
    private static final Set<String> HINT_WORDS = Set.of("comment", "comments", "related", "share", "sharing", "social",
            "cookie", "cookies", "consent", "gdpr", "promo", "promotion", "promoted", "sidebar", "footer", "nav",
            "navbar", "navigation", "menu", "subscribe", "subscription", "newsletter", "ad", "ads", "advert",
            "advertisement", "sponsored", "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola",
            "recommended", "trending", "mostread", "popular", "paywall");
    /** Page furniture that sits inside articles: removed when small. */
    private static final Set<String> SMALL_TAGS = Set.of("figcaption", "figure", "h1", "time", "address");
    private static final Set<String> SMALL_HINT_WORDS = Set.of("caption", "credit", "credits", "byline", "author",
            "authors", "date", "dateline", "timestamp", "published", "updated", "tags", "tag", "topics", "meta",
            "gallery", "toolbar", "tools", "rating", "bio", "print", "hidden", "skip");
    private static final int SMALL = 400;
    private static final Set<String> STRONG_HINT_WORDS = Set.of("comment", "comments", "related", "footer",
            "sidebar", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "recommended", "trending",
            "mostread", "popular", "outbrain", "taboola", "cookie", "cookies", "consent", "gdpr");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "body", "main", "post", "entry",
            "story", "text");
    private static final Set<String> HINT_ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "search", "dialog", "alertdialog", "menu", "menubar");
    private static final String ARTICLE_MARKERS = "article, main, [itemprop=articleBody]";

    private Boilerplate() {
    }

    static void remove(Document doc) {
        List<Node> drop = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment || node instanceof Element e && (NEVER_TEXT.contains(e.normalName())
                    || e.hasAttr("hidden") || hiddenStyle(e))) {
                drop.add(node);
            }
        }, doc);
        drop.forEach(n -> {
            if (n.parentNode() != null) {
                n.remove();
            }
        });
        Element body = doc.body();
        TextStats stats = TextStats.of(body);
        long pageText = stats.get(body).text;
        long pageProse = stats.get(body).prose;
        Set<Element> markerAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element m : body.select(ARTICLE_MARKERS)) {
            for (Element a = m; a != null && markerAncestors.add(a); a = a.parent()) {
                // marks m and every ancestor
            }
        }
        List<Element> hinted = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && (CHROME.contains(e.normalName()) || hinted(e))) {
                hinted.add(e);
            }
        }
        for (Element e : hinted) {
            if (e.parent() != null && !markerAncestors.contains(e) && stats.get(e).text * 2 <= pageText
                    && !looksLikeContent(e, stats.get(e), pageProse)) {
                e.remove();
            }
        }
        for (Element e : body.getAllElements()) {
            if (e != body && e.parent() != null && stats.get(e).text < SMALL && !markerAncestors.contains(e)
                    && (SMALL_TAGS.contains(e.normalName()) || ClassHints.anyWord(e, SMALL_HINT_WORDS))) {
                e.remove();
            }
        }
    }

    /** A weak hint ("has-ads", "modal-enabled") on the element holding most of the prose is not boilerplate. */
    private static boolean looksLikeContent(Element e, TextStats.Stat st, long pageProse) {
        return st.prose * 2 > pageProse
                && (!ClassHints.anyWord(e, STRONG_HINT_WORDS) || ClassHints.anyWord(e, CONTENT_WORDS));
    }

    private static boolean hiddenStyle(Element e) {
        if (!e.hasAttr("style")) {
            return false;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    static boolean hinted(Element e) {
        if (e.hasAttr("role") && HINT_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                || e.hasAttr("aria-hidden") && e.attr("aria-hidden").equals("true")) {
            return true;
        }
        return ClassHints.anyWord(e, HINT_WORDS) || ClassHints.adPrefix(e);
    }
}
