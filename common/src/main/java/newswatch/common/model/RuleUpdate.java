package newswatch.common.model;

import java.time.Instant;
import java.util.Map;

/**
 * A published rule set: the value of the compacted {@code newswatch.rules} topic, always under {@link #KEY}, so
 * compaction keeps only the latest. The processor parses {@link #yaml()} itself; {@link #version()} is what the
 * publisher computed, shown by {@code rules show}.
 *
 * @param files       files the rules name (the {@code entities:} gazetteer), by the path the YAML uses, so the
 *                    processor needs nothing from the publisher's disk
 * @param source      where the text came from (a file path)
 * @param publishedBy who published it ({@code user@host}) and with what tool
 */
public record RuleUpdate(int schemaVersion, String version, String yaml, Map<String, String> files, String source,
        String publishedBy, Instant publishedAt) {
    public static final int SCHEMA_VERSION = 1;
    /** The one key of the rules topic. */
    public static final String KEY = "rules";

    public RuleUpdate {
        files = files == null ? Map.of() : Map.copyOf(files);
    }
}
