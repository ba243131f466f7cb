package newswatch.ingest.extract;

import org.jsoup.nodes.Element;

/** Text measures used to tell article prose from link lists. */
final class ParagraphText {
    static final int MIN_PARAGRAPH = 25;

    private ParagraphText() {
    }

    /** Characters in the paragraphs under an element that are long enough to be prose. */
    static long length(Element root) {
        long total = 0;
        for (Element p : root.select("p")) {
            int n = p.text().length();
            if (n >= MIN_PARAGRAPH) {
                total += n;
            }
        }
        return total;
    }

    /** Share of an element's text that sits inside links: near 1 for menus and related-story lists. */
    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / all);
    }
}
