package newswatch.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import newswatch.common.model.FeedSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** OPML subscription lists, parsed with every DTD and external-entity feature off. */
final class Opml {
    private Opml() {
    }

    static List<FeedSpec> read(byte[] bytes, Path file) throws IOException {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new IOException(file + ":" + e.getLineNumber() + ": not well-formed OPML: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IOException(file + ": not well-formed OPML: " + e.getMessage(), e);
        }
        List<FeedSpec> out = new ArrayList<>();
        // getElementsByTagName walks the whole tree in document order, which flattens nested folders.
        NodeList outlines = doc.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            String url = outline.getAttribute("xmlUrl").strip();
            if (url.isEmpty()) {
                continue; // a folder
            }
            String title = outline.getAttribute("text").strip();
            if (title.isEmpty()) {
                title = outline.getAttribute("title").strip();
            }
            out.add(FeedSpec.of(FeedList.validUrl(url, file.toString()), title.isEmpty() ? null : title));
        }
        return out;
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // The default handler prints to stderr; errors are reported through the exception instead.
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IOException("XML parser lacks the features needed to read OPML safely", e);
        }
    }
}
