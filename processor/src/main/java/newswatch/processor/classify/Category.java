package newswatch.processor.classify;

import java.util.List;
import java.util.stream.Stream;

/** One alert category of a rule set: its threshold, context gate and scoring rules in file order. */
record Category(String name, double threshold, Gate gate, List<Rule> rules) {
    Stream<Term> allTerms() {
        return Stream.concat(gate.allTerms(), rules.stream().flatMap(Rule::allTerms));
    }
}
