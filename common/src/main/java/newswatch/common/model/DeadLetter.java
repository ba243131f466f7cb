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
    /** The processor cuts longer payloads to this many chars; a payload this long may not be the original value. */
    public static final int MAX_PAYLOAD = 100_000;
}
