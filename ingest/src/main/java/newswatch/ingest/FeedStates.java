package newswatch.ingest;

import java.time.Instant;
import java.util.List;
import newswatch.common.model.FeedState;

/** The next {@link FeedState} after a poll, so the record's long constructor is spelt out in one place. */
final class FeedStates {
    private FeedStates() {
    }

    static FeedState succeeded(FeedState s, Instant now, String etag, String lastModified, String status,
            String warning, Long publishGapSeconds, List<String> seenIds, List<String> hashes, Instant nextPoll) {
        return new FeedState(FeedState.SCHEMA_VERSION, s.feedUrl(), etag, lastModified, now, now, nextPoll, 0, null,
                seenIds, status, warning, publishGapSeconds, hashes);
    }

    /** Keeps what was known (validators, items seen) so the next success carries on; never gives up the feed. */
    static FeedState failed(FeedState s, Instant now, String error, Instant nextPoll) {
        return new FeedState(FeedState.SCHEMA_VERSION, s.feedUrl(), s.etag(), s.lastModified(), now, s.lastSuccess(),
                nextPoll, s.consecutiveFailures() + 1, error, s.seenIds(), FeedStatus.FAILED, null,
                s.publishGapSeconds(), s.recentHashes());
    }

    /** The same state under a feed's new URL, after a permanent redirect. */
    static FeedState rekeyed(FeedState s, String newUrl) {
        return new FeedState(s.schemaVersion(), newUrl, s.etag(), s.lastModified(), s.lastAttempt(), s.lastSuccess(),
                s.nextPoll(), s.consecutiveFailures(), s.lastError(), s.seenIds(), s.lastStatus(), s.lastWarning(),
                s.publishGapSeconds(), s.recentHashes());
    }

    /** Unchanged but for the next poll: for failures that are ours, not the feed's. */
    static FeedState retryAt(FeedState s, Instant nextPoll) {
        return new FeedState(s.schemaVersion(), s.feedUrl(), s.etag(), s.lastModified(), s.lastAttempt(),
                s.lastSuccess(), nextPoll, s.consecutiveFailures(), s.lastError(), s.seenIds(), s.lastStatus(),
                s.lastWarning(), s.publishGapSeconds(), s.recentHashes());
    }
}
