package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.topic.Topic;
import newswatch.common.topic.Topics;
import newswatch.processor.story.StoryTexts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorServiceIT {
    @TempDir
    Path dir;

    @Test
    void alertsFromArticlesOnARealBrokerWithExactlyOnce() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                    "data-dir", dir.toString(),
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "processor.rules", "../conf/rules.yaml",
                    "processor.processing-guarantee", "exactly_once_v2",
                    "processor.commit-interval", "100ms")));
            Topics topics = config.topics().names();
            try (Admin admin = Admin.create(config.clientProperties())) {
                List<NewTopic> create = new ArrayList<>();
                for (Topic<String, ?> t : topics.all(List.of("defection", "human-rights"))) {
                    create.add(new NewTopic(t.name(), 1, (short) 1));
                }
                admin.createTopics(create).all().get();
            }
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            try (ProcessorService service = new ProcessorService(config, meters)) {
                service.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> service.state() == KafkaStreams.State.RUNNING);
                produce(config, topics.articles(),
                        Articles.article("https://example.org/a", Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT),
                        Articles.article("https://example.org/b", "Escapee testifies at the UN", Articles.BOTH_TEXT));

                List<Alert> received = new ArrayList<>();
                List<String> types = new ArrayList<>();
                try (KafkaConsumer<String, Alert> consumer = consumer(config, topics.alerts())) {
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                            received.add(r.value());
                            types.add(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
                        });
                        assertThat(received).extracting(Alert::category)
                                .containsExactlyInAnyOrder("defection", "defection", "human-rights");
                    });
                }
                assertThat(types).containsExactlyInAnyOrder(
                        "dev.newswatch.alert.defection", "dev.newswatch.alert.defection", "dev.newswatch.alert.human-rights");
                assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        }
    }

    @Test
    void twoCopiesOfOneStoryFromTwoSourcesYieldOneAlertIdWhoseLastRecordCountsTwoSources() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                    "data-dir", dir.toString(),
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "processor.rules", "../conf/rules.yaml",
                    "processor.processing-guarantee", "exactly_once_v2",
                    "processor.commit-interval", "100ms",
                    "topics.partitions", "2")));
            Topics topics = config.topics().names();
            try (Admin admin = Admin.create(config.clientProperties())) {
                List<NewTopic> create = new ArrayList<>();
                for (Topic<String, ?> t : topics.all(List.of("defection", "human-rights"))) {
                    create.add(new NewTopic(t.name(), 2, (short) 1));
                }
                admin.createTopics(create).all().get();
            }
            try (ProcessorService service = new ProcessorService(config, new SimpleMeterRegistry())) {
                service.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> service.state() == KafkaStreams.State.RUNNING);
                StoryTexts wire = StoryTexts.load("soldier-wire");
                StoryTexts copy = StoryTexts.load("soldier-copy");
                produce(config, topics.articles(),
                        Articles.article("https://wire.test/soldier", "Asia Wire", wire.title(), wire.text()));
                // the classifier's partitions run in parallel: a second send after the first keeps the order asserted
                List<Alert> received = new ArrayList<>();
                try (KafkaConsumer<String, Alert> consumer = consumer(config, topics.alerts("defection"))) {
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.value()));
                        assertThat(received).hasSize(1);
                    });
                    produce(config, topics.articles(),
                            Articles.article("https://daily.test/soldier-defects", "Daily Seoul", copy.title(), copy.text()));
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.value()));
                        assertThat(received).hasSize(2);
                    });
                }
                assertThat(received).extracting(Alert::alertId).containsOnly(received.get(0).alertId());
                Alert last = received.get(1);
                assertThat(last.sources()).isEqualTo(2);
                assertThat(last.related()).extracting(a -> a.url()).containsExactly("https://daily.test/soldier-defects");
            }
        }
    }

    private static void produce(NewswatchConfig config, Topic<String, Article> topic, Article... articles) {
        try (var producer = new KafkaProducer<>(config.clientProperties(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (Article a : articles) {
                producer.send(new ProducerRecord<>(topic.name(), a.canonicalUrl(), a));
            }
            producer.flush();
        }
    }

    private static KafkaConsumer<String, Alert> consumer(NewswatchConfig config, Topic<String, Alert> topic) {
        Map<String, Object> props = config.clientProperties();
        props.put("group.id", "processor-it");
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        consumer.subscribe(List.of(topic.name()));
        return consumer;
    }
}
