package newswatch.common.topic;

import java.util.ArrayList;
import java.util.List;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.model.DeadLetter;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.common.model.Feedback;
import newswatch.common.model.RuleStats;
import newswatch.common.model.RuleUpdate;
import newswatch.common.model.Trend;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic name Newswatch uses, derived from one configurable prefix (default {@code newswatch.}). */
public final class Topics {
    private static final Serde<String> KEY = Serdes.String();

    private final Topic<String, FeedSpec> feeds;
    private final Topic<String, FeedState> feedState;
    private final Topic<String, Article> articles;
    private final Topic<String, Alert> alerts;
    private final Topic<String, DeadLetter> dlq;
    private final Topic<String, Feedback> feedback;
    private final Topic<String, RuleStats> ruleStats;
    private final Topic<String, RuleUpdate> rules;
    private final Topic<String, Trend> trends;

    public Topics(String prefix) {
        this.feeds = new Topic<>(prefix + "feeds", KEY, new JsonSerde<>(FeedSpec.class), true);
        this.feedState = new Topic<>(prefix + "feed-state", KEY, new JsonSerde<>(FeedState.class), true);
        this.articles = new Topic<>(prefix + "articles", KEY, new JsonSerde<>(Article.class), false);
        this.alerts = new Topic<>(prefix + "alerts", KEY, new JsonSerde<>(Alert.class), false);
        this.dlq = new Topic<>(prefix + "dlq", KEY, new JsonSerde<>(DeadLetter.class), false);
        this.feedback = new Topic<>(prefix + "feedback", KEY, new JsonSerde<>(Feedback.class), false);
        this.ruleStats = new Topic<>(prefix + "rule-stats", KEY, new JsonSerde<>(RuleStats.class), true);
        this.rules = new Topic<>(prefix + "rules", KEY, new JsonSerde<>(RuleUpdate.class), true);
        this.trends = new Topic<>(prefix + "trends", KEY, new JsonSerde<>(Trend.class), true);
    }

    public Topic<String, FeedSpec> feeds() {
        return feeds;
    }

    public Topic<String, FeedState> feedState() {
        return feedState;
    }

    public Topic<String, Article> articles() {
        return articles;
    }

    /** All alerts, whatever their category. */
    public Topic<String, Alert> alerts() {
        return alerts;
    }

    /** Alerts of one category only, e.g. {@code newswatch.alerts.defection}. */
    public Topic<String, Alert> alerts(String category) {
        return new Topic<>(alerts.name() + "." + category, KEY, alerts.valueSerde(), false);
    }

    public Topic<String, DeadLetter> dlq() {
        return dlq;
    }

    /** Analysts' relevant / not-relevant judgements, keyed by alert id. */
    public Topic<String, Feedback> feedback() {
        return feedback;
    }

    /** Per-rule precision from analysts' feedback, keyed by {@code category/rule} (compacted). */
    public Topic<String, RuleStats> ruleStats() {
        return ruleStats;
    }

    /** The classification rules in force, one record under {@link RuleUpdate#KEY} (compacted); the processor hot-reloads them. */
    public Topic<String, RuleUpdate> rules() {
        return rules;
    }

    /** Alerted stories per category and time window, keyed by {@code category/windowStart} ({@link Trend#key}; compacted). */
    public Topic<String, Trend> trends() {
        return trends;
    }

    /** Every topic to create for the given alert categories. */
    public List<Topic<String, ?>> all(List<String> categories) {
        List<Topic<String, ?>> all = new ArrayList<>(List.of(feeds, feedState, articles, alerts, dlq, feedback, ruleStats, rules, trends));
        categories.forEach(c -> all.add(alerts(c)));
        return all;
    }
}
