package newswatch.processor.classify;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A context gate over title and body together: at least one of {@code any} (when given), every term of
 * {@code all}, none of {@code none}, and at least one of {@code entities} (entity ids or tags, when given).
 * A category's gate applies to each of its rules unless the rule has its own {@code requires}.
 */
record Gate(List<Term> any, List<Term> all, List<Term> none, List<String> entities) {
    static final Gate OPEN = new Gate(List.of(), List.of(), List.of(), List.of());

    /** Why the gate is closed, or empty when it lets the article through. */
    Optional<String> closedReason(List<Field> fields, Set<String> entityKeys) {
        if (!entities.isEmpty() && entities.stream().noneMatch(entityKeys::contains)) {
            return Optional.of("requires.entities: none of " + entities + " found");
        }
        if (!any.isEmpty() && any.stream().noneMatch(t -> present(t, fields))) {
            return Optional.of("requires.any: none of " + sources(any) + " present");
        }
        for (Term t : all) {
            if (!present(t, fields)) {
                return Optional.of("requires.all: '" + t.source() + "' absent");
            }
        }
        for (Term t : none) {
            if (present(t, fields)) {
                return Optional.of("requires.none: '" + t.source() + "' present");
            }
        }
        return Optional.empty();
    }

    Stream<Term> allTerms() {
        return Stream.of(any, all, none).flatMap(List::stream);
    }

    static boolean present(Term t, List<Field> fields) {
        return fields.stream().anyMatch(f -> f.contains(t));
    }

    private static List<String> sources(List<Term> terms) {
        return terms.stream().map(Term::source).toList();
    }
}
