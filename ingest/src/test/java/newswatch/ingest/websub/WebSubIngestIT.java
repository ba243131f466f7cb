package newswatch.ingest.websub;

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
import java.util.concurrent.atomic.AtomicInteger;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Article;
import newswatch.common.model.FeedSpec;
import newswatch.common.topic.TopicAdmin;
import newswatch.ingest.FeedCatalog;
import newswatch.ingest.Ingester;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed advertising a hub: the ingester subscribes after its first poll and sends pushed items without polling. */
class WebSubIngestIT {
    @TempDir
    Path dir;

    private static String rss(String hub, String... guids) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>"
                + "<title>Pushed</title><atom:link rel=\"hub\" href=\"" + hub + "\"/>");
        for (String g : guids) {
            xml.append("<item><guid isPermaLink=\"false\">").append(g).append("</guid><title>Story ").append(g)
                    .append("</title><description>About ").append(g).append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Test
    void pushedItemsAreSentOnceAndForgedPushesIgnored() throws Exception {
        try (LoopbackHub hub = new LoopbackHub(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            AtomicInteger feedHits = new AtomicInteger();
            HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] first = rss(hub.url(), "a").getBytes(StandardCharsets.UTF_8);
            site.createContext("/feed", ex -> {
                feedHits.incrementAndGet();
                ex.sendResponseHeaders(200, first.length);
                ex.getResponseBody().write(first);
                ex.close();
            });
            site.start();
            String hubHost = hub.url().substring("http://".length(), hub.url().indexOf("/hub"));
            NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(), "topics.partitions", "1",
                    "ingest.poll-interval", "1h", "ingest.fetch-pages", "false",
                    "ingest.allow-private-hosts", "127.0.0.1:" + site.getAddress().getPort() + "," + hubHost,
                    "ingest.websub.enabled", "true", "ingest.websub.host", "127.0.0.1", "ingest.websub.port", "0",
                    "data-dir", dir.resolve("data").toString())));
            TopicAdmin.ensure(config, List.of());
            String feedUrl = "http://127.0.0.1:" + site.getAddress().getPort() + "/feed";
            FeedCatalog.add(config, List.of(FeedSpec.of(feedUrl, "Pushed")));
            Ingester ingester = new Ingester(config, new SimpleMeterRegistry());
            Thread thread = new Thread(ingester, "ingest-websub");
            thread.start();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> !hub.verified.isEmpty());
                LoopbackHub.Sub sub = hub.verified.get(0);
                assertThat(sub.topic()).isEqualTo(feedUrl);
                await().atMost(Duration.ofSeconds(30)).until(() -> articleIds(config).contains("a"));

                byte[] pushed = rss(hub.url(), "b", "a").getBytes(StandardCharsets.UTF_8);
                byte[] forged = rss(hub.url(), "evil").getBytes(StandardCharsets.UTF_8);
                assertThat(hub.publish(sub.callback(), forged, Signature.sign("guess", forged))).isEqualTo(202);
                assertThat(hub.publish(sub.callback(), pushed, Signature.sign(sub.secret(), pushed))).isEqualTo(202);
                await().atMost(Duration.ofSeconds(30)).until(() -> articleIds(config).contains("b"));
                assertThat(feedHits.get()).isEqualTo(1);
            } finally {
                ingester.close();
                thread.join(Duration.ofSeconds(90).toMillis());
                site.stop(0);
            }
            assertThat(articleIds(config)).containsExactly("a", "b");
            assertThat(hub.requests).extracting(LoopbackHub.Sub::mode).containsExactly("subscribe", "unsubscribe");
        }
    }

    private static List<String> articleIds(NewswatchConfig config) {
        var topic = config.topics().names().articles();
        List<String> ids = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config.clientProperties(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> tps = List.of(new TopicPartition(topic.name(), 0));
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps);
            while (consumer.position(tps.get(0)) < end.get(tps.get(0))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> ids.add(((Article) r.value()).itemId()));
            }
        }
        return ids.stream().sorted().toList();
    }
}
