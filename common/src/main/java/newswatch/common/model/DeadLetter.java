package newswatch.common.model;

import java.time.Instant;

/** A record that could not be handled, with where it came from and why: the value of {@code newswatch.dlq}. */
public record DeadLetter(
        int schemaVersion,
        String stage,
        String topic,
        int partition,
        long offset,
        String key,
        String error,
        String payload,
        Instant at) {
    public static final int SCHEMA_VERSION = 1;
}
