package newswatch.common.model;

import java.util.List;

/**
 * What analysts receive on {@code newswatch.alerts} and {@code newswatch.alerts.<category>}.
 * Documented with an example and a JSON Schema in the README; fields are only ever added.
 *
 * @param alertId deterministic: derived from category and story id, so every sink can de-duplicate
 * @param sources number of independent sources seen for the story
 */
public record Alert(
        int schemaVersion,
        String alertId,
        String category,
        double score,
        Severity severity,
        String storyId,
        ArticleRef article,
        Explanation explanation,
        List<String> entities,
        int sources,
        Timestamps timestamps) {
    public static final int SCHEMA_VERSION = 1;

    public enum Severity { low, medium, high }
}
