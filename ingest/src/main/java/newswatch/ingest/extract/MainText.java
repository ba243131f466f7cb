package newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Picks the element holding the article and renders its blocks as paragraphs. Call after {@link Boilerplate}. */
final class MainText {
    static final int MIN_BODY = 200;
    private static final String BLOCKS = "p, h2, h3, h4, h5, li, blockquote, pre";
    private static final double MAX_BLOCK_LINK_DENSITY = 0.5;
    private static final double SHORT_BLOCK_LINK_DENSITY = 0.25;

    private MainText() {
    }

    /** JSON-LD articleBody is the publisher's own statement of the text; used when it is substantial. */
    static String fromJsonLd(String articleBody) {
        if (articleBody == null || articleBody.length() < MIN_BODY) {
            return null;
        }
        if (articleBody.indexOf('<') >= 0) {
            return render(Jsoup.parseBodyFragment(articleBody).body());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : articleBody.split("\\s*\\R\\s*")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip().replaceAll("\\s+", " "));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static Element container(Document doc) {
        Element marked = best(doc.select("[itemprop=articleBody]"));
        if (marked == null) {
            marked = best(doc.select("article"));
        }
        return marked != null ? marked : scored(doc);
    }

    private static Element best(Elements candidates) {
        Element best = null;
        long bestLength = MIN_BODY - 1;
        for (Element e : candidates) {
            long n = ParagraphText.length(e);
            if (n > bestLength) {
                best = e;
                bestLength = n;
            }
        }
        return best;
    }

    /** Each prose paragraph credits its parent fully and grandparent half; link-heavy containers are discounted. */
    private static Element scored(Document doc) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : doc.body().select("p")) {
            int n = p.text().length();
            Element parent = p.parent();
            if (n < ParagraphText.MIN_PARAGRAPH || parent == null) {
                continue;
            }
            scores.merge(parent, (double) n, Double::sum);
            if (parent.parent() != null) {
                scores.merge(parent.parent(), n / 2.0, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = e.getValue() * (1 - ParagraphText.linkDensity(e.getKey()));
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** Blocks in document order; a block containing other blocks is left to them, so nothing is said twice. */
    static String render(Element container) {
        List<String> out = new ArrayList<>();
        for (Element block : container.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue;
            }
            String text = block.text().strip();
            double links = ParagraphText.linkDensity(block);
            // Short blocks that are partly links ("Read more: ...", "Links: more") are navigation, not prose.
            boolean shortLinky = text.length() < ParagraphText.MIN_PARAGRAPH && links > SHORT_BLOCK_LINK_DENSITY;
            if (text.isEmpty() || links > MAX_BLOCK_LINK_DENSITY || shortLinky) {
                continue;
            }
            if (out.isEmpty() || !out.get(out.size() - 1).equals(text)) {
                out.add(text);
            }
        }
        if (out.isEmpty() && container.text().length() >= MIN_BODY) {
            out.add(container.text().strip());
        }
        return String.join("\n\n", out);
    }
}
