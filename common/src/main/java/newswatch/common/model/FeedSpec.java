package newswatch.common.model;

import java.time.Instant;

/** A feed to watch: the value of the compacted {@code newswatch.feeds} topic, keyed by {@link #url()}. */
public record FeedSpec(int schemaVersion, String url, String title, Instant addedAt) {
    public static final int SCHEMA_VERSION = 1;

    public static FeedSpec of(String url, String title) {
        return new FeedSpec(SCHEMA_VERSION, url, title, Instant.now());
    }
}
