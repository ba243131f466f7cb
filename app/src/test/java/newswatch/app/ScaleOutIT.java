package newswatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.json.Json;
import newswatch.common.model.Article;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processor+sink instances share the partitions; when one stops, the other delivers everything. */
class ScaleOutIT {
    @TempDir
    Path dir;

    @Test
    void instancesShareTheWorkAndTheSurvivorTakesOverWithoutLossOrDuplicates() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            SimpleMeterRegistry metersA = new SimpleMeterRegistry();
            SimpleMeterRegistry metersB = new SimpleMeterRegistry();
            Pipeline a = Pipeline.start(config(kafka, "a"), EnumSet.of(Pipeline.Role.PROCESS, Pipeline.Role.SINK), List.of(), metersA);
            Pipeline b = Pipeline.start(config(kafka, "b"), EnumSet.of(Pipeline.Role.PROCESS, Pipeline.Role.SINK), List.of(), metersB);
            try {
                publish(kafka, 0, 30);
                await().atMost(Duration.ofSeconds(120)).until(() -> alertIds().size() == 15);
                assertThat(count(metersA, "newswatch.processor.articles")).isPositive();
                assertThat(count(metersB, "newswatch.processor.articles")).isPositive();

                a.close();
                publish(kafka, 30, 60);

                await().atMost(Duration.ofSeconds(120)).until(() -> alertIds().size() == 30);
            } finally {
                a.close();
                b.close();
            }
            List<String> ids = alertIds();
            assertThat(ids).doesNotHaveDuplicates().hasSize(30);
        }
    }

    private NewswatchConfig config(EmbeddedKafka kafka, String instance) {
        return NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "data-dir", dir.resolve(instance).toString(),
                "processor.rules", "../conf/rules.yaml",
                "sink.sql.enabled", "false",
                "sink.web.enabled", "false")));
    }

    /** Every other article is about a defection, so [from, to) yields (to - from) / 2 alerts. */
    private void publish(EmbeddedKafka kafka, int from, int to) throws Exception {
        try (var producer = new KafkaProducer<String, Article>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new newswatch.common.json.JsonSerde<>(Article.class))) {
            for (int i = from; i < to; i++) {
                String url = "https://news.example/story-" + i;
                String text = i % 2 == 0
                        ? "A North Korean soldier defected across the military demarcation line to South Korea on day " + i + ", officials said."
                        : "The central bank left interest rates unchanged on day " + i + ", citing steady inflation.";
                producer.send(new ProducerRecord<>("newswatch.articles", url, new Article(Article.SCHEMA_VERSION, url, url, url,
                        "https://news.example/feed", "Example", "Story " + i, text, "page", "en", Instant.now(), Instant.now())));
            }
            producer.flush();
        }
    }

    private List<String> alertIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String instance : List.of("a", "b")) {
            Path file = dir.resolve(instance).resolve("alerts/alerts.jsonl");
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    ids.add(Json.MAPPER.readTree(line).get("alertId").asText());
                }
            }
        }
        return ids;
    }

    private static double count(SimpleMeterRegistry meters, String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
