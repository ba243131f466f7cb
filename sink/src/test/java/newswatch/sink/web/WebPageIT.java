package newswatch.sink.web;

import static newswatch.sink.web.TestAlerts.defection;
import static newswatch.sink.web.TestAlerts.humanRights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.model.FeedState;
import newswatch.common.model.Feedback;
import newswatch.common.topic.TopicAdmin;
import newswatch.sink.JsonlAlertWriter;
import newswatch.sink.SinkService;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page wired as the sink wires it: alerts from the topic reach an open page, feedback reaches the topic. */
class WebPageIT {
    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void alertOnTheTopicReachesTheOpenPageWithinASecondAndFeedbackReachesItsTopic() throws Exception {
        NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(), "topics.prefix", "w1.", "sink.group-id", "web-it",
                "data-dir", dir.resolve("data").toString(), "sink.web.port", "0")));
        TopicAdmin.ensure(config, List.of("defection"));
        Files.createDirectories(config.sink().jsonlPath().getParent());
        Files.writeString(config.sink().jsonlPath(), Json.write(humanRights("earlier", "Report from before the restart")) + "\n");
        // Rotated yesterday by the JSONL writer: still part of what the page starts with.
        Files.writeString(config.sink().jsonlPath().resolveSibling("alerts-"
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + ".jsonl"),
                Json.write(humanRights("yesterday", "Report rotated out of the current file")) + "\n");
        List<FeedState> feeds = List.of(FeedState.initial("https://feeds.example/rss"));

        WebPage page = WebPage.start(config, () -> feeds);
        SinkService sink = new SinkService(config, new SimpleMeterRegistry(),
                List.of(new JsonlAlertWriter(config.sink().jsonlPath()), page));
        Thread sinkThread = new Thread(sink, "sink-web-it");
        sinkThread.start();
        try (var producer = new KafkaProducer<>(config.clientProperties(),
                config.topics().names().alerts().keySerde().serializer(), config.topics().names().alerts().valueSerde().serializer())) {
            URI uri = page.uri().orElseThrow();
            assertThat(get(uri.resolve("/api/alerts")).body()).contains("\"earlier\"").contains("\"yesterday\"");
            assertThat(get(uri.resolve("/feeds")).body()).contains("https://feeds.example/rss");
            BlockingQueue<String> events = listen(uri, page);

            send(producer, config, defection("warm-up", "Sink has joined its group"));
            assertThat(events.poll(30, TimeUnit.SECONDS)).contains("warm-up");

            Alert alert = defection("a1", "Defector reaches Seoul");
            send(producer, config, alert);
            long sent = System.nanoTime();
            String event = events.poll(5, TimeUnit.SECONDS);
            Duration latency = Duration.ofNanos(System.nanoTime() - sent);
            assertThat(event).isNotNull();
            assertThat(Json.MAPPER.readValue(event.substring("data: ".length()), Alert.class)).isEqualTo(alert);
            assertThat(latency).as("topic to page").isLessThan(Duration.ofSeconds(1));

            send(producer, config, alert);
            send(producer, config, defection("a2", "Second defector"));
            assertThat(events.poll(5, TimeUnit.SECONDS)).as("a replay is not pushed again").contains("\"a2\"");

            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri.resolve("/api/feedback"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"alertId\":\"a1\",\"relevant\":true}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(202);
            assertThat(readFeedback(config)).singleElement().satisfies(f -> {
                assertThat(f.alertId()).isEqualTo("a1");
                assertThat(f.relevant()).isTrue();
                assertThat(f.storyId()).isEqualTo("story-a1");
            });
        } finally {
            sink.close();
            sinkThread.join(15_000);
        }
        assertThat(page.events().clients()).isZero();
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private BlockingQueue<String> listen(URI uri, WebPage page) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(uri.resolve("/api/events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().filter(l -> l.startsWith("data: ")).forEach(lines::add));
        await().atMost(Duration.ofSeconds(5)).until(() -> page.events().clients() == 1);
        return lines;
    }

    private static void send(KafkaProducer<String, Alert> producer, NewswatchConfig config, Alert a) throws Exception {
        producer.send(new ProducerRecord<>(config.topics().names().alerts().name(), a.alertId(), a)).get();
    }

    private static List<Feedback> readFeedback(NewswatchConfig config) {
        var topic = config.topics().names().feedback();
        Map<String, Object> props = config.clientProperties();
        props.put("group.id", "web-it-feedback-reader");
        props.put("auto.offset.reset", "earliest");
        List<Feedback> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
                return !out.isEmpty();
            });
        }
        return out;
    }
}
