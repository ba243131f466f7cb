package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.model.Trend;
import newswatch.common.topic.TableReader;
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

/** On a real broker with exactly-once: a story and a copy of it from another outlet make one story, two copies. */
class TrendsIT {
    @TempDir
    Path dir;

    @Test
    void theTrendsTableCountsAStoryOnceItsCopiesTwiceAndBothSources() throws Exception {
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
            try (ProcessorService service = new ProcessorService(config, new SimpleMeterRegistry());
                    KafkaConsumer<String, Alert> defection = consumer(config, topics.alerts("defection"))) {
                service.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> service.state() == KafkaStreams.State.RUNNING);
                StoryTexts wire = StoryTexts.load("soldier-wire");
                StoryTexts copy = StoryTexts.load("soldier-copy");
                produce(config, topics.articles(), Articles.article("https://wire.test/soldier", "Asia Wire", wire.title(), wire.text()));
                List<Alert> received = new ArrayList<>();
                // the copy must reach the clusterer after the story it joins
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    defection.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.value()));
                    assertThat(received).hasSize(1);
                });
                produce(config, topics.articles(),
                        Articles.article("https://daily.test/soldier-defects", "Daily Seoul", copy.title(), copy.text()));

                Instant alerted = received.get(0).timestamps().alerted();
                Instant windowStart = alerted.truncatedTo(ChronoUnit.HOURS);
                String key = Trend.key("defection", windowStart);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    Map<String, Trend> table = TableReader.readTable(config.clientProperties(), topics.trends());
                    assertThat(table).containsKey(key);
                    Trend trend = table.get(key);
                    assertThat(trend.copies()).isEqualTo(2);
                    assertThat(trend.stories()).isEqualTo(1);
                    assertThat(trend.sources()).isEqualTo(2);
                    assertThat(trend.windowEnd()).isEqualTo(windowStart.plus(Duration.ofHours(1)));
                    assertThat(trend.topTerms()).isNotEmpty();
                });
                assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        }
    }

    private static void produce(NewswatchConfig config, Topic<String, Article> topic, Article article) {
        try (var producer = new KafkaProducer<>(config.clientProperties(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), article.canonicalUrl(), article));
            producer.flush();
        }
    }

    private static KafkaConsumer<String, Alert> consumer(NewswatchConfig config, Topic<String, Alert> topic) {
        Map<String, Object> props = config.clientProperties();
        props.put("group.id", "trends-it");
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        consumer.subscribe(List.of(topic.name()));
        return consumer;
    }
}
