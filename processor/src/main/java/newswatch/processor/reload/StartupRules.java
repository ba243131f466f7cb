package newswatch.processor.reload;

import java.util.Optional;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.RuleUpdate;
import newswatch.common.topic.RuleTopic;
import newswatch.processor.classify.RuleFiles;
import newswatch.processor.classify.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules to start with: the latest published to the rules topic, else the configured file. Read before the
 * topology is built because its per-category outputs follow these rules' categories; the global rules store
 * re-reads the topic anyway before the first article, so a failed read here only costs that routing.
 */
public final class StartupRules {
    private static final Logger LOG = LoggerFactory.getLogger(StartupRules.class);

    /** The rule set to start with and where it came from; parsed, no classifier built yet. */
    public record Chosen(RuleSet rules, String origin) {
        /** Builds the classifier (the semantic model loads here when the rules enable it). */
        public ActiveRules activate() {
            LOG.info("starting with rules {} from {}; categories {}", rules.version(), origin, rules.categories());
            return ActiveRules.of(rules, origin);
        }
    }

    private StartupRules() {
    }

    /**
     * Reads the rules topic (and the file when nothing valid is published) once: the caller needs the categories
     * for the per-category topics before the processor builds its topology from the same rules.
     */
    public static Chosen choose(NewswatchConfig config) {
        Optional<RuleUpdate> published = Optional.empty();
        String topic = config.topics().names().rules().name();
        try {
            published = RuleTopic.latest(config);
        } catch (RuntimeException e) {
            LOG.warn("cannot read {} at start ({}); starting with the rules file", topic, e.getMessage());
        }
        if (published.isPresent()) {
            RuleUpdate update = published.get();
            String origin = topic + " (" + RulesInForce.describe(update) + ")";
            try {
                return new Chosen(RuleSet.parse(update.yaml(), origin, update.files()), origin);
            } catch (RuntimeException e) {
                LOG.error("the latest rules on {} are invalid, starting with the rules file instead: {}", topic, e.getMessage());
            }
        }
        String file = config.processor().rules();
        return new Chosen(RuleFiles.load(file), file);
    }
}
