package newswatch.processor.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswatch.common.model.TermMatch;

/**
 * Scores an article against every category of a {@link RuleSet}. A category's score is the sum of the
 * weights of the rules that matched, each rule counted once (multiplied by the title weight when it matched
 * in the title); it is 0 when the category's gate is closed. Thread-safe and free of I/O.
 */
public final class Classifier {
    private final RuleSet rules;

    public Classifier(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * @param title    may be null
     * @param text     the body
     * @param language the article's language; unused for now, as term lists mix English and Korean
     */
    public Verdict classify(String title, String text, String language) {
        List<Field> fields = List.of(Field.scan(Field.TITLE, title, rules.index()), Field.scan(Field.BODY, text, rules.index()));
        Map<String, CategoryResult> results = new LinkedHashMap<>();
        for (Category category : rules.categoryRules()) {
            results.put(category.name(), score(category, fields));
        }
        return new Verdict(results);
    }

    private CategoryResult score(Category category, List<Field> fields) {
        List<TermMatch> matches = new ArrayList<>();
        Set<String> negatives = new LinkedHashSet<>();
        double score = 0;
        double strongestWeight = 0;
        Field strongestField = null;
        Span strongestSpan = null;
        Map<String, List<Span>> spansByField = new LinkedHashMap<>();
        for (Rule rule : category.rules()) {
            double best = 0;
            for (Field field : fields) {
                Rule.Found found = rule.evaluate(field);
                negatives.addAll(found.negatives());
                if (!found.matched()) {
                    continue;
                }
                double weight = rule.weight() * (field.name().equals(Field.TITLE) ? rules.titleWeight() : 1.0);
                found.matches().forEach((term, spans) -> matches.add(
                        new TermMatch(rule.id(), term, field.name(), weight, spans.stream().map(Span::start).toList())));
                found.matches().values().forEach(spans -> spansByField.computeIfAbsent(field.name(), k -> new ArrayList<>()).addAll(spans));
                best = Math.max(best, weight);
                // the snippet prefers the body, which has context around the words; the title is its fallback
                double rank = weight + (field.name().equals(Field.BODY) ? 1000 : 0);
                if (rank > strongestWeight) {
                    strongestWeight = rank;
                    strongestField = field;
                    strongestSpan = found.matches().values().iterator().next().get(0);
                }
            }
            score += best;
        }
        Optional<String> closed = category.gate().closedReason(fields);
        if (closed.isPresent()) {
            negatives.add(closed.get());
            score = 0;
        }
        String snippet = strongestField == null ? ""
                : Snippet.around(strongestField, strongestSpan, spansByField.get(strongestField.name()));
        boolean flagged = score > 0 && score >= category.threshold();
        return new CategoryResult(category.name(), score, category.threshold(), flagged,
                List.copyOf(matches), List.copyOf(negatives), snippet);
    }
}
