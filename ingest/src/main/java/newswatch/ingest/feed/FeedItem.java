package newswatch.ingest.feed;

import java.time.Instant;

/** id = GUID/atom id, else the link. Timestamps may be null. summary is plain text (HTML stripped). */
public record FeedItem(String id, String title, String link, Instant published, Instant updated, String author,
        String summary) {
}
