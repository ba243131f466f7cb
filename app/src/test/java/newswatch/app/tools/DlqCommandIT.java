package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newswatch.app.Main;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.json.Json;
import newswatch.common.model.DeadLetter;
import newswatch.common.topic.Topic;
import newswatch.common.topic.TopicAdmin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newswatch dlq list} and {@code replay} against a real broker. */
class DlqCommandIT {
    static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

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
    void listsEveryDeadLetterWithCountsAndFiltersByStageAndTime() throws Exception {
        NewswatchConfig config = config("listed");
        TopicAdmin.ensure(config, List.of());
        publish(config,
                letter("validate", "listed.articles", "a1", "article has no text", "{\"n\":1}", NOON),
                letter("validate", "listed.articles", "a2", "empty record: no article", null, NOON.plusSeconds(10)),
                letter("sink", "listed.alerts", "s1", "webhook answered 404: not found", "{\"alert\":1}", NOON.plusSeconds(20)));
        publishRaw(config.topics().names().dlq().name(), "x", "not a dead letter");

        Result all = run("listed", "dlq", "list");

        assertThat(all.exit()).as(all.err()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines.subList(0, 3)).satisfiesExactly(
                l -> assertThat(l).startsWith("2026-11-28T12:00:00Z  validate").contains("listed.articles-0@0", "key=a1", "article has no text"),
                l -> assertThat(l).startsWith("2026-11-28T12:00:10Z  validate").contains("key=a2", "empty record: no article"),
                l -> assertThat(l).startsWith("2026-11-28T12:00:20Z  sink").contains("listed.alerts-0@0", "key=s1"));
        assertThat(lines.subList(3, lines.size())).containsExactly(
                "3 of 4 dead letters on listed.dlq selected; 1 unreadable DLQ records ignored",
                "by stage:",
                "       2  validate",
                "       1  sink",
                "by error:",
                "       1  article has no text",
                "       1  empty record",
                "       1  webhook answered 404");

        Result sinkJson = run("listed", "dlq", "list", "--stage", "sink", "--json");
        assertThat(sinkJson.out().lines().toList()).hasSize(1);
        JsonNode node = Json.MAPPER.readTree(sinkJson.out().lines().findFirst().orElseThrow());
        assertThat(node.get("key").asText()).isEqualTo("s1");
        assertThat(node.get("payload").asText()).isEqualTo("{\"alert\":1}");
        assertThat(node.has("dlqPartition")).isTrue();
        assertThat(node.has("dlqOffset")).isTrue();
        assertThat(sinkJson.err()).contains("1 of 4 dead letters on listed.dlq selected");

        Result recent = run("listed", "dlq", "list", "--since", "2026-11-28T12:00:05Z", "--limit", "1");
        assertThat(recent.out().lines().toList()).first().asString().contains("key=s1");
        assertThat(recent.out()).contains("2 of 4 dead letters on listed.dlq selected, the newest 1 shown");
    }

    @Test
    void replaysOnlyWithYesAndOnlyPayloadsThatArePresentWithTheirKeys() {
        NewswatchConfig config = config("replayed");
        TopicAdmin.ensure(config, List.of());
        String articles = config.topics().names().articles().name();
        publish(config,
                letter("validate", articles, "a1", "article has no text", "{\"n\":1}", NOON),
                letter("validate", articles, "a2", "empty record: no article", null, NOON),
                letter("validate", articles, "a3", "article has no canonicalUrl", "{\"n\":3}", NOON),
                letter("sink", "replayed.alerts", "s1", "webhook answered 404", "{\"alert\":1}", NOON));

        Result dry = run("replayed", "dlq", "replay", "--stage", "validate");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("would send 2 of 3 selected dead letters (stage validate); nothing written: add --yes")
                .contains("2  to replayed.articles").contains("1  skipped: " + ReplayPlan.NO_PAYLOAD);
        assertThat(recordsOn(articles)).as("without --yes").isZero();
        Result explicitDry = run("replayed", "dlq", "replay", "--stage", "validate", "--yes", "--dry-run");
        assertThat(explicitDry.out()).contains("would send 2 of 3");
        assertThat(recordsOn(articles)).as("with --dry-run").isZero();

        Result sent = run("replayed", "dlq", "replay", "--stage", "validate", "--yes");

        assertThat(sent.exit()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("sent 2 of 3 selected dead letters (stage validate)");
        List<ConsumerRecord<String, String>> replayed = readAll(articles, 2);
        assertThat(replayed).extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a1", "{\"n\":1}"),
                        org.assertj.core.groups.Tuple.tuple("a3", "{\"n\":3}"));
        assertThat(replayed).allSatisfy(r -> assertThat(r.headers().lastHeader(ReplaySender.FROM_HEADER)).isNotNull());
        assertThat(recordsOn(articles)).isEqualTo(2);
        assertThat(recordsOn("replayed.alerts")).as("other stages stay where they are").isZero();
    }

    @Test
    void aTopicOutsideNewswatchIsRefusedUnlessForced() {
        NewswatchConfig config = config("forced");
        TopicAdmin.ensure(config, List.of());
        publish(config, letter("sink", "forced.alerts", "s1", "webhook answered 404", "{\"alert\":1}", NOON));

        Result typo = run("forced", "dlq", "replay", "--stage", "sink", "--topic", "forced.artcles", "--yes");

        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("--topic forced.artcles is not one of Newswatch's topics").contains("--force-topic");
        Result forced = run("forced", "dlq", "replay", "--stage", "sink", "--topic", "forced.artcles", "--force-topic");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("would send 1 of 1").contains("1  to forced.artcles");
        assertThat(typo.out()).as("refused before anything is read or sent").isEmpty();
    }

    @Test
    void aMissingDlqABadSinceAndAnUnreachableBrokerExitWithTwoAndSayWhat() throws Exception {
        Result missing = run("absent", "dlq", "list");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("the dead-letter topic absent.dlq does not exist on " + kafka.bootstrapServers());

        Result since = run("absent", "dlq", "list", "--since", "yesterday");
        assertThat(since.exit()).isEqualTo(2);
        assertThat(since.err()).contains("--since expects a duration").contains("'yesterday'");

        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Result down = execute("dlq", "replay", "--stage", "sink", "--bootstrap-servers", "127.0.0.1:" + closedPort,
                "--data", dir.toString());
        assertThat(down.exit()).isEqualTo(2);
        assertThat(down.err()).contains("cannot reach Kafka at 127.0.0.1:" + closedPort);
    }

    private static NewswatchConfig config(String prefix) {
        return NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(),
                "data-dir", dir.toString(), "topics.prefix", prefix + ".")));
    }

    private static DeadLetter letter(String stage, String topic, String key, String error, String payload, Instant at) {
        return new DeadLetter(DeadLetter.SCHEMA_VERSION, stage, topic, 0, 0, key, error, payload, at);
    }

    private static void publish(NewswatchConfig config, DeadLetter... letters) {
        Topic<String, DeadLetter> dlq = config.topics().names().dlq();
        try (var producer = new KafkaProducer<>(config.clientProperties(), dlq.keySerde().serializer(), dlq.valueSerde().serializer())) {
            for (DeadLetter d : letters) {
                producer.send(new ProducerRecord<>(dlq.name(), d.key(), d));
            }
            producer.flush();
        }
    }

    private static void publishRaw(String topic, String key, String value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
            producer.flush();
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()), new StringDeserializer(), new StringDeserializer());
    }

    /** Records ever written to the topic, over all its partitions. */
    private static long recordsOn(String topic) {
        try (var consumer = consumer()) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(parts).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = consumer()) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String prefix, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--data", dir.toString(), "--set", "topics.prefix=" + prefix + "."));
        return execute(args.toArray(String[]::new));
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
