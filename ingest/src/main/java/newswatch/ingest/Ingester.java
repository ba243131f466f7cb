package newswatch.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.FeedSpec;
import newswatch.common.topic.TableReader;
import newswatch.common.topic.Topics;
import newswatch.ingest.http.PolitePageFetcher;
import newswatch.ingest.http.SafeHttpClient;
import newswatch.ingest.websub.WebSubs;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service. Instances in one consumer group share the feeds topic; each polls the feeds of the
 * partitions it owns, resuming from the per-feed state in {@code newswatch.feed-state} (same keys and partition
 * count as the feeds topic, so a feed's state lives in the partition of the same number).
 */
public final class Ingester implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    // Bounded so a stuck poll cannot hold a rebalance past max.poll.interval.ms (5 min by default).
    private static final Duration HANDOVER_WAIT = Duration.ofSeconds(60);

    private final NewswatchConfig config;
    private final Topics topics;
    private final KafkaConsumer<String, FeedSpec> feedsConsumer;
    private final KafkaProducer<String, Object> producer;
    private final SafeHttpClient http;
    private final PolitePageFetcher pages;
    private final OwnedFeeds owned;
    private volatile boolean running = true;

    public Ingester(NewswatchConfig config, MeterRegistry meters) {
        this.config = config;
        this.topics = config.topics().names();
        IngestMetrics metrics = new IngestMetrics(meters);
        Map<String, Object> consumerProps = new HashMap<>(config.clientProperties());
        consumerProps.put("group.id", config.ingest().groupId());
        consumerProps.put("enable.auto.commit", "false");
        consumerProps.put("auto.offset.reset", "earliest");
        this.feedsConsumer = new KafkaConsumer<>(consumerProps, topics.feeds().keySerde().deserializer(),
                topics.feeds().valueSerde().deserializer());
        Map<String, Object> producerProps = new HashMap<>(config.clientProperties());
        producerProps.put("acks", "all");
        producerProps.put("enable.idempotence", "true");
        producerProps.put("compression.type", "lz4");
        this.producer = new KafkaProducer<>(producerProps, new StringSerializer(), new JsonSerde<>(Object.class));
        this.http = new SafeHttpClient(config.ingest());
        this.pages = new PolitePageFetcher(http, config.ingest());
        Clock clock = Clock.systemUTC();
        FeedPoller poller = new FeedPoller(http, new ItemArticles(pages, config.ingest(), metrics), config.ingest(), metrics,
                new PollSchedule(config.ingest(), clock, new SplittableRandom()), clock);
        this.owned = new OwnedFeeds(poller, new ResultPublisher(config, producer, metrics), config.ingest().threads(),
                config.ingest().pollOnStart());
        if (config.ingest().websubEnabled()) {
            owned.useWebSub(WebSubs.subscriber(http, config.ingest(), owned::onPush));
        }
        metrics.watchOwnedFeeds(owned.feedView());
        metrics.watchHostQueue(pages::longestHostQueue);
    }

    @Override
    public void run() {
        feedsConsumer.subscribe(List.of(topics.feeds().name()), new Assignment());
        try {
            while (running) {
                Set<String> arrived = new HashSet<>();
                feedsConsumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.value() == null) {
                        owned.remove(r.key());
                    } else if (owned.put(r.value())) {
                        arrived.add(r.key());
                    }
                });
                loadStates(arrived);
                owned.scheduleDue(Instant.now());
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            shutdown();
        }
    }

    /**
     * State of feeds that appeared after our partitions were assigned: a feed moved to a new URL carries its state
     * over under the new key, written before the feed itself, so it is found here instead of starting afresh.
     */
    private void loadStates(Set<String> arrived) {
        if (arrived.isEmpty()) {
            return;
        }
        int count = config.topics().partitions();
        List<Integer> partitions = arrived.stream().map(u -> FeedPartitions.of(u, count)).distinct().toList();
        TableReader.readTable(config.clientProperties(), topics.feedState(), partitions).forEach((url, state) -> {
            if (arrived.contains(url)) {
                owned.putStateIfAbsent(url, state);
            }
        });
    }

    /** Feeds this instance has polled at least once since it started (for the demo's completion check). */
    public Set<String> polledFeeds() {
        return owned.polled();
    }

    /** The feeds this instance currently owns. */
    public Set<String> ownedFeeds() {
        return owned.owned();
    }

    private final class Assignment implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            List<Integer> numbers = partitions.stream().map(TopicPartition::partition).toList();
            owned.putStates(TableReader.readTable(config.clientProperties(), topics.feedState(), numbers));
            // Compacted: always re-read the whole partitions, the table is the topic.
            feedsConsumer.seekToBeginning(partitions);
            LOG.info("ingest owns feed partitions {}", numbers);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Set<Integer> lost = new HashSet<>(partitions.stream().map(TopicPartition::partition).toList());
            int count = config.topics().partitions();
            Predicate<String> isLost = url -> lost.contains(FeedPartitions.of(url, count));
            // The next owner reads feed-state as soon as it is assigned: finish our polls of these feeds and get their
            // state written first, or it would start from older state and send those items again.
            owned.handOver(isLost, HANDOVER_WAIT);
            producer.flush();
            owned.forget(isLost);
        }
    }

    private void shutdown() {
        owned.stop(HANDOVER_WAIT);
        // State before leaving the group: the instance taking our feeds over must find it.
        producer.flush();
        feedsConsumer.close();
        producer.close(Duration.ofSeconds(5));
        pages.close();
        http.close();
    }

    @Override
    public void close() {
        running = false;
        feedsConsumer.wakeup();
    }
}
