package newswatch.common.model;

import java.time.Instant;

/**
 * An analyst's judgement of one alert, on {@code newswatch.feedback} keyed by alert id.
 *
 * @param category the alert's category, when the sender knew it
 * @param storyId  the alert's story, when the sender knew it
 * @param relevant true for "relevant", false for "not relevant"
 * @param note     optional free text from the analyst, or null
 * @param origin   where the judgement was made, e.g. {@code web}
 */
public record Feedback(
        int schemaVersion,
        String alertId,
        String category,
        String storyId,
        boolean relevant,
        String note,
        String origin,
        Instant at) {
    public static final int SCHEMA_VERSION = 1;
}
