package newswatch.app.tools;

import newswatch.common.topic.Topic;
import newswatch.common.topic.Topics;

/** Guards {@code dlq replay --topic}: a typo must not write articles or alerts to a topic nobody reads. */
final class ReplayTopics {
    private ReplayTopics() {
    }

    /** One of the topics Newswatch uses, per-category alert topics included (categories come and go with rules). */
    static boolean known(Topics names, String topic) {
        String categoryPrefix = names.alerts().name() + ".";
        return names.all(java.util.List.of()).stream().map(Topic::name).anyMatch(topic::equals)
                || (topic.startsWith(categoryPrefix) && topic.length() > categoryPrefix.length());
    }
}
