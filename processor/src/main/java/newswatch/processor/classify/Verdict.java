package newswatch.processor.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every category's result for one article, in rule-file order, and the gazetteer entities found in it.
 *
 * @param entities names of the entities found (gazetteer {@code name}s), in gazetteer order
 */
public record Verdict(Map<String, CategoryResult> results, List<String> entities) {
    public Verdict {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        entities = List.copyOf(entities);
    }

    /** Results over threshold, in rule-file order. */
    public List<CategoryResult> flagged() {
        return results.values().stream().filter(CategoryResult::flagged).toList();
    }
}
