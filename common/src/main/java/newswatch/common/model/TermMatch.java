package newswatch.common.model;

import java.util.List;

/** One rule term found in one field, with the token positions where it matched. */
public record TermMatch(String rule, String term, String field, double weight, List<Integer> positions) {
}
