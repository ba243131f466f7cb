package newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders elements as paragraphs: every block element or line break ends one; link lists are left out. */
final class BlockText implements NodeVisitor {
    static final int MIN_PARAGRAPH = 25;
    private static final double MAX_LINK_DENSITY = 0.7;
    private static final double SHORT_MAX_LINK_DENSITY = 0.25;

    private static final int EDGE_FRAGMENT = 40;
    private static final java.util.Set<String> ITEMS = java.util.Set.of("li", "td", "th", "dd", "dt");
    private static final int NOTICE = 400;
    private static final int APPEAL_TAIL_BLOCKS = 8;
    private static final double APPEAL_TAIL_SHARE = 0.3;

    private final List<String> out = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private int linked;
    private int inLink;
    /** Index in out of the block kept last, -1 when a dropped block came after it. */
    private int lastKept = -1;
    /** Whether the block kept last came from a list item or table cell (an entry, not a title). */
    private boolean lastKeptItem;
    /** Tag of the block element the current text sits in. */
    private String blockTag = "";

    static String render(List<Element> roots) {
        BlockText r = new BlockText();
        for (Element root : roots) {
            NodeTraversor.traverse(r, root);
            r.flush();
        }
        trimEdges(r.out);
        return String.join("\n\n", r.out);
    }

    /** Short unpunctuated lines at the ends ("Share", "Mehr zum Thema", a date) frame an article; they are not in it. */
    private static void trimEdges(List<String> blocks) {
        cutAppeal(blocks);
        // At the end, a short line ending in a colon introduces something that is not there ("Read more:").
        while (blocks.size() > 1 && (fragment(blocks.get(blocks.size() - 1)) || title(blocks.get(blocks.size() - 1))
                || SiteLines.call(blocks.get(blocks.size() - 1)))) {
            blocks.remove(blocks.size() - 1);
        }
        while (blocks.size() > 1 && fragment(blocks.get(0))) {
            blocks.remove(0);
        }
    }

    /**
     * A reader appeal in the closing blocks ("If you enjoyed reading this post, consider supporting our work") ends
     * the story: it and what follows it (membership offers, thanks, the site's self-description) are the site's.
     */
    private static void cutAppeal(List<String> blocks) {
        long total = 0;
        for (String b : blocks) {
            total += b.length();
        }
        long tail = 0;
        int cut = -1;
        for (int i = blocks.size() - 1; i > 0 && blocks.size() - i <= APPEAL_TAIL_BLOCKS; i--) {
            tail += blocks.get(i).length();
            if (tail > APPEAL_TAIL_SHARE * total) {
                break;
            }
            if (SiteLines.appeal(blocks.get(i))) {
                cut = i;
            }
        }
        if (cut > 0) {
            blocks.subList(cut, blocks.size()).clear();
        }
    }

    private static boolean fragment(String block) {
        if (block.length() < NOTICE && (block.indexOf('©') >= 0 || block.regionMatches(true, 0, "copyright", 0, 9))) {
            return true; // copyright line
        }
        if (block.length() >= EDGE_FRAGMENT) {
            return false;
        }
        char last = block.charAt(block.length() - 1);
        return ".!?…:\"”»)。！？".indexOf(last) < 0;
    }

    /** A short line that introduces what follows: unpunctuated, or ending in a colon ("Lesen Sie auch:"). */
    private static boolean title(String block) {
        return block.length() < EDGE_FRAGMENT && (fragment(block) || block.endsWith(":"));
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            int before = block.length();
            appendCollapsed(t.getWholeText());
            if (inLink > 0) {
                linked += block.length() - before;
            }
        } else if (node instanceof Element e) {
            if (e.nameIs("a")) {
                inLink++;
            } else if (TextStats.BLOCKS.contains(e.normalName())) {
                flush();
                blockTag = e.normalName();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.nameIs("a")) {
                inLink--;
            } else if (TextStats.BLOCKS.contains(e.normalName())) {
                flush();
                blockTag = e.parent() == null ? "" : e.parent().normalName();
            }
        }
    }

    private void appendCollapsed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00ad' || c == '\u200b') {
                continue; // soft hyphen, zero-width space: invisible
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (block.length() > 0 && block.charAt(block.length() - 1) != ' ') {
                    block.append(' ');
                }
            } else {
                block.append(c);
            }
        }
    }

    private void flush() {
        String text = block.toString().strip();
        double links = text.isEmpty() ? 0 : Math.min(1.0, (double) linked / text.length());
        block.setLength(0);
        linked = 0;
        // Short blocks that are partly links ("Read more: ...", "Links: more") are navigation, not prose.
        boolean shortLinky = text.length() < MIN_PARAGRAPH && links > SHORT_MAX_LINK_DENSITY;
        boolean url = text.startsWith("http") && text.indexOf(' ') < 0;
        if (text.isEmpty()) {
            return;
        }
        if (SiteLines.anywhere(text, links)) {
            return;
        }
        if (links > MAX_LINK_DENSITY || shortLinky || url) {
            // "Read more:", "Related" over a dropped link list: the title of a list that is not there goes too.
            if (lastKept >= 0 && lastKept == out.size() - 1 && !lastKeptItem && title(out.get(lastKept))) {
                out.remove(lastKept);
            }
            lastKept = -1;
            return;
        }
        if (out.isEmpty() || !out.get(out.size() - 1).equals(text)) {
            out.add(text);
            lastKept = out.size() - 1;
            lastKeptItem = ITEMS.contains(blockTag);
        }
    }
}
