package newswatch.processor;

import io.micrometer.core.instrument.MeterRegistry;

/** The processor's counters, so each outcome of an article is visible and the totals add up. */
final class Verdicts {
    static final String ARTICLES = "newswatch.processor.articles";
    static final String ALERTS = "newswatch.processor.alerts";
    static final String RELEVANT = "relevant";
    static final String NOT_RELEVANT = "not-relevant";
    static final String DUPLICATE = "duplicate";
    static final String DLQ = "dlq";
    static final String STORIES = "newswatch.processor.stories";
    static final String STORY_NEW = "new";
    static final String STORY_JOINED = "joined";

    private final MeterRegistry meters;

    Verdicts(MeterRegistry meters) {
        this.meters = meters;
    }

    void article(String verdict) {
        meters.counter(ARTICLES, "verdict", verdict).increment();
    }

    void alert(String category) {
        meters.counter(ALERTS, "category", category).increment();
    }

    /** A flagged article that started a story, or joined one as a copy: shows how many duplicate alerts clustering saves. */
    void story(String outcome) {
        meters.counter(STORIES, "outcome", outcome).increment();
    }

    /** A rule that contributed to an alert: with feedback, shows which rules fire most and how precisely. */
    void ruleHit(String category, String rule) {
        meters.counter("newswatch.processor.rule.hits", "category", category, "rule", rule).increment();
    }
}
