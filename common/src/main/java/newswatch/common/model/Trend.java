package newswatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * Alerted stories of one category in one time window: the value of the compacted {@code newswatch.trends} topic,
 * keyed by {@link #key}. Re-sent on every alert of the window, so the latest record per key is the current count.
 *
 * @param windowStart inclusive; a story belongs to the window its alert was first made in
 * @param windowEnd   exclusive
 * @param stories     distinct alert ids: a story re-alerted because a copy joined it counts once
 * @param copies      alert records seen, re-alerts included, so a story picked up by more outlets shows
 * @param sources     distinct publishers across the window's alerts and their related copies
 * @param topEntities most frequent entities, each counted once per story, at most {@link #MAX_TOP}
 * @param topTerms    most frequent matched rule terms, each counted once per story, at most {@link #MAX_TOP}
 */
public record Trend(
        int schemaVersion,
        String category,
        Instant windowStart,
        Instant windowEnd,
        long stories,
        long copies,
        long sources,
        List<Count> topEntities,
        List<Count> topTerms,
        Instant updatedAt) {
    public static final int SCHEMA_VERSION = 1;
    public static final int MAX_TOP = 10;

    public Trend {
        topEntities = topEntities == null ? List.of() : List.copyOf(topEntities);
        topTerms = topTerms == null ? List.of() : List.copyOf(topTerms);
    }

    /** The topic key: {@code category/windowStart}, the start as an ISO-8601 instant, e.g. {@code defection/2026-11-28T12:00:00Z}. */
    public static String key(String category, Instant windowStart) {
        return category + "/" + windowStart;
    }

    /** How many of the window's stories mention {@code name}. */
    public record Count(String name, long stories) {
    }
}
