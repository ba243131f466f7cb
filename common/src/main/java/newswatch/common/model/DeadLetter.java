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
    /**
     * Header of a record sent back from the DLQ ({@code newswatch dlq replay}), naming the dead letter it came from.
     * The processor lets such an article past de-duplication: it failed after being recorded as seen.
     */
    public static final String REPLAYED_FROM_HEADER = "newswatch.replayed-from";
    /** The processor cuts longer payloads to this many chars; a payload this long may not be the original value. */
    public static final int MAX_PAYLOAD = 100_000;
}
