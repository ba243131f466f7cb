package newswatch.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
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

    static ParsedFeed parse(byte[] body, String feedUrl) throws FeedParseException {
        RomeInput input = new RomeInput();
        Document doc;
        SyndFeed feed;
        try {
            doc = input.read(XmlText.decode(body));
            AtomBase64.decode(doc);
            feed = new SyndFeedImpl(input.build(doc), true);
        } catch (JDOMException | IOException | FeedException | IllegalArgumentException e) {
            throw new FeedParseException("not a readable RSS/Atom feed at " + feedUrl + ": " + e.getMessage(), e);
        }
        String base = feedUrl;
        if (feed.originalWireFeed() instanceof Feed atom && atom.getXmlBase() != null) {
            base = FeedText.resolve(feedUrl, atom.getXmlBase());
        }
        String link = FeedText.resolve(base, RawFeed.alternateLink(doc, feed.getLink()));
        List<Element> rawEntries = RawFeed.entries(doc, feed.getEntries().size());
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            SyndEntry e = feed.getEntries().get(i);
            // Rome leaves Atom links as written (its URI resolution is a global switch); apply xml:base here.
            String entryBase = e.getWireEntry() instanceof Entry entry && entry.getXmlBase() != null
                    ? FeedText.resolve(base, entry.getXmlBase()) : base;
            items.add(item(e, rawEntries.isEmpty() ? null : rawEntries.get(i), entryBase));
        }
        return new ParsedFeed(feed.getFeedType(), FeedText.plain(feed.getTitle()), link, ttl(feed.originalWireFeed()),
                items);
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
        return new FeedItem(id, FeedText.plain(e.getTitle()), link, published, updated, author(e),
                FeedText.plain(summary(e)));
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
