package newswatch.processor.reload;

import newswatch.processor.classify.Classifier;
import newswatch.processor.classify.RuleSet;

/**
 * A rule set with the classifier built from it and where it came from. Swapped as one value, so an alert's
 * {@code ruleVersion} always names the rules that actually classified its article.
 */
public record ActiveRules(RuleSet rules, Classifier classifier, String source) {

    /** Builds the classifier (with the semantic stage as the rules configure it: the model loads here). */
    public static ActiveRules of(RuleSet rules, String source) {
        return new ActiveRules(rules, new Classifier(rules), source);
    }

    public String version() {
        return rules.version();
    }
}
