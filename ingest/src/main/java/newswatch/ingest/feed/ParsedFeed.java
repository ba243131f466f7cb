package newswatch.ingest.feed;

import java.util.List;

/**
 * A feed as parsed.
 *
 * @param format     Rome's feed type ("rss_2.0", "atom_1.0", "rss_1.0", ...) or "json_1.0" / "json_1.1"
 * @param link       the site's home page (RSS link, Atom alternate link, JSON Feed home_page_url), never the
 *                   feed's own self link; absolute; null when absent
 * @param ttlMinutes RSS {@code <ttl>}, null when absent
 */
public record ParsedFeed(String format, String title, String link, Integer ttlMinutes, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
