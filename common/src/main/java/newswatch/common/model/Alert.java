package newswatch.common.model;

import java.util.List;

/**
 * What analysts receive on {@code newswatch.alerts} and {@code newswatch.alerts.<category>}.
 * Documented with an example and a JSON Schema in the README; fields are only ever added.
 *
 * @param alertId deterministic: derived from category and story id, so every sink can de-duplicate
 * @param sources number of independent sources seen for the story: the publishers of its copies
 * @param related the story's other copies (other URLs, usually other publishers), oldest first, at most
 *                {@link #MAX_RELATED}; empty for a story seen once. Added in schema version 2.
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
        Timestamps timestamps,
        List<ArticleRef> related) {
    public static final int SCHEMA_VERSION = 2;
    public static final int MAX_RELATED = 20;

    public Alert {
        // a version-1 record has no such field: read it as "no other copies"
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** An alert about a story seen once (no related copies). */
    public Alert(int schemaVersion, String alertId, String category, double score, Severity severity, String storyId,
            ArticleRef article, Explanation explanation, List<String> entities, int sources, Timestamps timestamps) {
        this(schemaVersion, alertId, category, score, severity, storyId, article, explanation, entities, sources,
                timestamps, List.of());
    }

    /** The same alert as one story of several copies: its story id, alert id, source count and other copies. */
    public Alert asStory(String storyId, String alertId, int sources, List<ArticleRef> related) {
        return new Alert(SCHEMA_VERSION, alertId, category, score, severity, storyId, article, explanation, entities,
                sources, timestamps, related);
    }

    public enum Severity { low, medium, high }
}
