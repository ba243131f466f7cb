package newswatch.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import newswatch.ingest.extract.ArticleExtractor;
import newswatch.ingest.feed.FeedParseException;
import newswatch.ingest.feed.FeedParser;
import org.jsoup.Jsoup;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The work {@link Bench} times: our components and their baselines, each returning a size (or -1 on failure). */
final class Baselines {

    private Baselines() {
    }

    static long extract(byte[] page) {
        return ArticleExtractor.extract(page, "text/html; charset=utf-8", "https://bench.example/").text().length();
    }

    static long jsoupText(byte[] page) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(page), null, "https://bench.example/").text().length();
        } catch (IOException e) {
            return -1;
        }
    }

    static long feedParse(byte[] body) {
        try {
            return FeedParser.parse(body, "https://bench.example/feed.xml").items().size();
        } catch (FeedParseException e) {
            return -1;
        }
    }

    /** Fails on errors without printing them (the default handler prints each one on stderr). */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static final ThreadLocal<DocumentBuilder> DOM = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    static long domParse(byte[] body) {
        try {
            DocumentBuilder b = DOM.get();
            b.setErrorHandler(QUIET);
            return b.parse(new ByteArrayInputStream(body)).getDocumentElement().getChildNodes().getLength();
        } catch (Exception e) {
            return -1;
        }
    }
}
