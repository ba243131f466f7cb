package newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Picks the elements holding the article and renders them as paragraphs. Call after {@link Boilerplate}. */
final class MainText {
    static final int MIN_BODY = 200;
    private static final double SIBLING_SHARE = 0.2;
    private static final int TOP_CANDIDATES = 5;
    private static final double CLOSE_SHARE = 0.75;
    private static final int MIN_CLOSE = 3;
    private static final double MARKED_SHARE = 0.5;
    private static final int LEAD_MAX = 500;
    private static final double LEAD_PROSE = 0.8;
    /** itemprop holds a list of names ("description articleBody"). */
    static final String ARTICLE_BODY = "[itemprop~=(?i)(^|\\s)articlebody(\\s|$)]";

    private MainText() {
    }

    /** JSON-LD articleBody is the publisher's own statement of the text; used when it is substantial. */
    static String fromJsonLd(String articleBody) {
        if (articleBody == null || articleBody.length() < MIN_BODY) {
            return null;
        }
        // Some publishers escape the markup once more than JSON needs ("&lt;p&gt;Text&amp;oacute;").
        String body = articleBody.indexOf('<') < 0 && articleBody.contains("&lt;")
                ? Parser.unescapeEntities(articleBody, false) : articleBody;
        if (body.indexOf('<') >= 0) {
            return BlockText.render(List.of(Jsoup.parseBodyFragment(body).body()));
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : articleBody.split("\\s*\\R\\s*")) {
            if (!line.isBlank()) {
                paragraphs.add(Parser.unescapeEntities(line.strip(), false).replaceAll("\\s+", " ").strip());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static String extract(Document doc) {
        return extract(doc, null);
    }

    /**
     * {@code titled}, from {@link TitledArticle#find} before boilerplate was removed (headings go with it), is the article
     * to read on a page that holds several; null when there is none.
     */
    static String extract(Document doc, Element titled) {
        Element body = doc.body();
        TextStats stats = TextStats.of(body);
        ContentScore scores = ContentScore.of(body, stats);
        String titledText = TitledArticle.text(titled, body, stats);
        if (titledText != null) {
            return titledText;
        }
        List<Element> marked = marked(body, stats);
        Element top = commonAncestor(scores.top(TOP_CANDIDATES), scores);
        Element inner = null;
        if (top != null) {
            inner = climb(top, scores);
            top = soleChild(inner, scores.stats, body);
        }
        int markedProse = 0;
        for (Element m : marked) {
            markedProse += stats.get(m).prose;
        }
        if (!marked.isEmpty() && (top == null || markedProse >= MARKED_SHARE * stats.get(top).prose)) {
            String text = BlockText.render(marked);
            if (text.length() >= MIN_BODY || top == null) {
                return text;
            }
        }
        String text = top == null ? "" : BlockText.render(withSiblings(top, inner, scores));
        // Recall fallback: no container stood out, so keep every prose-like block of the page.
        if (text.length() < MIN_BODY) {
            String all = BlockText.render(List.of(body));
            return all.length() > text.length() ? all : text;
        }
        return text;
    }

    /** Publisher markup: every element with itemprop articleBody not inside another, else the <article> with most prose. */
    private static List<Element> marked(Element body, TextStats stats) {
        List<Element> out = new ArrayList<>();
        for (Element e : body.select(ARTICLE_BODY)) {
            if (e.parents().stream().noneMatch(out::contains)) {
                out.add(e);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Element best = null;
        for (Element a : body.select("article")) {
            if (best == null || stats.get(a).prose > stats.get(best).prose) {
                best = a;
            }
        }
        return best == null ? out : List.of(best);
    }

    /**
     * When several near-best candidates share an ancestor above the best one (a recipe's steps, a story split
     * into sections), that ancestor holds the article.
     */
    private static Element commonAncestor(List<Element> top, ContentScore scores) {
        if (top.isEmpty()) {
            return null;
        }
        Element best = top.get(0);
        double bestScore = scores.of(best);
        List<Element> close = top.stream().skip(1).filter(e -> scores.of(e) >= CLOSE_SHARE * bestScore).toList();
        if (close.size() < MIN_CLOSE) {
            return best;
        }
        for (Element a = best.parent(); a != null && !a.nameIs("body"); a = a.parent()) {
            Element ancestor = a;
            long within = close.stream().filter(e -> e.parents().contains(ancestor)).count();
            if (within >= MIN_CLOSE) {
                return ancestor;
            }
        }
        return best;
    }

    /** Moves up while the parent scores at least as high: the article was split over sibling blocks. */
    private static Element climb(Element top, ContentScore scores) {
        double last = scores.of(top);
        double floor = last / 3;
        for (Element p = top.parent(); p != null && !p.nameIs("html"); p = p.parent()) {
            double s = scores.of(p);
            if (s < floor) {
                break;
            }
            if (s > last) {
                return p;
            }
            last = s;
        }
        return top;
    }

    /**
     * Up through wrappers the top element is the only text of (Readability does the same), so that the sibling
     * blocks of a page split into sections are found beside the outermost wrapper.
     */
    private static Element soleChild(Element top, TextStats stats, Element body) {
        Element e = top;
        while (e.parent() != null && e.parent() != body && stats.get(e.parent()).text == stats.get(e).text) {
            e = e.parent();
        }
        return e;
    }

    /** The top element with those siblings that score near it or read as prose paragraphs. */
    private static List<Element> withSiblings(Element top, Element inner, ContentScore scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        // Raised from inside wrappers: siblings are wrapped alike, so compare their best blocks with the inner one.
        boolean wrapped = inner != top;
        double topScore = scores.of(inner);
        double threshold = Math.max(10, topScore * SIBLING_SHARE);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double score = wrapped ? best(sib, scores) : scores.of(sib);
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            TextStats.Stat st = scores.stats.get(sib);
            boolean paragraph = sib.nameIs("p") || !st.hasBlock && TextStats.BLOCKS.contains(sib.normalName())
                    || wrappedParagraph(st);
            if (score + bonus >= threshold || paragraph && prose(st, sib)) {
                out.add(sib);
            }
        }
        return out;
    }

    /** A lead or standfirst: a short block that is all prose paragraphs ("div.teaser-text > p"). */
    private static boolean wrappedParagraph(TextStats.Stat st) {
        return st.text < LEAD_MAX && st.prose >= LEAD_PROSE * st.text;
    }

    private static double best(Element root, ContentScore scores) {
        double best = 0;
        for (Element e : root.getAllElements()) {
            best = Math.max(best, scores.of(e));
        }
        return best;
    }

    private static boolean prose(TextStats.Stat st, Element p) {
        if (st.text > 80) {
            return st.linkDensity() < 0.25;
        }
        return st.text > 0 && st.links == 0 && p.text().matches(".*\\.( |$).*");
    }
}
