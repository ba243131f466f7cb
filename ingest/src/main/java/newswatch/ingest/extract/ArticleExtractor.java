package newswatch.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Main text and metadata of an article page. */
public final class ArticleExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);
    static final int MIN_TEXT = 80;
    private static final double LD_SHARE = 0.6;
    private static final int MAX_ELEMENTS = 100_000;

    private ArticleExtractor() {
    }

    /**
     * Main text with Jsoup. Charset: HTTP header (contentType may be null), then BOM, then {@code <meta>}.
     * Never throws: on failure text is "" and failureReason says why.
     */
    public static Extracted extract(byte[] html, String contentType, String url) {
        try {
            return extractOrFail(html, contentType, url);
        } catch (RuntimeException | StackOverflowError e) {
            // Hostile markup must cost one article, never the ingest thread.
            LOG.warn("Extraction of {} failed", url, e);
            return Extracted.failed("extraction error: " + e);
        }
    }

    /** The page read again keeping {@code keep}, when that yields more than {@code text}. */
    private static String longer(String text, String markup, String url, Boilerplate.Keep keep) {
        Document again = Jsoup.parse(markup, url == null ? "" : url);
        Boilerplate.remove(again, keep);
        String more = MainText.extract(again);
        return more.length() > text.length() ? more : text;
    }

    private static Extracted extractOrFail(byte[] html, String contentType, String url) {
        if (html == null || html.length == 0) {
            return Extracted.failed("empty page");
        }
        String markup = HtmlDecoder.decode(html, contentType);
        if (markup == null) {
            return Extracted.failed("not HTML: binary content");
        }
        Document doc = Jsoup.parse(markup, url == null ? "" : url);
        PageIndex index = PageIndex.of(doc);
        if (index.elements > MAX_ELEMENTS) {
            return Extracted.failed("page too complex (more than " + MAX_ELEMENTS + " elements)");
        }
        JsonLd ld = JsonLd.find(index);
        PageMetadata meta = PageMetadata.read(doc, index, ld);
        String fromLd = MainText.fromJsonLd(ld.articleBody());
        Element titled = TitledArticle.find(doc, meta.title());
        Boilerplate.remove(doc);
        String text = MainText.extract(doc, titled);
        // Little text, but a <noscript> fallback: some pages render the article with a script and put it there too.
        if (text.length() < MainText.MIN_BODY && markup.contains("<noscript")) {
            text = longer(text, markup, url, Boilerplate.Keep.NOSCRIPT);
        }
        // No text once comments are gone: a forum thread or discussion page, whose posts are its text. Only then:
        // beside a short article, readers' comments would bring other stories' words into it.
        if (text.length() < MIN_TEXT) {
            text = longer(text, markup, url, Boilerplate.Keep.COMMENTS);
        }
        // The publisher's articleBody is often truncated or flattened: it only wins over a much shorter DOM text.
        if (fromLd != null && text.length() < LD_SHARE * fromLd.length()) {
            text = fromLd;
        }
        String failure = null;
        if (text.length() < MIN_TEXT) {
            failure = text.isEmpty() ? "no article text found" : "article text too short (" + text.length() + " chars)";
            text = "";
        }
        return new Extracted(meta.title(), meta.byline(), meta.published(), meta.language(), meta.canonicalUrl(),
                meta.siteName(), text, failure);
    }
}
