package newswatch.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the words in an element's class and id say about it ("post-body", "relatedStories" -> post, body, related,
 * stories), as bit flags computed in one pass over the attribute text.
 */
final class ClassHints {
    /** Boilerplate container: comments, sharing, ads, navigation... */
    static final int BOILERPLATE = 1;
    /** Boilerplate even when it holds much of the page's prose. */
    static final int STRONG = 1 << 1;
    /** Furniture that sits inside articles (captions, bylines, dates, tags): boilerplate when small. */
    static final int SMALL = 1 << 2;
    /** Reader comments: boilerplate however much prose they hold. */
    static final int COMMENTS = 1 << 5;
    /** Names an article's container. */
    static final int CONTENT = 1 << 3;
    /** Lowers a container's score. */
    static final int NEGATIVE = 1 << 4;

    private static final Map<String, Integer> WORDS = new HashMap<>();
    /** Words long and distinctive enough to be recognised inside a run-together class name. */
    private static final List<String> COMPOUNDABLE = List.of("related", "newsletter", "social", "sidebar", "footer",
            "subscribe", "subscription", "cookie", "consent", "breadcrumb", "breadcrumbs", "advert", "advertisement",
            "sponsored", "outbrain", "taboola", "recommended", "trending", "mostread", "sharing", "paywall", "navbar",
            "navigation", "caption", "copyright", "byline", "dateline", "timestamp");
    private static final int COMPOUND_MIN = 9;
    private static final Set<String> BESIDE = Set.of("has", "with", "no", "without");
    /** Last words of a class name that make it name a relation to the thing before ("sticky-sidebar-parent"). */
    private static final Set<String> RELATION = Set.of("parent", "relative");
    /** Words that make "comment" in the same class name a live commentary ("live-match-comments"), not readers'. */
    private static final Set<String> LIVE = Set.of("live", "liveblog", "liveticker", "ticker", "commentary");
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments");

    static {
        add(BOILERPLATE, "comment", "comments", "related", "share", "sharing", "social", "cookie", "cookies", "consent",
                "gdpr", "promo", "promotion", "promoted", "sidebar", "footer", "nav", "navbar", "navigation", "menu",
                "subscribe", "subscription", "newsletter", "ad", "ads", "advert", "advertisement", "sponsored",
                "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola", "recommended", "trending",
                "mostread", "popular", "paywall");
        add(STRONG, "comment", "comments", "related", "footer", "sidebar", "nav", "navbar", "navigation", "menu",
                "breadcrumb", "breadcrumbs", "recommended", "trending", "mostread", "popular", "outbrain", "taboola",
                "cookie", "cookies", "consent", "gdpr");
        add(COMMENTS, "comment", "comments", "disqus", "replies");
        // The same in the languages most pages are in: class names are often written in the site's language.
        String[] comments = {"respond", "kommentar", "kommentare", "commentaire", "commentaires", "comentario",
            "comentarios", "commenti", "reacties", "komentarze"};
        add(COMMENTS | BOILERPLATE | STRONG | NEGATIVE, comments);
        add(SMALL, "caption", "credit", "credits", "byline", "author", "authors", "date", "dateline", "timestamp",
                "published", "updated", "tags", "tag", "copyright", "topics", "meta", "gallery", "toolbar", "tools", "rating", "bio",
                "print", "hidden", "skip");
        add(CONTENT, "article", "content", "body", "main", "post", "entry", "story", "text", "blog", "hentry",
                "prose", "detail", "news");
        add(NEGATIVE, "comment", "comments", "footer", "sidebar", "related", "share", "social", "widget", "promo",
                "banner", "sponsor", "meta", "tags", "masthead", "byline", "author", "nav", "menu", "teaser", "teasers",
                "more", "recommended", "ad", "ads", "hidden", "caption", "credit");
    }

    private ClassHints() {
    }

    private static void add(int flag, String... words) {
        for (String w : words) {
            WORDS.merge(w, flag, (a, b) -> a | b);
        }
    }

    static int flags(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return 0;
        }
        return flags(e.attr("class")) | flags(e.attr("id"));
    }

    /**
     * Splits on non-alphanumerics and lower-to-upper case changes; "ad-"/"ads-" prefixed tokens are boilerplate. A
     * word after "has", "with", "no" or "without" in the same class name describes what sits beside the element
     * ("has-ads", "with-sidebar"), not the element; "hidden" counts only as a whole class name ("hidden", not
     * "label-hidden" or "hidden-xs", which hide a part or only hide on some screens). A class name ending in
     * "parent" or "relative" ("sticky-sidebar-parent") places the element against what it names: it says nothing.
     */
    static int flags(String names) {
        int flags = 0;
        int start = -1;
        int nameStart = 0;
        boolean beside = false;
        boolean relation = relation(names, 0);
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            boolean camel = alnum && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
            if (start >= 0 && (!alnum || camel)) {
                String word = names.substring(start, i).toLowerCase(Locale.ROOT);
                boolean wholeName = start == nameStart && (i == names.length() || Character.isWhitespace(c));
                if (!beside && !relation && (wholeName || !word.equals("hidden"))
                        && !(COMMENT_WORDS.contains(word) && live(names, nameStart))) {
                    flags |= WORDS.getOrDefault(word, 0);
                    flags |= compound(word);
                }
                beside = BESIDE.contains(word);
                if ((word.equals("ad") || word.equals("ads")) && c == '-' && (start == 0 || names.charAt(start - 1) == ' ')) {
                    flags |= BOILERPLATE;
                }
                start = -1;
            }
            if (Character.isWhitespace(c)) {
                nameStart = i + 1;
                beside = false;
                relation = relation(names, nameStart);
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return flags;
    }

    /** Whether the class name starting at {@code from} ends in a relation word ("-parent", "_relative"). */
    private static boolean relation(String names, int from) {
        int end = from;
        while (end < names.length() && !Character.isWhitespace(names.charAt(end))) {
            end++;
        }
        int start = end;
        while (start > from && Character.isLetterOrDigit(names.charAt(start - 1))) {
            start--;
        }
        return start > from && RELATION.contains(names.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** Whether the class name starting at {@code from} has a word of live coverage ("live-match-comments"). */
    private static boolean live(String names, int from) {
        int start = -1;
        for (int i = from; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0 && LIVE.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
            start = -1;
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** "newsletterbox", "socialbar", "relatedposts": a word run together with a boilerplate word it starts or ends with. */
    private static int compound(String word) {
        if (word.length() < COMPOUND_MIN) {
            return 0;
        }
        for (String part : COMPOUNDABLE) {
            if (word.length() > part.length() && (word.startsWith(part) || word.endsWith(part))) {
                return WORDS.get(part) & ~COMMENTS;
            }
        }
        return 0;
    }

    static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }
}
