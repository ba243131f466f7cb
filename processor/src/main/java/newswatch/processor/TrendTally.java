package newswatch.processor;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.TermMatch;
import newswatch.common.model.Trend;
import newswatch.processor.story.Story;

/**
 * What the trends store keeps per category and window, beyond what {@link Trend} publishes: the alert ids already
 * counted (so a re-alerted story is a copy, not a new story) and the full entity and term counts (a top 10 can
 * only be kept right from all of them). Only flagged articles get here, so the sets stay small.
 * Immutable: every alert returns a new value to be put back in the store.
 */
record TrendTally(Set<String> alertIds, long copies, Set<String> sources, Map<String, Long> entities, Map<String, Long> terms) {
    static final TrendTally EMPTY = new TrendTally(Set.of(), 0, Set.of(), Map.of(), Map.of());

    TrendTally {
        alertIds = alertIds == null ? Set.of() : Set.copyOf(alertIds);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        entities = entities == null ? Map.of() : Map.copyOf(entities);
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }

    TrendTally add(Alert alert) {
        Set<String> allSources = new HashSet<>(sources);
        sourcesOf(alert).forEach(allSources::add);
        if (alertIds.contains(alert.alertId())) {
            return new TrendTally(alertIds, copies + 1, allSources, entities, terms);
        }
        Set<String> ids = new HashSet<>(alertIds);
        ids.add(alert.alertId());
        return new TrendTally(ids, copies + 1, allSources, countOnce(entities, entitiesOf(alert)), countOnce(terms, termsOf(alert)));
    }

    Trend toTrend(String category, Instant windowStart, Instant windowEnd, Instant at) {
        return new Trend(Trend.SCHEMA_VERSION, category, windowStart, windowEnd, alertIds.size(), copies, sources.size(),
                top(entities), top(terms), at);
    }

    private static List<String> sourcesOf(Alert alert) {
        List<ArticleRef> refs = new java.util.ArrayList<>(alert.related());
        if (alert.article() != null) {
            refs.add(alert.article());
        }
        return refs.stream().map(r -> Story.sourceOf(r.source(), r.url())).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<String> entitiesOf(Alert alert) {
        return alert.entities() == null ? Set.of() : new LinkedHashSet<>(alert.entities());
    }

    private static Set<String> termsOf(Alert alert) {
        Set<String> found = new LinkedHashSet<>();
        if (alert.explanation() != null && alert.explanation().matches() != null) {
            alert.explanation().matches().stream().map(TermMatch::term).forEach(found::add);
        }
        return found;
    }

    private static Map<String, Long> countOnce(Map<String, Long> counts, Set<String> names) {
        Map<String, Long> out = new HashMap<>(counts);
        names.stream().filter(n -> n != null && !n.isBlank()).forEach(n -> out.merge(n, 1L, Long::sum));
        return out;
    }

    /** Most stories first; ties by name, so every instance publishes the same list. */
    private static List<Trend.Count> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(Trend.MAX_TOP)
                .map(e -> new Trend.Count(e.getKey(), e.getValue()))
                .toList();
    }
}
