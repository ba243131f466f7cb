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
        Duration trendWindow,
        Topics topics) {
    /** Shorter windows would hold a story or two each: noise, not a trend, and a record per category every few seconds. */
    static final Duration MIN_TREND_WINDOW = Duration.ofMinutes(1);

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
                atLeast(s, "processor.trend-window", MIN_TREND_WINDOW),
                new Topics(s.string("topics.prefix")));
    }

    private static Duration atLeast(Settings s, String key, Duration min) {
        Duration d = s.duration(key);
        if (d.compareTo(min) < 0) {
            throw new ConfigException(key, "must be at least " + min.toMinutes() + "m, got " + s.string(key));
        }
        return d;
    }

    private static Duration positive(Settings s, String key) {
        Duration d = s.duration(key);
        if (d.isZero()) {
            throw new ConfigException(key, "must be longer than 0");
        }
        return d;
    }
}
