package newswatch.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.Alert;
import newswatch.common.topic.TopicAdmin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkServiceIT {
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

    private NewswatchConfig config(String prefix, String group) {
        return NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(), "topics.prefix", prefix,
                "topics.partitions", "2", "sink.group-id", group, "data-dir", dir.resolve(prefix).toString())));
    }

    private void publish(NewswatchConfig config, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(config.clientProperties(), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(config.topics().names().alerts().name(), key, value)).get();
        }
    }

    private static byte[] json(Alert a) {
        return new JsonSerde<>(Alert.class).serialize("t", a);
    }

    private static Thread run(SinkService sink) {
        Thread t = new Thread(sink, "sink-test");
        t.start();
        return t;
    }

    @Test
    void writesEachAlertOnceAcrossFailuresReplaysAndBadRecords() throws Exception {
        NewswatchConfig config = config("s1.", "sink-a");
        TopicAdmin.ensure(config, List.of("defection"));
        publish(config, "a", json(JsonlAlertWriterTest.alert("a")));
        publish(config, "bad", "{not an alert".getBytes(StandardCharsets.UTF_8));
        publish(config, "b", json(JsonlAlertWriterTest.alert("b")));
        publish(config, "a", json(JsonlAlertWriterTest.alert("a")));

        AtomicInteger failuresLeft = new AtomicInteger(3);
        JsonlAlertWriter file = new JsonlAlertWriter(config.sink().jsonlPath());
        AlertWriter flaky = new AlertWriter() {
            public String name() {
                return "flaky";
            }

            public void write(Alert alert) throws IOException {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IOException("destination down");
                }
                file.write(alert);
            }
        };
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (SinkService sink = new SinkService(config, meters, List.of(flaky))) {
            Thread t = run(sink);
            await().atMost(Duration.ofSeconds(60)).until(() -> lines(config).size() == 2 && dlqCount(config) == 1);
            sink.close();
            t.join(10_000);
        }
        assertThat(meters.counter("newswatch.sink.write.failures", "writer", "flaky").count()).isEqualTo(3);
        assertThat(meters.find("newswatch.alert.latency").tag("from", "fetched").timer().count()).isGreaterThanOrEqualTo(2);

        // Replaying the whole topic under a new consumer group adds no line.
        NewswatchConfig replay = config("s1.", "sink-replay");
        try (SinkService sink = new SinkService(replay, new SimpleMeterRegistry(), List.of(new JsonlAlertWriter(replay.sink().jsonlPath())))) {
            Thread t = run(sink);
            await().atMost(Duration.ofSeconds(60)).until(() -> committed(replay) == 4);
            sink.close();
            t.join(10_000);
        }
        assertThat(lines(config)).hasSize(2);
    }

    @Test
    void aRefusedWebhookDeliveryIsDeadLetteredWithTheResponseAndTheOtherWritersStillWrite() throws Exception {
        NewswatchConfig config = config("s2.", "sink-b");
        TopicAdmin.ensure(config, List.of("defection"));
        publish(config, "k", json(TestAlerts.alert("refused")));
        publish(config, "k", json(TestAlerts.alert("accepted")));
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        try (WebhookReceiver receiver = new WebhookReceiver()
                .then(new WebhookReceiver.Reply(400, Map.of(), "channel archived", 0));
             JdbcAlertWriter sql = new JdbcAlertWriter(config.sink().sql())) {
            var webhook = new WebhookAlertWriter(new newswatch.common.config.Webhook("ops", receiver.url(),
                    newswatch.common.config.Webhook.Format.json, secret), config.sink().webhooks(), new okhttp3.OkHttpClient(),
                    new DeliveryLedger(config.sink().deliveredDb(), config.sink().deliveredRetention(),
                            java.time.Clock.systemUTC(), () -> { }));
            List<AlertWriter> writers = List.of(new JsonlAlertWriter(config.sink().jsonlPath()), webhook, sql);
            try (SinkService sink = new SinkService(config, new SimpleMeterRegistry(), writers)) {
                Thread t = run(sink);
                await().atMost(Duration.ofSeconds(60)).until(() -> committed(config) == 2);
                sink.close();
                t.join(10_000);
            }
            assertThat(receiver.requests).extracting(r -> r.header("webhook-id")).containsExactly("refused", "accepted");
        }
        assertThat(lines(config)).hasSize(2);
        try (var c = java.sql.DriverManager.getConnection(config.sink().sql().url());
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM alerts")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the SQL writer comes after the refusing webhook and still gets both").isEqualTo(2);
        }
        List<String> letters = dlqValues(config);
        assertThat(letters).hasSize(1);
        var letter = newswatch.common.json.Json.MAPPER.readTree(letters.get(0));
        assertThat(letter.path("error").asText()).contains("webhook:ops", "HTTP 400", "channel archived");
        assertThat(newswatch.common.json.Json.MAPPER.readTree(letter.path("payload").asText()).path("alertId").asText())
                .isEqualTo("refused");
    }

    @Test
    void alertsHeldForADigestAreCommittedAndStillSentOnceAfterTheSinkStopped() throws Exception {
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(), "topics.prefix", "s4.", "topics.partitions", "2",
                    "sink.group-id", "sink-digest", "data-dir", dir.resolve("s4.").toString(),
                    "sink.webhooks", "url=" + receiver.url() + " secret=" + secret + " id=chat digest=1h")));
            TopicAdmin.ensure(config, List.of("defection"));
            for (int i = 0; i < 6; i++) {
                publish(config, "k" + i, json(TestAlerts.alert("d" + i)));
            }
            List<AlertWriter> writers = AlertWriters.fromConfig(config.sink(), new okhttp3.OkHttpClient(), new SimpleMeterRegistry());
            try (SinkService sink = new SinkService(config, new SimpleMeterRegistry(), writers)) {
                Thread t = run(sink);
                await().atMost(Duration.ofSeconds(60)).until(() -> committed(config) == 6);
                sink.close();
                t.join(10_000);
            }
            assertThat(receiver.requests).as("every alert waits for the hourly digest").isEmpty();

            var later = new WebhookAlertWriterTest.MutableClock(java.time.Instant.now().plus(Duration.ofHours(1)));
            try (DigestWebhookWriter flusher = new DigestWebhookWriter(config.sink().webhooks().destinations().get(0),
                    config.sink().webhooks(), new okhttp3.OkHttpClient(), config.sink().digestDb(), later, null)) {
                assertThat(flusher.flushDue()).isEqualTo(6);
                assertThat(flusher.flushDue()).isZero();
            }
            assertThat(receiver.requests).hasSize(1);
            assertThat(newswatch.common.json.Json.MAPPER.readTree(receiver.requests.get(0).body()).path("count").asInt())
                    .isEqualTo(6);
        }
    }

    private static List<String> dlqValues(NewswatchConfig config) {
        Map<String, Object> props = new java.util.HashMap<>(config.clientProperties());
        props.put("group.id", "dlq-reader-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        List<String> values = new java.util.ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(config.topics().names().dlq().name()));
            for (int i = 0; i < 6; i++) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }

    private static List<String> lines(NewswatchConfig config) throws IOException {
        Path p = config.sink().jsonlPath();
        return Files.exists(p) ? Files.readAllLines(p) : List.of();
    }

    private static long committed(NewswatchConfig config) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(config.clientProperties())) {
            return admin.listConsumerGroupOffsets(config.sink().groupId()).partitionsToOffsetAndMetadata().get()
                    .values().stream().mapToLong(o -> o == null ? 0 : o.offset()).sum();
        }
    }

    private static int dlqCount(NewswatchConfig config) {
        Map<String, Object> props = new java.util.HashMap<>(config.clientProperties());
        props.put("group.id", "dlq-reader-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(config.topics().names().dlq().name()));
            int n = 0;
            for (int i = 0; i < 6; i++) {
                n += consumer.poll(Duration.ofMillis(300)).count();
            }
            return n;
        }
    }
}
