package newswatch.processor;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newswatch.common.model.Alert;
import newswatch.common.model.Feedback;
import newswatch.common.model.RuleStats;
import newswatch.common.model.TermMatch;
import newswatch.common.topic.Topic;
import newswatch.common.topic.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * feedback (keyed by alert id) joined with the alerts table → one judgement per rule that fired for the alert
 * → per-rule counts in {@code rule-stats}, so a noisy rule shows up in metrics and in {@code rules precision}.
 */
final class FeedbackTopology {
    static final String ALERTS_STORE = "alerts-by-id-store";
    static final String RULE_STATS_STORE = "rule-stats-store";

    private FeedbackTopology() {
    }

    /** @param alertsTopic the alerts topic read back: one source for every part that reads it (Streams allows no second) */
    static void addTo(StreamsBuilder builder, KStream<String, Alert> alertsTopic, Topics topics, MeterRegistry meters, Clock clock) {
        Topic<String, Alert> alerts = topics.alerts();
        Topic<String, Feedback> feedback = topics.feedback();
        Topic<String, RuleStats> stats = topics.ruleStats();
        KTable<String, Alert> alertsById = alertsTopic.toTable(Named.as("alerts-table"),
                Materialized.<String, Alert, org.apache.kafka.streams.state.KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as(ALERTS_STORE)
                        .withKeySerde(alerts.keySerde()).withValueSerde(alerts.valueSerde()));

        builder.stream(feedback.name(), Consumed.with(feedback.keySerde(), feedback.valueSerde()).withName("feedback-source"))
                .filter((alertId, fb) -> fb != null, Named.as("feedback-present"))
                .join(alertsById, Judgement::new, Joined.with(feedback.keySerde(), feedback.valueSerde(), alerts.valueSerde(), "feedback-join-alerts"))
                .flatMap((alertId, j) -> j.perRule(), Named.as("judgement-per-rule"))
                .groupByKey(Grouped.with("judgements-by-rule", Serdes.String(), new newswatch.common.json.JsonSerde<>(Judgement.Of.class)))
                .aggregate(() -> null, (key, j, acc) -> {
                    RuleStats base = acc != null ? acc : new RuleStats(RuleStats.SCHEMA_VERSION, j.category(), j.rule(), 0, 0, null);
                    meters.counter("newswatch.feedback", "category", j.category(), "rule", j.rule(),
                            "verdict", j.relevant() ? "relevant" : "not-relevant").increment();
                    return base.add(j.relevant(), clock.instant());
                }, Named.as("rule-precision"), Materialized.<String, RuleStats, org.apache.kafka.streams.state.KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as(RULE_STATS_STORE)
                        .withKeySerde(stats.keySerde()).withValueSerde(stats.valueSerde()))
                .toStream(Named.as("rule-stats-stream"))
                .to(stats.name(), Produced.with(stats.keySerde(), stats.valueSerde()).withName("rule-stats-sink"));
    }

    /** An analyst's verdict on an alert, with the rules that made it. */
    record Judgement(Feedback feedback, Alert alert) {
        record Of(String category, String rule, boolean relevant) {
        }

        List<KeyValue<String, Of>> perRule() {
            Set<String> rules = new LinkedHashSet<>();
            if (alert.explanation() != null) {
                alert.explanation().matches().stream().map(TermMatch::rule).forEach(rules::add);
            }
            return rules.stream()
                    .map(rule -> KeyValue.pair(alert.category() + "/" + rule, new Of(alert.category(), rule, feedback.relevant())))
                    .toList();
        }
    }
}
