package newswatch.common.model;

import java.util.List;

/**
 * Why an item was flagged.
 *
 * @param matches       every rule term that matched, with its weight and token positions
 * @param negatives     negative contexts that fired and cancelled a match
 * @param snippet       text around the strongest match, matches wrapped in {@code [[ ]]}
 * @param semanticScore similarity to the category's exemplars, or null when the semantic stage is off
 */
public record Explanation(
        List<TermMatch> matches,
        List<String> negatives,
        String snippet,
        String ruleVersion,
        Double semanticScore) {
}
