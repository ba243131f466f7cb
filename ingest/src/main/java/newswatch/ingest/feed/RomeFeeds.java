package newswatch.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * RSS 0.9x/1.0/2.0 and Atom through Rome. The XML is read first as a document (with Rome's hardened builder), so
 * that what Rome leaves undone can be completed from it: base64 Atom text, dates in formats Rome does not know,
 * the feed's alternate link.
 */
final class RomeFeeds {
    private RomeFeeds() {
    }

    /** @param httpCharset the charset named by the HTTP Content-Type, or null */
    static ParsedFeed parse(byte[] body, String feedUrl, java.nio.charset.Charset httpCharset) throws FeedParseException {
        RomeInput input = new RomeInput();
        Document doc;
        SyndFeed feed;
        try {
            doc = read(input, XmlRepair.repair(XmlText.decode(body, httpCharset)));
            RawFeed.normaliseAtomNamespace(doc);
            AtomBase64.decode(doc);
            RawFeed.addMissingChannel(doc);
            feed = new SyndFeedImpl(input.build(doc), true);
        } catch (JDOMException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new FeedParseException("refused feed at " + feedUrl + ": it declares a DOCTYPE, which is never"
                        + " allowed (XXE, entity expansion)", e);
            }
            throw new FeedParseException("not a readable RSS/Atom feed at " + feedUrl + ": " + e.getMessage(), e);
        } catch (IOException | FeedException | IllegalArgumentException e) {
            throw new FeedParseException("not a readable RSS/Atom feed at " + feedUrl + ": " + e.getMessage(), e);
        }
        String base = RawFeed.base(RawFeed.channel(doc), feedUrl);
        String link = FeedText.resolve(base, RawFeed.alternateLink(doc, feed.getLink()));
        List<Element> rawEntries = RawFeed.entries(doc, feed.getEntries().size());
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            SyndEntry e = feed.getEntries().get(i);
            // Rome leaves links as written (its URI resolution is a global switch); apply xml:base here.
            Element raw = rawEntries.isEmpty() ? null : rawEntries.get(i);
            String entryBase = raw != null ? RawFeed.base(raw, feedUrl)
                    : e.getWireEntry() instanceof Entry entry && entry.getXmlBase() != null
                            ? FeedText.resolve(base, entry.getXmlBase()) : base;
            items.add(item(e, raw, entryBase));
        }
        String title = FeedText.plain(feed.getTitle());
        String rawTitle = FeedText.plain(RawFeed.markup(RawFeed.channel(doc), RawFeed.TITLE));
        title = rawTitle != null ? rawTitle : title;
        return new ParsedFeed(feed.getFeedType(), title, link, ttl(feed.originalWireFeed()),
                items);
    }

    /** The document, declaring up to a few namespace prefixes that the feed uses without declaring. */
    private static Document read(RomeInput input, String xml) throws JDOMException, IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return input.read(xml);
            } catch (JDOMException e) {
                String mended = attempt < 5 ? XmlRepair.declareUnboundPrefix(xml, e.getMessage()) : null;
                if (mended == null) {
                    throw e;
                }
                xml = mended;
            }
        }
    }

    private static FeedItem item(SyndEntry e, Element raw, String base) {
        String link = FeedText.resolve(base, e.getLink());
        if (link == null && !e.getLinks().isEmpty()) {
            link = FeedText.resolve(base, e.getLinks().get(0).getHref());
        }
        // Rome copies an RSS item's raw link into uri when there is no guid; the resolved link is the better id then.
        boolean uriIsRawLink = e.getUri() != null && e.getUri().equals(e.getLink());
        String id = e.getUri() != null && !e.getUri().isBlank() && !uriIsRawLink ? e.getUri().strip() : link;
        Instant published = instant(e.getPublishedDate());
        Instant updated = instant(e.getUpdatedDate());
        if (raw != null) {
            published = published != null ? published : FeedDates.parse(RawFeed.text(raw, RawFeed.PUBLISHED));
            updated = updated != null ? updated : FeedDates.parse(RawFeed.text(raw, RawFeed.UPDATED));
        }
        String title = FeedText.plain(e.getTitle());
        String author = author(e);
        String summary = FeedText.plain(summary(e));
        if (raw != null) {
            // RSS 2.0's guid is an id as written, even when Rome also took it for the link
            String guid = RawFeed.text(raw, RawFeed.GUID);
            id = guid != null ? guid : id;
            // the document's title keeps markup written unescaped, which Rome drops with its text
            String rawTitle = FeedText.plain(RawFeed.markup(raw, RawFeed.TITLE));
            title = rawTitle != null ? rawTitle : title;
            author = author != null ? author : FeedText.plain(RawFeed.markup(raw, RawFeed.AUTHOR));
            summary = summary != null ? summary : FeedText.plain(RawFeed.markup(raw, RawFeed.SUMMARY));
        }
        return new FeedItem(id, title, link, published, updated, author, summary);
    }

    private static String summary(SyndEntry e) {
        if (e.getDescription() != null && e.getDescription().getValue() != null) {
            return e.getDescription().getValue();
        }
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        return null;
    }

    private static String author(SyndEntry e) {
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
            return FeedText.plain(e.getAuthor());
        }
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                return FeedText.plain(p.getName());
            }
        }
        return null;
    }

    private static Integer ttl(WireFeed wire) {
        return wire instanceof Channel c && c.getTtl() > 0 ? c.getTtl() : null;
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
