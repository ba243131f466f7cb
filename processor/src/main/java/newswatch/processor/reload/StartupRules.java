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

    private record Chosen(RuleSet rules, String origin) {
    }

    private StartupRules() {
    }

    /** The rules in force at start, classifier built. */
    public static ActiveRules load(NewswatchConfig config) {
        Chosen chosen = choose(config);
        LOG.info("starting with rules {} from {}; categories {}", chosen.rules().version(), chosen.origin(),
                chosen.rules().categories());
        return ActiveRules.of(chosen.rules(), chosen.origin());
    }

    /** The categories the processor will route to per-category topics when it starts now: their topics must exist. */
    public static java.util.List<String> categories(NewswatchConfig config) {
        return choose(config).rules().categories();
    }

    private static Chosen choose(NewswatchConfig config) {
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
                return new Chosen(RuleSet.parse(update.yaml(), origin, update.files()), origin);
            } catch (RuntimeException e) {
                LOG.error("the latest rules on {} are invalid, starting with the rules file instead: {}", topic, e.getMessage());
            }
        }
        String file = config.processor().rules();
        return new Chosen(RuleFiles.load(file), file);
    }
}
