package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.model.RuleUpdate;
import newswatch.common.topic.RuleTopic;
import newswatch.common.topic.Topic;
import newswatch.common.topic.Topics;
import newswatch.processor.reload.RulesInForce;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor on a real broker takes up rule sets published to the rules topic while it runs, and at start. */
class RulesReloadIT {
    static final Duration PICKED_UP = Duration.ofSeconds(15);

    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void aRuleSetPublishedWhileRunningDecidesTheNextArticlesWithoutRestart() throws Exception {
        NewswatchConfig config = config("running");
        createTopics(config, List.of("defection", "human-rights"));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (ProcessorService service = new ProcessorService(config, meters);
                KafkaConsumer<String, Alert> alerts = consumer(config)) {
            service.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> service.state() == KafkaStreams.State.RUNNING);
            produce(config, recall("https://example.org/recall-1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> count(meters, "newswatch.processor.articles", "verdict", "not-relevant") == 1);

            publishRaw(config, "{not json");
            RuleTopic.publish(config, published(RulesHotReloadTest.V2.replace("threshold: 1", "treshold: 1")));
            RuleTopic.publish(config, published(RulesHotReloadTest.V2));
            await().atMost(PICKED_UP).until(() -> count(meters, RulesInForce.UPDATES, "outcome", "applied") == 1);
            produce(config, recall("https://example.org/recall-2"));

            List<Alert> received = new ArrayList<>();
            await().atMost(PICKED_UP).untilAsserted(() -> {
                alerts.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.value()));
                assertThat(received).extracting(Alert::category).containsExactlyInAnyOrder("defection", "recalls");
            });
            assertThat(received).allSatisfy(a -> {
                assertThat(a.article().url()).isEqualTo("https://example.org/recall-2");
                assertThat(a.explanation().ruleVersion()).isEqualTo(RulesHotReloadTest.RULES_V2.version());
            });
            assertThat(count(meters, RulesInForce.UPDATES, "outcome", "rejected")).as("unreadable JSON and invalid rules").isEqualTo(2);
            assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    @Test
    void startsWithTheLatestPublishedRulesAndRoutesTheirCategories() throws Exception {
        NewswatchConfig config = config("restarted");
        createTopics(config, List.of("defection", "recalls"));
        RuleTopic.publish(config, published(RulesHotReloadTest.V1));
        RuleTopic.publish(config, published(RulesHotReloadTest.V2));
        assertThat(RuleTopic.latest(config)).get().extracting(RuleUpdate::yaml).isEqualTo(RulesHotReloadTest.V2);

        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (ProcessorService service = new ProcessorService(config, meters);
                KafkaConsumer<String, Alert> recalls = consumer(config, config.topics().names().alerts("recalls"))) {
            service.start();
            produce(config, recall("https://example.org/recall-3"));
            List<Alert> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                recalls.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.value()));
                assertThat(received).extracting(a -> a.explanation().ruleVersion()).containsExactly(RulesHotReloadTest.RULES_V2.version());
            });
        }
    }

    @Test
    void noRulesTopicMeansNoPublishedRules() {
        assertThat(RuleTopic.latest(config("absent"))).isEmpty();
    }

    private static NewswatchConfig config(String name) {
        return NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                "data-dir", dir.resolve(name).toString(),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "topics.prefix", name + ".",
                "processor.application-id", "processor-" + name,
                "processor.rules", "../conf/rules.yaml",
                "processor.processing-guarantee", "exactly_once_v2",
                "processor.commit-interval", "100ms")));
    }

    private static void createTopics(NewswatchConfig config, List<String> categories) throws Exception {
        try (Admin admin = Admin.create(config.clientProperties())) {
            List<NewTopic> create = new ArrayList<>();
            for (Topic<String, ?> t : config.topics().names().all(categories)) {
                create.add(new NewTopic(t.name(), 1, (short) 1));
            }
            admin.createTopics(create).all().get();
        }
    }

    private static RuleUpdate published(String yaml) {
        return new RuleUpdate(RuleUpdate.SCHEMA_VERSION, "as published", yaml, Map.of(), "test.yaml", "tester", Instant.now());
    }

    private static Article recall(String url) {
        return Articles.article(url, "Recall", Articles.IRRELEVANT_TEXT);
    }

    private static void produce(NewswatchConfig config, Article article) {
        Topic<String, Article> topic = config.topics().names().articles();
        try (var producer = new KafkaProducer<>(config.clientProperties(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), article.canonicalUrl(), article));
        }
    }

    private static void publishRaw(NewswatchConfig config, String value) {
        try (var producer = new KafkaProducer<>(config.clientProperties(), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(config.topics().names().rules().name(),
                    RuleUpdate.KEY.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static KafkaConsumer<String, Alert> consumer(NewswatchConfig config) {
        return consumer(config, config.topics().names().alerts());
    }

    private static KafkaConsumer<String, Alert> consumer(NewswatchConfig config, Topic<String, Alert> topic) {
        Map<String, Object> props = config.clientProperties();
        props.put("group.id", "rules-it-" + topic.name());
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        consumer.subscribe(List.of(topic.name()));
        return consumer;
    }

    private static double count(SimpleMeterRegistry meters, String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
