package newswatch.processor.classify;

import dev.langchain4j.data.embedding.Embedding;
import java.util.ArrayList;
import java.util.HashSet;
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
 * in the title). A rule counts only when its gate is open: its own {@code requires}, else its category's.
 * With the semantic stage on, a bonus for similarity to the category's exemplars is added (see
 * {@link SemanticSettings}). Thread-safe and free of I/O.
 */
public final class Classifier {
    private final RuleSet rules;
    private final Semantic semantic;

    /** Semantic stage on or off as the rules file says. */
    public Classifier(RuleSet rules) {
        this(rules, rules.semanticEnabled());
    }

    /** @param semanticEnabled overrides the rules file (the model loads here, about a second, when true) */
    public Classifier(RuleSet rules, boolean semanticEnabled) {
        this.rules = rules;
        boolean anyExemplars = rules.categoryRules().stream().anyMatch(c -> !c.exemplars().isEmpty());
        this.semantic = semanticEnabled && anyExemplars ? new Semantic(rules.categoryRules(), rules.semantic().maxChars()) : null;
    }

    /**
     * @param title    may be null
     * @param text     the body
     * @param language the article's language; unused for now, as term lists mix English and Korean
     */
    public Verdict classify(String title, String text, String language) {
        List<Field> fields = List.of(Field.scan(Field.TITLE, title, rules.index()), Field.scan(Field.BODY, text, rules.index()));
        List<Entity> found = rules.gazetteer().found(fields);
        Set<String> entityKeys = new HashSet<>();
        found.forEach(e -> {
            entityKeys.add(e.id());
            entityKeys.addAll(e.tags());
        });
        Map<String, CategoryResult> results = new LinkedHashMap<>();
        Embedding[] embedding = new Embedding[1];
        for (Category category : rules.categoryRules()) {
            CategoryResult r = score(category, fields, entityKeys);
            if (semantic != null && r.score() > 0 && category.gate().closedReason(fields, entityKeys).isEmpty()) {
                if (embedding[0] == null) {
                    embedding[0] = semantic.embed(title, text);
                }
                r = withSimilarity(r, semantic.similarity(category.name(), embedding[0]));
            }
            results.put(category.name(), r);
        }
        return new Verdict(results, found.stream().map(Entity::name).toList());
    }

    private CategoryResult withSimilarity(CategoryResult r, Double similarity) {
        if (similarity == null) {
            return r;
        }
        double score = r.score() + rules.semantic().bonus(similarity, r.threshold());
        return new CategoryResult(r.category(), score, r.threshold(), score >= r.threshold(), r.matches(), r.negatives(),
                r.snippet(), similarity);
    }

    private CategoryResult score(Category category, List<Field> fields, Set<String> entityKeys) {
        List<TermMatch> matches = new ArrayList<>();
        Set<String> negatives = new LinkedHashSet<>();
        double score = 0;
        double strongestWeight = 0;
        Field strongestField = null;
        Span strongestSpan = null;
        Map<String, List<Span>> spansByField = new LinkedHashMap<>();
        Optional<String> categoryClosed = category.gate().closedReason(fields, entityKeys);
        for (Rule rule : category.rules()) {
            Optional<String> closed = rule.gate() == null ? categoryClosed : rule.gate().closedReason(fields, entityKeys);
            double best = 0;
            for (Field field : fields) {
                Rule.Found found = rule.evaluate(field, fields);
                negatives.addAll(found.negatives());
                if (!found.matched()) {
                    continue;
                }
                if (closed.isPresent()) {
                    negatives.add(rule.id() + ": " + closed.get());
                    break;
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
        String snippet = strongestField == null ? ""
                : Snippet.around(strongestField, strongestSpan, spansByField.get(strongestField.name()));
        boolean flagged = score > 0 && score >= category.threshold();
        return new CategoryResult(category.name(), score, category.threshold(), flagged,
                List.copyOf(matches), List.copyOf(negatives), snippet, null);
    }
}
