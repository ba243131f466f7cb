package newswatch.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed, as found. Every entry is kept, even one with neither id nor link: the ingester derives its
 * identity from the GUID, else the canonical link, else a content hash.
 *
 * @param id        RSS guid, Atom id or JSON Feed id; else the resolved link; null when the entry has neither
 * @param link      absolute URL (resolved against xml:base or the feed URL), null when absent
 * @param published null when absent or unreadable; likewise {@code updated}
 * @param summary   plain text, HTML stripped
 */
public record FeedItem(String id, String title, String link, Instant published, Instant updated, String author,
        String summary) {
}
