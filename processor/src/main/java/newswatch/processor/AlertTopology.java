package newswatch.processor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newswatch.common.config.ProcessorConfig;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.topic.Topic;
import newswatch.common.topic.Topics;
import newswatch.processor.classify.RuleSet;
import newswatch.processor.reload.ActiveRules;
import newswatch.processor.reload.RulesInForce;
import newswatch.processor.reload.RulesTopology;
import newswatch.processor.story.Story;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.ValueMapperWithKey;
import org.apache.kafka.streams.state.Stores;

/**
 * articles → validate (invalid → DLQ) → de-duplicate by canonical URL → classify → one alert per flagged
 * category → (flagged only) single-partition repartition → story clustering → CloudEvents headers →
 * {@code alerts} and {@code alerts.<category>}. The alerts topic, read back, feeds the per-rule feedback counts
 * ({@link FeedbackTopology}) and the per-window trends ({@link TrendTopology}). The rules come from the rules topic
 * (a global store) and change while running.
 * Every operator is named: the store names fix their changelog topics, so renaming one loses its state.
 */
public final class AlertTopology {
    static final String DEDUP_STORE = "article-dedup-store";
    static final String STORY_STORE = "story-store";
    static final String STORY_REPARTITION = "story-candidates";
    private static final String CHECK = "check-";
    private static final String INVALID = "invalid";
    private static final String VALID = "valid";

    private AlertTopology() {
    }

    /** Pure: loads the rules file named by config.rules() and builds the topology; never starts KafkaStreams. */
    public static Topology build(ProcessorConfig config) {
        return build(config, newswatch.processor.classify.RuleFiles.load(config.rules()), Metrics.globalRegistry);
    }

    public static Topology build(ProcessorConfig config, RuleSet rules, MeterRegistry meters) {
        return build(config, rules, meters, Clock.systemUTC());
    }

    /** Classifies with whatever rules are in force, and keeps them up to date from the rules topic. */
    public static Topology build(ProcessorConfig config, RulesInForce rules, MeterRegistry meters) {
        return build(config, rules, meters, Clock.systemUTC());
    }

    static Topology build(ProcessorConfig config, RuleSet rules, MeterRegistry meters, Clock clock) {
        return build(config, new RulesInForce(ActiveRules.of(rules, config.rules()), config.topics(), meters), meters, clock);
    }

    static Topology build(ProcessorConfig config, RulesInForce rules, MeterRegistry meters, Clock clock) {
        Topics topics = config.topics();
        Verdicts verdicts = new Verdicts(meters);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DEDUP_STORE), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORY_STORE), Serdes.String(), new JsonSerde<>(Story.class)));

        Topic<String, Article> in = topics.articles();
        Map<String, KStream<String, Checked>> checked = builder
                .stream(in.name(), Consumed.with(in.keySerde(), in.valueSerde()).withName("articles-source"))
                .processValues(() -> new ArticleCheck(verdicts), Named.as("check-article"))
                .split(Named.as(CHECK))
                .branch((key, c) -> !c.valid(), Branched.as(INVALID))
                .defaultBranch(Branched.as(VALID));

        checked.get(CHECK + INVALID)
                .mapValues(Checked::deadLetter, Named.as("dead-letter"))
                .to(topics.dlq().name(), Produced.with(topics.dlq().keySerde(), topics.dlq().valueSerde()).withName("dlq-sink"));

        KStream<String, Alert> alerts = checked.get(CHECK + VALID)
                .mapValues(Checked::article, Named.as("valid-article"))
                .process(() -> new Dedup(DEDUP_STORE, config.dedupWindow(), verdicts), Named.as("dedup"), DEDUP_STORE)
                .mapValues(classify(new AlertMaker(rules, verdicts, clock)), Named.as("classify"))
                .filter((url, classified) -> !classified.alerts().isEmpty(), Named.as("flagged"))
                // Classification stays parallel; clustering must see every candidate story, so one partition.
                .repartition(Repartitioned.with(Serdes.String(), Classified.SERDE)
                        .withName(STORY_REPARTITION).withNumberOfPartitions(1))
                .process(() -> new StoryClusterer(STORY_STORE, config.storyWindow(), verdicts), Named.as("cluster-stories"),
                        STORY_STORE)
                .processValues(CloudEventHeaders::new, Named.as("cloudevents-headers"));

        Topic<String, Alert> all = topics.alerts();
        alerts.to(all.name(), Produced.with(all.keySerde(), all.valueSerde()).withName("alerts-sink"));
        BranchedKStream<String, Alert> byCategory = alerts.split(Named.as("category-"));
        // Fixed at build: a category added by a hot reload reaches the all-alerts topic only (RulesInForce warns).
        for (String category : rules.routedCategories()) {
            Topic<String, Alert> out = topics.alerts(category);
            byCategory.branch((key, alert) -> category.equals(alert.category()), Branched.withConsumer(
                    s -> s.to(out.name(), Produced.with(out.keySerde(), out.valueSerde()).withName("alerts-" + category + "-sink")),
                    category));
        }
        byCategory.noDefaultBranch();
        // Read back: rule stats and trends count what subscribers received. One source for both, as Streams lets a
        // topic have only one.
        KStream<String, Alert> alertsTopic = builder.stream(all.name(),
                Consumed.with(all.keySerde(), all.valueSerde()).withName("alerts-topic-source"));
        FeedbackTopology.addTo(builder, alertsTopic, topics, meters, clock);
        TrendTopology.addTo(alertsTopic, config, clock);
        RulesTopology.addTo(builder, topics.rules(), rules);
        return builder.build();
    }

    private static ValueMapperWithKey<String, Article, Classified> classify(AlertMaker maker) {
        return (url, article) -> {
            List<Alert> made = new ArrayList<>();
            maker.apply(url, article).forEach(kv -> made.add(kv.value));
            return new Classified(article, made);
        };
    }
}
