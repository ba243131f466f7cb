package newswatch.processor.classify;

import java.util.List;
import newswatch.common.model.TermMatch;

/**
 * How one category scored an article.
 *
 * @param negatives negative contexts that cancelled matches, and the gate's reason when it was closed
 * @param snippet   text around the strongest match with matches wrapped in {@code [[ ]]}, or "" when none
 * @param score     rules score plus the semantic bonus (see {@code semantic:} in the rules file)
 * @param semanticScore highest similarity to the category's exemplars, or null when the semantic stage is off
 *                  or was not needed (gate closed, or no rule matched)
 */
public record CategoryResult(String category, double score, double threshold, boolean flagged,
        List<TermMatch> matches, List<String> negatives, String snippet, Double semanticScore) {
}
