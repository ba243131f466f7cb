package newswatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * What ingest remembers about one feed, in the compacted {@code newswatch.feed-state} topic keyed by feed URL,
 * so a restart or another instance carries on where the last one stopped.
 *
 * @param seenIds           the most recent item identities already sent, newest last (bounded)
 * @param lastStatus        outcome of the last poll: ok, not-modified, failed or warning (null before the first)
 * @param lastWarning       why the last poll was a warning (e.g. items probably missed), else null
 * @param publishGapSeconds mean gap between the feed's recent item dates, null while unknown
 * @param recentHashes      content hashes (title + summary) of recent items, newest last (bounded), so a feed that
 *                          changes GUIDs does not re-send a story; empty in state written before they existed
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
        List<String> seenIds,
        String lastStatus,
        String lastWarning,
        Long publishGapSeconds,
        List<String> recentHashes) {
    public static final int SCHEMA_VERSION = 1;

    public FeedState {
        seenIds = seenIds == null ? List.of() : List.copyOf(seenIds);
        recentHashes = recentHashes == null ? List.of() : List.copyOf(recentHashes);
    }

    /** The version-1 fields only (status, warning, rate and hashes unknown): keeps older callers compiling. */
    public FeedState(int schemaVersion, String feedUrl, String etag, String lastModified, Instant lastAttempt,
            Instant lastSuccess, Instant nextPoll, int consecutiveFailures, String lastError, List<String> seenIds) {
        this(schemaVersion, feedUrl, etag, lastModified, lastAttempt, lastSuccess, nextPoll, consecutiveFailures,
                lastError, seenIds, null, null, null, List.of());
    }

    public static FeedState initial(String feedUrl) {
        return new FeedState(SCHEMA_VERSION, feedUrl, null, null, null, null, null, 0, null, List.of(), null, null, null, List.of());
    }
}
