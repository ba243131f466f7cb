package newswatch.common.model;

import java.time.Instant;

/**
 * One fetched article: the value of {@code newswatch.articles}, keyed by {@link #canonicalUrl()}.
 *
 * @param itemId     the feed's identity for the item (GUID, else the link)
 * @param source     human-readable name of the publisher (feed title)
 * @param text       main text, paragraphs separated by blank lines; the feed summary when the page failed
 * @param textSource where the text came from: {@code page} or {@code feed-summary}
 */
public record Article(
        int schemaVersion,
        String canonicalUrl,
        String url,
        String itemId,
        String feedUrl,
        String source,
        String title,
        String text,
        String textSource,
        String language,
        Instant published,
        Instant fetched) {
    public static final int SCHEMA_VERSION = 1;
}
