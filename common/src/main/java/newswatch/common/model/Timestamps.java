package newswatch.common.model;

import java.time.Instant;

/** Per-alert timeline so latency from publication and from fetch is visible. */
public record Timestamps(Instant published, Instant fetched, Instant processed, Instant alerted) {
}
