package newswatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * What ingest remembers about one feed, in the compacted {@code newswatch.feed-state} topic keyed by feed URL,
 * so a restart or another instance carries on where the last one stopped.
 *
 * @param seenIds the most recent item identities already sent, newest last (bounded)
 */
public record FeedState(
        int schemaVersion,
        String feedUrl,
        String etag,
        String lastModified,
        Instant lastAttempt,
        Instant lastSuccess,
        Instant nextPoll,
        int consecutiveFailures,
        String lastError,
        List<String> seenIds) {
    public static final int SCHEMA_VERSION = 1;

    public static FeedState initial(String feedUrl) {
        return new FeedState(SCHEMA_VERSION, feedUrl, null, null, null, null, null, 0, null, List.of());
    }
}
