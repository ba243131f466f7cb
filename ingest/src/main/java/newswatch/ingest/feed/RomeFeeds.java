package newswatch.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/** RSS 0.9x/1.0/2.0 and Atom through Rome. */
final class RomeFeeds {
    private RomeFeeds() {
    }

    static ParsedFeed parse(byte[] body, String feedUrl) throws FeedParseException {
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        // Rome's default already, stated so a change of default cannot reopen XXE.
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true);
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(XmlText.decode(body)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedParseException("not a readable RSS/Atom feed at " + feedUrl + ": " + e.getMessage(), e);
        }
        String base = feedUrl;
        if (feed.originalWireFeed() instanceof Feed atom && atom.getXmlBase() != null) {
            base = FeedText.resolve(feedUrl, atom.getXmlBase());
        }
        String link = FeedText.resolve(base, feed.getLink());
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            // Rome leaves Atom links as written (its URI resolution is a global switch); apply xml:base here.
            String entryBase = e.getWireEntry() instanceof Entry entry && entry.getXmlBase() != null
                    ? FeedText.resolve(base, entry.getXmlBase()) : base;
            items.add(item(e, entryBase));
        }
        return new ParsedFeed(feed.getFeedType(), FeedText.plain(feed.getTitle()), link, ttl(feed.originalWireFeed()),
                items);
    }

    private static FeedItem item(SyndEntry e, String base) {
        String link = FeedText.resolve(base, e.getLink());
        if (link == null && !e.getLinks().isEmpty()) {
            link = FeedText.resolve(base, e.getLinks().get(0).getHref());
        }
        // Rome copies an RSS item's raw link into uri when there is no guid; the resolved link is the better id then.
        boolean uriIsRawLink = e.getUri() != null && e.getUri().equals(e.getLink());
        String id = e.getUri() != null && !e.getUri().isBlank() && !uriIsRawLink ? e.getUri().strip() : link;
        return new FeedItem(id, FeedText.plain(e.getTitle()), link, instant(e.getPublishedDate()),
                instant(e.getUpdatedDate()), author(e), FeedText.plain(summary(e)));
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
