package newswatch.processor.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One scoring rule: either any of {@code terms}, or a term of {@code nearA} within {@code within} tokens of a
 * term of {@code nearB}. An occurrence with an {@code unless} term within {@code unlessWithin} tokens is
 * cancelled, and the cancelling term is reported as a negative.
 */
record Rule(String id, double weight, List<Term> terms, List<Term> nearA, List<Term> nearB, int within,
        List<Term> unless, int unlessWithin) {

    /** What the rule found in one field: matched term label to the spans it covers, plus negatives that fired. */
    record Found(Map<String, List<Span>> matches, Set<String> negatives) {
        boolean matched() {
            return !matches.isEmpty();
        }
    }

    boolean isNear() {
        return !nearA.isEmpty();
    }

    Stream<Term> allTerms() {
        return Stream.of(terms, nearA, nearB, unless).flatMap(List::stream);
    }

    Found evaluate(Field field) {
        Map<String, List<Span>> matches = new LinkedHashMap<>();
        Set<String> negatives = new LinkedHashSet<>();
        if (isNear()) {
            for (Term a : nearA) {
                for (Term b : nearB) {
                    for (Span sa : field.spans(a)) {
                        for (Span sb : field.spans(b)) {
                            if (sa.gap(sb) <= within && !sa.equals(sb) && !cancelled(field, negatives, sa, sb)) {
                                List<Span> spans = matches.computeIfAbsent(a.source() + " ~ " + b.source(), k -> new ArrayList<>());
                                addOnce(spans, sa);
                                addOnce(spans, sb);
                            }
                        }
                    }
                }
            }
        } else {
            for (Term t : terms) {
                for (Span s : field.spans(t)) {
                    if (!cancelled(field, negatives, s)) {
                        matches.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(s);
                    }
                }
            }
        }
        return new Found(matches, negatives);
    }

    private boolean cancelled(Field field, Set<String> negatives, Span... spans) {
        boolean cancelled = false;
        for (Term u : unless) {
            for (Span su : field.spans(u)) {
                for (Span s : spans) {
                    if (su.gap(s) <= unlessWithin) {
                        negatives.add(id + ": '" + u.source() + "' in " + field.name());
                        cancelled = true;
                    }
                }
            }
        }
        return cancelled;
    }

    private static void addOnce(List<Span> spans, Span s) {
        if (!spans.contains(s)) {
            spans.add(s);
        }
    }
}
