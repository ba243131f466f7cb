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

    private StartupRules() {
    }

    public static ActiveRules load(NewswatchConfig config) {
        Optional<RuleUpdate> published = Optional.empty();
        String topic = config.topics().names().rules().name();
        try {
            published = RuleTopic.latest(config);
        } catch (RuntimeException e) {
            LOG.warn("cannot read {} at start ({}); starting with the rules file", topic, e.getMessage());
        }
        if (published.isPresent()) {
            RuleUpdate update = published.get();
            String origin = topic + " (" + update.source() + ", published by " + update.publishedBy() + " at " + update.publishedAt() + ")";
            try {
                ActiveRules rules = ActiveRules.of(RuleSet.parse(update.yaml(), origin, update.files()), origin);
                LOG.info("starting with rules {} from {}; categories {}", rules.version(), origin, rules.rules().categories());
                return rules;
            } catch (RuntimeException e) {
                LOG.error("the latest rules on {} are invalid, starting with the rules file instead: {}", topic, e.getMessage());
            }
        }
        String file = config.processor().rules();
        ActiveRules rules = ActiveRules.of(RuleFiles.load(file), file);
        LOG.info("starting with rules {} from {}; categories {}", rules.version(), file, rules.rules().categories());
        return rules;
    }
}
