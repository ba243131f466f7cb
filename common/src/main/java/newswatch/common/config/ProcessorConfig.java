package newswatch.common.config;

import java.time.Duration;
import newswatch.common.topic.Topics;

/** Processor settings ({@code processor.*}) plus the topic names its topology reads and writes. */
public record ProcessorConfig(
        String applicationId,
        String rules,
        String processingGuarantee,
        int threads,
        Duration commitInterval,
        Duration dedupWindow,
        Duration storyWindow,
        Topics topics) {

    static ProcessorConfig from(Settings s) {
        String guarantee = s.string("processor.processing-guarantee");
        if (!guarantee.equals("exactly_once_v2") && !guarantee.equals("at_least_once")) {
            throw new ConfigException("processor.processing-guarantee", "expected exactly_once_v2 or at_least_once, got '" + guarantee + "'");
        }
        return new ProcessorConfig(
                s.nonBlank("processor.application-id"),
                s.nonBlank("processor.rules"),
                guarantee,
                s.intBetween("processor.threads", 1, 64),
                s.duration("processor.commit-interval"),
                s.duration("processor.dedup-window"),
                positive(s, "processor.story-window"),
                new Topics(s.string("topics.prefix")));
    }

    private static Duration positive(Settings s, String key) {
        Duration d = s.duration(key);
        if (d.isZero()) {
            throw new ConfigException(key, "must be longer than 0");
        }
        return d;
    }
}
