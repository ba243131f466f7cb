package newswatch.processor.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One scoring rule. Its trigger is any of {@code terms}, or a term of {@code nearA} within {@code within}
 * tokens of a term of {@code nearB}; with neither, the boolean groups are the trigger within one field (every
 * {@code all} term and one of {@code any}). With a trigger, {@code all}/{@code any} are conditions on the whole
 * article. {@code none} always cancels the rule when one of its terms occurs anywhere in the article. An
 * occurrence with an {@code unless} term within {@code unlessWithin} tokens is cancelled, and the cancelling
 * term is reported as a negative. {@code gate} (nullable) replaces the category's gate for this rule.
 */
record Rule(String id, double weight, List<Term> terms, List<Term> nearA, List<Term> nearB, int within,
        List<Term> unless, int unlessWithin, List<Term> all, List<Term> any, List<Term> none, Gate gate,
        Set<Term> triggers) {
    private static final Found NOTHING = new Found(Map.of(), Set.of());

    static Rule of(String id, double weight, List<Term> terms, List<Term> nearA, List<Term> nearB, int within,
            List<Term> unless, int unlessWithin, List<Term> all, List<Term> any, List<Term> none, Gate gate) {
        Set<Term> triggers = new java.util.HashSet<>(terms);
        triggers.addAll(nearA);
        if (terms.isEmpty() && nearA.isEmpty()) {
            triggers.addAll(all.isEmpty() ? any : all);
        }
        return new Rule(id, weight, terms, nearA, nearB, within, unless, unlessWithin, all, any, none, gate, Set.copyOf(triggers));
    }

    /** What the rule found in one field: matched term label to the spans it covers, plus negatives that fired. */
    record Found(Map<String, List<Span>> matches, Set<String> negatives) {
        boolean matched() {
            return !matches.isEmpty();
        }
    }

    boolean isNear() {
        return !nearA.isEmpty();
    }

    boolean groupsOnly() {
        return terms.isEmpty() && nearA.isEmpty();
    }

    Stream<Term> allTerms() {
        Stream<Term> own = Stream.of(terms, nearA, nearB, unless, all, any, none).flatMap(List::stream);
        return gate == null ? own : Stream.concat(own, gate.allTerms());
    }

    Found evaluate(Field field, List<Field> article) {
        if (!field.containsAny(triggers)) {
            return NOTHING; // the common case: none of the rule's trigger terms occurs in this field
        }
        Map<String, List<Span>> matches = new LinkedHashMap<>();
        Set<String> negatives = new LinkedHashSet<>();
        for (Term t : none) {
            if (Gate.present(t, article)) {
                negatives.add(id + ": none '" + t.source() + "' present");
                return new Found(Map.of(), negatives);
            }
        }
        List<Term> cancelling = present(unless, field);
        if (isNear()) {
            near(field, cancelling, matches, negatives);
        } else if (!terms.isEmpty()) {
            anyOf(terms, field, cancelling, matches, negatives);
        } else {
            return groupsInField(field, cancelling, negatives);
        }
        if (!matches.isEmpty() && !groupsHold(article)) {
            return new Found(Map.of(), negatives);
        }
        return new Found(matches, negatives);
    }

    private boolean groupsHold(List<Field> article) {
        return all.stream().allMatch(t -> Gate.present(t, article))
                && (any.isEmpty() || any.stream().anyMatch(t -> Gate.present(t, article)));
    }

    /** The terms of {@code candidates} that occur in the field: rules hold hundreds of terms, an article a few. */
    private static List<Term> present(List<Term> candidates, Field field) {
        List<Term> found = new ArrayList<>();
        for (Term t : candidates) {
            if (field.contains(t)) {
                found.add(t);
            }
        }
        return found;
    }

    private Found groupsInField(Field field, List<Term> cancelling, Set<String> negatives) {
        Map<String, List<Span>> matches = new LinkedHashMap<>();
        for (Term t : all) {
            Map<String, List<Span>> one = new LinkedHashMap<>();
            anyOf(List.of(t), field, cancelling, one, negatives);
            if (one.isEmpty()) {
                return new Found(Map.of(), negatives);
            }
            matches.putAll(one);
        }
        if (!any.isEmpty()) {
            Map<String, List<Span>> some = new LinkedHashMap<>();
            anyOf(any, field, cancelling, some, negatives);
            if (some.isEmpty()) {
                return new Found(Map.of(), negatives);
            }
            matches.putAll(some);
        }
        return new Found(matches, negatives);
    }

    private void anyOf(List<Term> candidates, Field field, List<Term> cancelling, Map<String, List<Span>> matches,
                       Set<String> negatives) {
        for (Term t : candidates) {
            for (Span s : field.spans(t)) {
                if (!cancelled(field, cancelling, negatives, s)) {
                    matches.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(s);
                }
            }
        }
    }

    private void near(Field field, List<Term> cancelling, Map<String, List<Span>> matches, Set<String> negatives) {
        List<Term> presentA = present(nearA, field);
        List<Term> presentB = presentA.isEmpty() ? List.of() : present(nearB, field);
        for (Term a : presentA) {
            for (Term b : presentB) {
                for (Span sa : field.spans(a)) {
                    for (Span sb : field.spans(b)) {
                        if (sa.gap(sb) <= within && !sa.equals(sb) && !cancelled(field, cancelling, negatives, sa, sb)) {
                            List<Span> spans = matches.computeIfAbsent(a.source() + " ~ " + b.source(), k -> new ArrayList<>());
                            addOnce(spans, sa);
                            addOnce(spans, sb);
                        }
                    }
                }
            }
        }
    }

    private boolean cancelled(Field field, List<Term> cancelling, Set<String> negatives, Span... spans) {
        boolean cancelled = false;
        for (Term u : cancelling) {
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
