package newswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Article;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.common.topic.TopicAdmin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed that moved permanently is re-keyed in the feed list with its state, and its items are not sent again. */
class FeedMoveIT {
    @TempDir
    Path dir;

    @Test
    void permanentlyRedirectedFeedIsRekeyedAndCarriesOn() throws Exception {
        List<String> guids = new CopyOnWriteArrayList<>(List.of("b", "a"));
        AtomicInteger oldHits = new AtomicInteger();
        AtomicInteger newHits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/old", ex -> {
            oldHits.incrementAndGet();
            ex.getResponseHeaders().set("Location", "/new");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/new", ex -> {
            newHits.incrementAndGet();
            StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Moved</title>");
            guids.forEach(g -> xml.append("<item><guid isPermaLink=\"false\">").append(g).append("</guid><title>Story ").append(g)
                    .append("</title><description>About ").append(g).append("</description></item>"));
            byte[] body = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(), "topics.partitions", "3",
                    "ingest.poll-interval", "1s", "ingest.fetch-pages", "false",
                    "ingest.allow-private-hosts", "127.0.0.1:" + server.getAddress().getPort(),
                    "data-dir", dir.resolve("data").toString())));
            TopicAdmin.ensure(config, List.of());
            FeedCatalog.add(config, List.of(FeedSpec.of(base + "/old", "Old name")));
            Ingester ingester = new Ingester(config, new SimpleMeterRegistry());
            Thread thread = new Thread(ingester, "ingest-move");
            thread.start();
            try {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(FeedCatalog.list(config).keySet()).containsExactly(base + "/new"));
                Map<String, FeedState> states = FeedCatalog.states(config);
                assertThat(states).containsOnlyKeys(base + "/new");
                assertThat(states.get(base + "/new").seenIds()).containsExactly("a", "b");
                assertThat(FeedCatalog.list(config).get(base + "/new").title()).isEqualTo("Old name");

                int oldBefore = oldHits.get();
                guids.add(0, "c");
                await().atMost(Duration.ofSeconds(60)).until(() -> articleIds(config).contains("c"));
                assertThat(oldHits.get()).isEqualTo(oldBefore);
                assertThat(newHits.get()).isGreaterThanOrEqualTo(2);
            } finally {
                ingester.close();
                thread.join(Duration.ofSeconds(90).toMillis());
                server.stop(0);
            }
            assertThat(articleIds(config)).containsExactly("a", "b", "c");
        }
    }

    private static List<String> articleIds(NewswatchConfig config) {
        var topic = config.topics().names().articles();
        List<String> ids = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config.clientProperties(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> tps = List.of(new TopicPartition(topic.name(), 0), new TopicPartition(topic.name(), 1),
                    new TopicPartition(topic.name(), 2));
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps);
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> ids.add(((Article) r.value()).itemId()));
            }
        }
        return ids.stream().sorted().toList();
    }
}
