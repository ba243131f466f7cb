package newswatch.processor.classify;

import java.util.List;
import java.util.stream.Stream;

/**
 * One alert category of a rule set: its threshold, context gate, scoring rules in file order, and exemplars
 * (short texts describing the stories wanted) for semantic matching.
 */
record Category(String name, double threshold, Gate gate, List<Rule> rules, List<String> exemplars) {
    Stream<Term> allTerms() {
        return Stream.concat(gate.allTerms(), rules.stream().flatMap(Rule::allTerms));
    }
}
