package newswatch.common.model;

import java.time.Instant;

/**
 * Analysts' feedback on the alerts one rule contributed to: the value of the compacted
 * {@code newswatch.rule-stats} topic, keyed by {@code category/rule}.
 */
public record RuleStats(int schemaVersion, String category, String rule, long relevant, long notRelevant, Instant updated) {
    public static final int SCHEMA_VERSION = 1;

    /** Share of judged alerts the analysts found relevant; NaN before any judgement. */
    public double precision() {
        long judged = relevant + notRelevant;
        return judged == 0 ? Double.NaN : (double) relevant / judged;
    }

    public RuleStats add(boolean wasRelevant, Instant at) {
        return new RuleStats(SCHEMA_VERSION, category, rule, relevant + (wasRelevant ? 1 : 0),
                notRelevant + (wasRelevant ? 0 : 1), at);
    }
}
