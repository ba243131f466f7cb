package newswatch.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one bottom-up pass so that no decision needs
 * {@code Element.text()} on a large subtree (calling it per candidate is quadratic on deep pages).
 */
final class TextStats {
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br");

    static final int PROSE = 80;

    /** Per element: visible characters (whitespace runs count one), those inside links, and its own inline text. */
    static final class Stat {
        int text;
        int links;
        int inline;
        int commas;
        /** Text of paragraphs long enough to be prose, under and including this element. */
        int prose;
        boolean hasBlock;

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1.0, (double) links / text);
        }
    }

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                s.finish(node, node == root);
            }
        }, root);
        return s;
    }

    private void finish(Node node, boolean isRoot) {
        Element parent = node.parentNode() instanceof Element p && !isRoot ? p : null;
        if (node instanceof TextNode t) {
            if (parent != null) {
                Stat ps = get(parent);
                String w = t.getWholeText();
                int n = visibleLength(w);
                ps.text += n;
                ps.inline += n;
                ps.commas += commas(w);
            }
            return;
        }
        if (!(node instanceof Element e) || parent == null) {
            return;
        }
        Stat own = get(e);
        Stat ps = get(parent);
        if (own.inline >= PROSE && BLOCKS.contains(e.normalName())) {
            own.prose += own.inline;
        }
        ps.prose += own.prose;
        ps.text += own.text;
        ps.links += e.nameIs("a") ? own.text : own.links;
        if (e.nameIs("br")) {
            ps.inline += 1;
        } else if (BLOCKS.contains(e.normalName())) {
            ps.hasBlock = true;
        } else {
            ps.inline += own.text;
            ps.commas += own.commas;
            ps.hasBlock |= own.hasBlock;
        }
    }

    Stat get(Element e) {
        return stats.computeIfAbsent(e, k -> new Stat());
    }

    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f';
            if (!ws) {
                n++;
                space = false;
            } else if (!space) {
                n++;
                space = true;
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
