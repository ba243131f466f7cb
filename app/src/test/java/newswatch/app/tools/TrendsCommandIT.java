package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

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
import newswatch.common.model.Trend;
import newswatch.common.topic.Topic;
import newswatch.common.topic.TopicAdmin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newswatch trends} against a real broker: the latest record per window, filtered and limited. */
class TrendsCommandIT {
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
    void printsTheLatestCountOfEachWindowNewestFirst() {
        NewswatchConfig config = config("listed");
        TopicAdmin.ensure(config, List.of());
        publish(config, trend("defection", NOON, 1), trend("defection", NOON, 2), trend("human-rights", NOON, 1),
                trend("defection", NOON.minus(Duration.ofHours(1)), 4));

        Result all = run("listed", "trends");
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(rows(all.out())).containsExactly(
                "2026-11-28T12:00:00Z defection 2",
                "2026-11-28T12:00:00Z human-rights 1",
                "2026-11-28T11:00:00Z defection 4");

        Result one = run("listed", "trends", "--category", "defection", "--last", "1");
        assertThat(rows(one.out())).containsExactly("2026-11-28T12:00:00Z defection 2");
    }

    @Test
    void saysSoWhenThereIsNothingYetAndRefusesAnEmptyLast() {
        TopicAdmin.ensure(config("empty"), List.of());

        Result none = run("empty", "trends");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).contains("no trends on empty.trends yet");

        Result bad = run("empty", "trends", "--last", "0");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--last must be at least 1");
    }

    private static NewswatchConfig config(String prefix) {
        return NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(),
                "data-dir", dir.toString(), "topics.prefix", prefix + ".")));
    }

    private static void publish(NewswatchConfig config, Trend... trends) {
        Topic<String, Trend> topic = config.topics().names().trends();
        try (var producer = new KafkaProducer<>(config.clientProperties(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (Trend t : trends) {
                producer.send(new ProducerRecord<>(topic.name(), Trend.key(t.category(), t.windowStart()), t));
            }
            producer.flush();
        }
    }

    private static Trend trend(String category, Instant start, long stories) {
        return new Trend(Trend.SCHEMA_VERSION, category, start, start.plus(Duration.ofHours(1)), stories, stories, 1,
                List.of(new Trend.Count("North Korea", stories)), List.of(), start);
    }

    /** Window start, category and stories of each printed row. */
    private static List<String> rows(String out) {
        List<String> rows = new ArrayList<>();
        out.lines().skip(1).map(l -> l.trim().split("\\s+")).forEach(f -> rows.add(f[0] + " " + f[1] + " " + f[2]));
        return rows;
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String prefix, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--data", dir.toString(), "--set", "topics.prefix=" + prefix + "."));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }
}
