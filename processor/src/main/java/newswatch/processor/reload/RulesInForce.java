package newswatch.processor.reload;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import newswatch.common.model.RuleUpdate;
import newswatch.common.topic.Topics;
import newswatch.processor.classify.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules the processor classifies with. Stream threads read {@link #get()} once per article; the global
 * rules-topic processor {@link #apply}s published rule sets. A rule set that does not parse is logged, counted and
 * ignored: the rules in force stay, the processor goes on.
 */
public final class RulesInForce implements Supplier<ActiveRules> {
    public static final String UPDATES = "newswatch.processor.rules.updates";
    public static final String IN_FORCE = "newswatch.processor.rules.in-force";
    private static final Logger LOG = LoggerFactory.getLogger(RulesInForce.class);

    private final AtomicReference<ActiveRules> current;
    private final List<String> routed;
    private final Topics topics;
    private final MeterRegistry meters;
    private Gauge versionGauge;

    /** @param initial the rules at start; the topology routes exactly their categories to per-category topics */
    public RulesInForce(ActiveRules initial, Topics topics, MeterRegistry meters) {
        this.current = new AtomicReference<>(initial);
        this.routed = initial.rules().categories();
        this.topics = topics;
        this.meters = meters;
        showVersion(initial);
    }

    @Override
    public ActiveRules get() {
        return current.get();
    }

    /** Categories with a per-category output topic in this topology. */
    public List<String> routedCategories() {
        return routed;
    }

    /** Parses and, if valid and new, puts a published rule set in force; false when it was rejected or already in force. */
    public boolean apply(RuleUpdate update) {
        String origin = topics.rules().name() + " (" + describe(update) + ")";
        ActiveRules next;
        try {
            if (update.yaml() == null) {
                throw new IllegalArgumentException("the record carries no rules text");
            }
            next = ActiveRules.of(RuleSet.parse(update.yaml(), origin, update.files()), origin);
        } catch (RuntimeException e) {
            // One bad publication (a client that skipped validation) must not stop classification.
            meters.counter(UPDATES, "outcome", "rejected").increment();
            LOG.error("rejected rules published to {}; rules {} stay in force: {}", origin, current.get().version(), e.getMessage());
            return false;
        }
        ActiveRules before = current.get();
        if (before.version().equals(next.version())) {
            meters.counter(UPDATES, "outcome", "unchanged").increment();
            LOG.debug("rules {} from {} are already in force", next.version(), origin);
            return false;
        }
        current.set(next);
        meters.counter(UPDATES, "outcome", "applied").increment();
        showVersion(next);
        LOG.info("rules {} from {} in force (were {}); categories {}", next.version(), origin, before.version(),
                next.rules().categories());
        warnAboutUnroutedCategories(next);
        return true;
    }

    private void warnAboutUnroutedCategories(ActiveRules next) {
        List<String> added = new ArrayList<>(next.rules().categories());
        added.removeAll(routed);
        if (added.isEmpty()) {
            return;
        }
        // Per-category sinks are fixed when the topology is built, and topics are never auto-created in production.
        List<String> missingTopics = added.stream().map(c -> topics.alerts(c).name()).toList();
        LOG.warn("rules {} add categories {}: their alerts go to {} only until the processor restarts."
                        + " To get {}: create those topics (deploy/create-topics.sh with CATEGORIES, or topics.create=true)"
                        + " and restart the processor", next.version(), added, topics.alerts().name(), missingTopics);
    }

    private synchronized void showVersion(ActiveRules rules) {
        if (versionGauge != null) {
            meters.remove(versionGauge);
        }
        versionGauge = Gauge.builder(IN_FORCE, () -> 1).tag("version", rules.version())
                .description("1 for the version of the classification rules in force").register(meters);
    }

    /** Where published rules came from, as logs and alerts name them. */
    static String describe(RuleUpdate update) {
        return update.source() + ", published by " + update.publishedBy() + " at " + update.publishedAt();
    }
}
