package newswatch.ingest.extract;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Scores containers by the prose under them: each paragraph (an element with enough text of its own) credits its
 * ancestors, less with distance; tag and class/id hints set a container's start; link-heavy ones are discounted.
 */
final class ContentScore {
    private static final int LEVELS = 5;

    final TextStats stats;
    final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentScore(TextStats stats) {
        this.stats = stats;
    }

    static ContentScore of(Element body, TextStats stats) {
        ContentScore s = new ContentScore(stats);
        for (Element e : body.getAllElements()) {
            TextStats.Stat st = stats.get(e);
            if (st.inline < BlockText.MIN_PARAGRAPH || !TextStats.BLOCKS.contains(e.normalName())) {
                continue;
            }
            double value = 1 + st.commas + Math.min(st.inline / 100.0, 3);
            // Mixed content credits its own container; a plain paragraph credits the element around it.
            Element target = st.hasBlock ? e : e.parent();
            for (int level = 0; level < LEVELS && target != null; level++) {
                s.add(target, value / (level == 0 ? 1 : level == 1 ? 2 : level * 3.0));
                target = target == body ? null : target.parent();
            }
        }
        return s;
    }

    private void add(Element e, double value) {
        Double old = scores.get(e);
        scores.put(e, (old == null ? initial(e) : old) + value);
    }

    private double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int flags = ClassHints.flags(e);
        if (ClassHints.has(flags, ClassHints.NEGATIVE)) {
            base -= 25;
        }
        if (ClassHints.has(flags, ClassHints.CONTENT)) {
            base += 25;
        }
        if (e.hasAttr("itemprop") && e.is(MainText.ARTICLE_BODY)) {
            base += 25;
        }
        return base;
    }

    /** Accumulated score, discounted by link density; 0 for an element no paragraph credited. */
    double of(Element e) {
        Double s = scores.get(e);
        return s == null ? 0 : s * (1 - stats.get(e).linkDensity());
    }

    /** The n best-scored elements, best first. */
    List<Element> top(int n) {
        Comparator<Element> byScore = Comparator.comparingDouble(this::of);
        return scores.keySet().stream().filter(e -> of(e) > 0).sorted(byScore.reversed()).limit(n).toList();
    }

    Element best() {
        Element best = null;
        double bestScore = 0;
        for (Element e : scores.keySet()) {
            double v = of(e);
            if (v > bestScore) {
                best = e;
                bestScore = v;
            }
        }
        return best;
    }
}
