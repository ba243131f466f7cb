package newswatch.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.output.XMLOutputter;

/** Looks things up in the feed document itself, where Rome's model has dropped them. */
final class RawFeed {
    /** Element local names holding an entry's publication date (RSS, Atom 1.0/0.3, Dublin Core), in preference order. */
    static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
    static final List<String> UPDATED = List.of("updated", "modified");
    static final List<String> GUID = List.of("guid");
    static final List<String> TITLE = List.of("title");
    static final List<String> AUTHOR = List.of("author", "creator");
    static final List<String> SUMMARY = List.of("description", "summary", "encoded", "content", "body", "fullitem");
    private static final Set<String> ENTRY = Set.of("item", "entry");
    private static final XMLOutputter OUT = new XMLOutputter();

    private RawFeed() {
    }

    /**
     * The entry elements in document order (children of the root or of its channel), or an empty list when they do
     * not number {@code expected}, Rome's count: then they could not be paired with Rome's entries.
     */
    static List<Element> entries(Document doc, int expected) {
        List<Element> out = new ArrayList<>();
        Element root = doc.getRootElement();
        collect(root, out);
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) {
                collect(child, out);
            }
        }
        return out.size() == expected ? out : List.of();
    }

    private static void collect(Element parent, List<Element> out) {
        parent.getChildren().stream().filter(c -> ENTRY.contains(c.getName())).forEach(out::add);
    }

    /**
     * An {@code <rss>} without a channel (Rome fails on it) gets one, holding whatever the rss element held: items
     * written straight under {@code <rss>} are kept, and an empty one is an empty feed.
     */
    static void addMissingChannel(Document doc) {
        Element root = doc.getRootElement();
        if (root.getName().equals("rss") && root.getChild("channel", root.getNamespace()) == null) {
            Element channel = new Element("channel", root.getNamespace());
            channel.addContent(root.removeContent());
            root.addContent(channel);
        }
    }

    /**
     * A {@code <feed>} in no namespace or in one of Atom's pre-standard ones (echo, pie, necho, ...) is read as Atom:
     * 0.3 when it says {@code version="0.3"}, else 1.0. Rome would refuse it as an unknown document.
     */
    static void normaliseAtomNamespace(Document doc) {
        Element root = doc.getRootElement();
        Namespace found = root.getNamespace();
        String uri = found.getURI();
        if (!root.getName().equals("feed") || uri.equals(AtomBase64.ATOM_03) || uri.equals(AtomBase64.ATOM_10)) {
            return;
        }
        Namespace atom = Namespace.getNamespace(
                "0.3".equals(root.getAttributeValue("version")) ? AtomBase64.ATOM_03 : AtomBase64.ATOM_10);
        List<Element> elements = new ArrayList<>();
        doc.getDescendants(Filters.element(found)).forEach(elements::add);
        elements.forEach(e -> e.setNamespace(atom));
    }

    /** The feed-level element: RSS's channel, else the root (Atom's feed). */
    static Element channel(Document doc) {
        Element root = doc.getRootElement();
        return root.getChildren().stream().filter(c -> c.getName().equals("channel")).findFirst().orElse(root);
    }

    /**
     * The content of the first non-blank child with one of the local names, in any namespace (dc:title,
     * itunes:summary, xhtml:body, ...), as markup when it holds elements (for {@link FeedText#plain} to reduce),
     * else as text.
     */
    static String markup(Element parent, List<String> names) {
        if (parent == null) {
            return null;
        }
        for (String name : names) {
            // the format's own element (title) before an extension's (media:title, dc:title)
            for (boolean sameNamespace : new boolean[] {true, false}) {
                for (Element c : parent.getChildren()) {
                    if (c.getName().equals(name) && !c.getValue().isBlank()
                            && (!sameNamespace || c.getNamespace().equals(parent.getNamespace()))) {
                        return c.getChildren().isEmpty() ? c.getText() : OUT.outputElementContentString(c);
                    }
                }
            }
        }
        return null;
    }

    /** The base URL in effect at an element: the feed URL, then each xml:base from the root down resolved on it. */
    static String base(Element e, String feedUrl) {
        List<String> bases = new ArrayList<>();
        for (Element at = e; at != null; at = at.getParentElement()) {
            String b = at.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (b != null && !b.isBlank()) {
                bases.add(0, b);
            }
        }
        String base = feedUrl;
        for (String b : bases) {
            base = FeedText.resolve(base, b);
        }
        return base;
    }

    /** The text of the first non-blank child with one of the local names, tried in order. */
    static String text(Element parent, List<String> names) {
        for (String name : names) {
            for (Element c : parent.getChildren()) {
                if (c.getName().equals(name) && !c.getTextTrim().isEmpty()) {
                    return c.getTextTrim();
                }
            }
        }
        return null;
    }

    /**
     * The feed's home page: Rome's link unless it is the feed's own ({@code rel="self"}) URL, else the first
     * feed-level link element with rel alternate (or none) and an href, in any namespace (Atom's, or atom:link in RSS).
     */
    static String alternateLink(Document doc, String romeLink) {
        List<Element> links = new ArrayList<>();
        Element root = doc.getRootElement();
        links.addAll(root.getChildren());
        root.getChildren().stream().filter(c -> c.getName().equals("channel")).forEach(c -> links.addAll(c.getChildren()));
        boolean romeIsSelf = false;
        String alternate = null;
        for (Element l : links) {
            String href = l.getAttributeValue("href");
            if (!l.getName().equals("link") || href == null || href.isBlank()) {
                continue;
            }
            String rel = l.getAttributeValue("rel", "alternate").strip();
            if (rel.equals("self") && href.strip().equals(romeLink == null ? null : romeLink.strip())) {
                romeIsSelf = true;
            } else if ((rel.isEmpty() || rel.equals("alternate")) && alternate == null) {
                alternate = href.strip();
            }
        }
        if (romeLink != null && !romeLink.isBlank() && !(romeIsSelf && alternate != null)) {
            return romeLink;
        }
        return alternate;
    }
}
