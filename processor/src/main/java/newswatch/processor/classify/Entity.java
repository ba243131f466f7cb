package newswatch.processor.classify;

import java.util.List;
import java.util.Set;

/**
 * One gazetteer entry: a place, organisation, person or facility with its spelling variants, compiled to terms
 * and matched by the same term index as the rules.
 *
 * @param id   key used by rules ({@code requires: {entities: [id]}}) and in alerts
 * @param tags groups the entity belongs to (such as {@code dprk}); rules may name a tag instead of an id
 */
record Entity(String id, String name, String kind, Set<String> tags, List<Term> names) {
    boolean foundIn(List<Field> fields) {
        for (Term t : names) {
            for (Field f : fields) {
                if (f.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
