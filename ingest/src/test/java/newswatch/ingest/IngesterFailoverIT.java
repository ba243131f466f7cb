package newswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Article;
import newswatch.common.model.FeedSpec;
import newswatch.common.topic.TopicAdmin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest instances in one group share six feeds on three partitions; one is stopped and the other takes its
 * feeds over from the feed-state topic. Each feed publishes an item per second and answers slowly, so items keep
 * arriving and polls are in flight across both hand-overs (second instance joining mid-poll, first leaving).
 * <p>
 * What is asserted, per feed: the items on the articles topic are exactly items 0..n with no gap (none lost) and
 * each appears once (no re-send on hand-over). Exactly once holds here because hand-overs are graceful: a revoked
 * instance finishes its polls and flushes their state before the next owner reads it. After a crash the guarantee
 * is weaker (the items of polls whose state was not yet written are sent again: duplicates, never losses); that
 * case is not tested here.
 */
class IngesterFailoverIT {
    private static final int PARTITIONS = 3;

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
    void survivorPollsEveryFeedAndResumesWithoutResending() throws Exception {
        try (GrowingFeedSite site = new GrowingFeedSite(Duration.ofSeconds(1), 30, Duration.ofMillis(1500))) {
            List<String> names = twoFeedsPerPartition(site);
            NewswatchConfig config = config(site.allowEntry());
            TopicAdmin.ensure(config, List.of());
            FeedCatalog.add(config, names.stream().map(n -> FeedSpec.of(site.url(n), n)).toList());

            Ingester first = new Ingester(config, new SimpleMeterRegistry());
            SimpleMeterRegistry secondMeters = new SimpleMeterRegistry();
            Ingester second = new Ingester(config, secondMeters);
            Thread firstThread = start(first, "ingest-a");
            Thread secondThread = null;
            try {
                // The second instance joins while the first is mid-poll: the first hand-over (scale-out).
                await().atMost(Duration.ofSeconds(60)).until(() -> names.stream().allMatch(n -> site.requests(n) >= 2));
                secondThread = start(second, "ingest-b");
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(first.ownedFeeds()).isNotEmpty();
                    assertThat(second.ownedFeeds()).isNotEmpty();
                    assertThat(union(first, second)).hasSize(names.size());
                });
                Map<String, Integer> shared = names.stream().collect(Collectors.toMap(n -> n, site::requests));
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        names.forEach(n -> assertThat(site.requests(n)).as(n).isGreaterThanOrEqualTo(shared.get(n) + 2)));

                // The second hand-over (failover).
                first.close();
                firstThread.join(Duration.ofSeconds(90).toMillis());
                assertThat(firstThread.isAlive()).isFalse();
                Map<String, Integer> atStop = names.stream().collect(Collectors.toMap(n -> n, site::requests));

                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(second.ownedFeeds()).hasSize(names.size()));
                assertThat(secondMeters.get("newswatch.ingest.feeds.owned").gauge().value()).isEqualTo(names.size());
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        names.forEach(n -> assertThat(site.requests(n)).as(n).isGreaterThanOrEqualTo(atStop.get(n) + 3)));
            } finally {
                first.close();
                second.close();
                firstThread.join(Duration.ofSeconds(90).toMillis());
                if (secondThread != null) {
                    secondThread.join(Duration.ofSeconds(90).toMillis());
                }
            }

            assertThat(secondMeters.get("newswatch.ingest.feed.polls").tag("outcome", "ok").counter().count()).isPositive();
            assertThat(secondMeters.get("newswatch.ingest.feed.fetch").timer().count()).isPositive();
            Map<String, List<String>> itemsByFeed = articlesByFeed(config);
            assertThat(itemsByFeed.keySet()).containsExactlyInAnyOrderElementsOf(names.stream().map(site::url).toList());
            for (String n : names) {
                List<String> got = itemsByFeed.get(site.url(n));
                List<String> expected = new ArrayList<>();
                for (int k = 0; k < got.size(); k++) {
                    expected.add(n + "-" + k);
                }
                assertThat(got).as("items of %s, oldest first, each once and none skipped", n)
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    /** Feed names chosen so every partition holds two feeds: both instances then own some whatever the assignor. */
    private static List<String> twoFeedsPerPartition(GrowingFeedSite site) {
        Map<Integer, Integer> perPartition = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < 2 * PARTITIONS; i++) {
            int p = FeedPartitions.of(site.url("f" + i), PARTITIONS);
            if (perPartition.merge(p, 1, Integer::sum) <= 2) {
                names.add("f" + i);
            }
        }
        return names;
    }

    private static Map<String, List<String>> articlesByFeed(NewswatchConfig config) {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        var topic = config.topics().names().articles();
        Map<String, List<String>> out = new TreeMap<>();
        try (var consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> tps = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                tps.add(new TopicPartition(topic.name(), p));
            }
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps);
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    Article a = r.value();
                    out.computeIfAbsent(a.feedUrl(), k -> new ArrayList<>()).add(a.itemId());
                });
            }
        }
        return out;
    }

    private static List<String> union(Ingester a, Ingester b) {
        List<String> all = new ArrayList<>(a.ownedFeeds());
        all.addAll(b.ownedFeeds());
        return all;
    }

    private static Thread start(Ingester ingester, String name) {
        Thread t = new Thread(ingester, name);
        t.start();
        return t;
    }

    private static NewswatchConfig config(String allowEntry) {
        return NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "topics.prefix", "failover.",
                "topics.partitions", String.valueOf(PARTITIONS),
                "ingest.group-id", "failover-ingest",
                "ingest.poll-interval", "2s",
                "ingest.fetch-pages", "false",
                "ingest.allow-private-hosts", allowEntry,
                "data-dir", dir.resolve("data").toString())));
    }
}
