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
            "template", "dialog", "select", "input", "textarea", "object", "embed", "canvas", "link", "meta", "rt", "rp");
    /** Chrome unless it holds most of the page (an ASP.NET {@code <form>} wraps everything). */
    private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside", "form", "menu");
    /** Page furniture that sits inside articles: removed when small. */
    private static final Set<String> SMALL_TAGS = Set.of("figcaption", "figure", "h1", "time", "address");
    private static final int SMALL = 400;
    private static final int FORM_PROSE = 200;
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final int TITLE = 80;
    /** More than a one-line standfirst: a header holding this much prose inside an article is part of it. */
    private static final int HEADER_PROSE = 200;
    private static final Set<String> HINT_ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "search", "dialog", "alertdialog", "menu", "menubar");
    private static final java.util.regex.Pattern SHOWN_FROM_WIDTH =
            java.util.regex.Pattern.compile("d-(sm|md|lg|xl|xxl)-(block|inline|inline-block|flex|inline-flex|grid|table|table-cell|table-row)");
    private static final String ARTICLE_MARKERS = "article, main, " + MainText.ARTICLE_BODY;

    private Boilerplate() {
    }

    /** What a second reading of a page that yielded too little keeps. */
    enum Keep {
        /** Nothing: the first reading. */
        NONE,
        /** What a page shows readers without JavaScript. */
        NOSCRIPT,
        /** Containers named for comments: on a forum thread or a discussion page the posts are the text. */
        COMMENTS
    }

    static void remove(Document doc) {
        remove(doc, Keep.NONE);
    }

    static void remove(Document doc, Keep keep) {
        boolean keepNoscript = keep == Keep.NOSCRIPT;
        List<Node> drop = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment || node instanceof Element e && (NEVER_TEXT.contains(e.normalName())
                    && !(keepNoscript && e.nameIs("noscript")) || e.hasAttr("hidden") || hiddenStyle(e) || hiddenClass(e))) {
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
            if (ClassHints.has(ClassHints.flags(m), ClassHints.STRONG)) {
                continue; // <article class="comment">
            }
            for (Element a = m; a != null && markerAncestors.add(a); a = a.parent()) {
                // marks m and every ancestor
            }
        }
        List<Element> hinted = new ArrayList<>();
        List<Element> small = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            int flags = ClassHints.flags(e);
            if (e == body || markerAncestors.contains(e)) {
                continue;
            }
            TextStats.Stat st = stats.get(e);
            boolean comments = ClassHints.has(flags, ClassHints.COMMENTS) && !ClassHints.has(flags, ClassHints.CONTENT);
            if (keep == Keep.COMMENTS && ClassHints.has(flags, ClassHints.COMMENTS) && !chrome(e, st)) {
                continue;
            }
            if ((chrome(e, st) || hinted(e, flags))
                    && (comments || st.text * 2 <= pageText && !looksLikeContent(flags, st, pageProse))) {
                hinted.add(e);
            } else if (st.text < SMALL && (SMALL_TAGS.contains(e.normalName())
                    || ClassHints.has(flags, ClassHints.SMALL) && !inSentence(e))) {
                small.add(e);
            }
        }
        List<Element> titles = new ArrayList<>();
        for (Element e : hinted) {
            Element title = e.previousElementSibling();
            if (title != null && sectionTitle(title, stats.get(title))) {
                titles.add(title);
            }
        }
        hinted.forEach(Element::remove);
        titles.forEach(Element::remove);
        small.forEach(Element::remove);
    }

    /**
     * An inline element with text of the sentence around it: a link styled "textTag" or an "author" name inside a
     * paragraph is part of what the paragraph says, not furniture. Text a page hides ("hidden") stays furniture.
     */
    private static boolean inSentence(Element e) {
        if (TextStats.BLOCKS.contains(e.normalName()) || e.parent() == null || e.hasClass("hidden")) {
            return false;
        }
        for (org.jsoup.nodes.TextNode t : e.parent().textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A heading just before a removed block ("Related articles", "Comments") is that block's title. */
    private static boolean sectionTitle(Element e, TextStats.Stat st) {
        return HEADINGS.contains(e.normalName()) && st.text > 0 && st.text < TITLE;
    }

    /** A hint ("has-ads", "with-sidebar") on the element holding most of the prose does not make it boilerplate. */
    private static boolean looksLikeContent(int flags, TextStats.Stat st, long pageProse) {
        return st.prose * 2 > pageProse;
    }

    /** A page's article header: its h1 and a lead paragraph beside it, few links. */
    private static boolean articleHeader(Element e, TextStats.Stat st) {
        return st.prose >= TextStats.PROSE && st.linkDensity() < 0.3 && (e.selectFirst("h1") != null
                || e.parent() != null && e.parent().closest("article, main") != null);
    }

    /**
     * Bootstrap's "d-none" hides an element unless a class shows it again from some screen width ("d-none d-md-block":
     * desktop only, still shown); "d-print-block" shows it on paper only.
     */
    private static boolean hiddenClass(Element e) {
        if (!e.hasClass("d-none")) {
            return false;
        }
        for (String c : e.classNames()) {
            if (SHOWN_FROM_WIDTH.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hiddenStyle(Element e) {
        if (!e.hasAttr("style")) {
            return false;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static boolean hinted(Element e, int flags) {
        if (e.hasAttr("role") && HINT_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                || e.hasAttr("aria-hidden") && e.attr("aria-hidden").equals("true")) {
            return true;
        }
        // "entry share", "box article modal-enabled": a weak boilerplate word beside a content word is not enough.
        return ClassHints.has(flags, ClassHints.BOILERPLATE)
                && (ClassHints.has(flags, ClassHints.STRONG) || !ClassHints.has(flags, ClassHints.CONTENT));
    }

    /**
     * Chrome tags, except a form that holds prose (a product or CMS page wrapped in its order form) and an article's
     * own header that holds a prose paragraph (its lead).
     */
    private static boolean chrome(Element e, TextStats.Stat st) {
        if (!CHROME.contains(e.normalName())) {
            return false;
        }
        if (e.nameIs("form")) {
            return st.prose < FORM_PROSE;
        }
        return !(e.nameIs("header") && (st.prose > HEADER_PROSE && e.parent() != null
                && e.parent().closest("article") != null || articleHeader(e, st)));
    }
}
