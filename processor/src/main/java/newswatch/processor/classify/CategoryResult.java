package newswatch.processor.classify;

import java.util.List;
import newswatch.common.model.TermMatch;

/**
 * How one category scored an article.
 *
 * @param negatives negative contexts that cancelled matches, and the gate's reason when it was closed
 * @param snippet   text around the strongest match with matches wrapped in {@code [[ ]]}, or "" when none
 */
public record CategoryResult(String category, double score, double threshold, boolean flagged,
        List<TermMatch> matches, List<String> negatives, String snippet) {
}
