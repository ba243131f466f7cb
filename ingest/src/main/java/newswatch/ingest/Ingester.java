package newswatch.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.common.topic.Topics;
import newswatch.ingest.http.PolitePageFetcher;
import newswatch.ingest.http.SafeHttpClient;
import newswatch.ingest.websub.WebSubSubscriber;
import newswatch.ingest.websub.WebSubs;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
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
    private final FeedPoller poller;
    private final IngestMetrics metrics;
    private final ExecutorService workers;
    private final WebSubSubscriber websub;
    private final ResultPublisher publisher;
    private final Map<String, FeedSpec> feeds = new ConcurrentHashMap<>();
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> polledThisRun = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    public Ingester(NewswatchConfig config, MeterRegistry meters) {
        this.config = config;
        this.topics = config.topics().names();
        this.metrics = new IngestMetrics(meters);
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
        this.producer = new KafkaProducer<>(producerProps, new org.apache.kafka.common.serialization.StringSerializer(),
                new newswatch.common.json.JsonSerde<>(Object.class));
        this.http = new SafeHttpClient(config.ingest());
        this.pages = new PolitePageFetcher(http, config.ingest());
        Clock clock = Clock.systemUTC();
        this.poller = new FeedPoller(http, new ItemArticles(pages, config.ingest(), metrics), config.ingest(), metrics,
                new PollSchedule(config.ingest(), clock, new java.util.SplittableRandom()), clock);
        this.publisher = new ResultPublisher(config, producer, metrics);
        metrics.watchOwnedFeeds(feeds);
        metrics.watchHostQueue(pages::longestHostQueue);
        this.workers = Executors.newFixedThreadPool(config.ingest().threads(), r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        this.websub = config.ingest().websubEnabled() ? WebSubs.subscriber(http, config.ingest(), this::onPush) : null;
    }

    @Override
    public void run() {
        feedsConsumer.subscribe(List.of(topics.feeds().name()), new Assignment());
        try {
            while (running) {
                Set<String> arrived = new java.util.HashSet<>();
                feedsConsumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.value() == null) {
                        feeds.remove(r.key());
                        unsubscribe(r.key());
                    } else if (feeds.put(r.key(), r.value()) == null && !states.containsKey(r.key())) {
                        arrived.add(r.key());
                    }
                });
                loadStates(arrived);
                scheduleDueFeeds(Instant.now());
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
        newswatch.common.topic.TableReader.readTable(config.clientProperties(), topics.feedState(), partitions).forEach((url, state) -> {
            if (arrived.contains(url)) {
                states.putIfAbsent(url, state);
            }
        });
    }

    private void scheduleDueFeeds(Instant now) {
        for (FeedSpec feed : feeds.values()) {
            FeedState state = states.computeIfAbsent(feed.url(), FeedState::initial);
            boolean due = state.nextPoll() == null || !state.nextPoll().isAfter(now)
                    || (config.ingest().pollOnStart() && !polledThisRun.contains(feed.url()));
            if (due && inFlight.add(feed.url())) {
                workers.submit(() -> pollOne(feed, state));
            }
        }
    }

    private void pollOne(FeedSpec feed, FeedState state) {
        try {
            FeedPoller.Result result = poll(feed, state);
            publish(feed, state, result);
            if (websub != null && result.hub() != null && result.movedTo() == null && feeds.containsKey(feed.url())) {
                websub.subscribe(feed.url(), result.hub());
            }
        } finally {
            polledThisRun.add(feed.url());
            inFlight.remove(feed.url());
        }
    }

    private void onPush(String feedUrl, byte[] body) {
        try {
            workers.submit(() -> pushOne(feedUrl, body));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.info("feed {}: WebSub push after shutdown ignored", feedUrl);
        }
    }

    /** A WebSub push: handled like a poll of the pushed body, unless a poll of that feed is running right now. */
    private void pushOne(String feedUrl, byte[] body) {
        FeedSpec feed = feeds.get(feedUrl);
        if (feed == null) {
            return; // no longer ours: its new owner subscribes on its own
        }
        if (!inFlight.add(feedUrl)) {
            // Selecting new items from one state twice at once would send them twice; the poll covers this push.
            LOG.info("feed {}: WebSub push skipped, a poll of it is running", feedUrl);
            return;
        }
        try {
            FeedState state = states.getOrDefault(feedUrl, FeedState.initial(feedUrl));
            publish(feed, state, poller.pushed(feed, state, body));
        } finally {
            inFlight.remove(feedUrl);
        }
    }

    private void publish(FeedSpec feed, FeedState before, FeedPoller.Result result) {
        FeedState kept = publisher.publish(feed, before, result);
        if (kept == null) {
            feeds.remove(feed.url());
            states.remove(feed.url());
        } else if (feeds.containsKey(feed.url())) {
            states.put(feed.url(), kept);
        }
    }

    private FeedPoller.Result poll(FeedSpec feed, FeedState state) {
        try {
            return poller.poll(feed, state);
        } catch (RuntimeException e) {
            LOG.error("feed {}: unexpected failure, backing off", feed.url(), e);
            return poller.crashed(feed, state, e);
        }
    }

    private void unsubscribe(String feedUrl) {
        if (websub != null) {
            websub.unsubscribe(feedUrl);
        }
    }

    /** Feeds this instance has polled at least once since it started (for the demo's completion check). */
    public Set<String> polledFeeds() {
        return Set.copyOf(polledThisRun);
    }

    /** The feeds this instance currently owns. */
    public Set<String> ownedFeeds() {
        return Set.copyOf(feeds.keySet());
    }

    private final class Assignment implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            List<Integer> numbers = partitions.stream().map(TopicPartition::partition).toList();
            states.putAll(newswatch.common.topic.TableReader.readTable(config.clientProperties(), topics.feedState(), numbers));
            // Compacted: always re-read the whole partitions, the table is the topic.
            feedsConsumer.seekToBeginning(partitions);
            LOG.info("ingest owns feed partitions {}", numbers);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Set<Integer> lost = new java.util.HashSet<>(partitions.stream().map(TopicPartition::partition).toList());
            int count = config.topics().partitions();
            java.util.function.Predicate<String> isLost = url -> lost.contains(FeedPartitions.of(url, count));
            List<String> leaving = feeds.keySet().stream().filter(isLost).toList();
            // Out of the feed map first, so no new poll or push of them starts while we wait.
            leaving.forEach(feeds::remove);
            leaving.forEach(Ingester.this::unsubscribe);
            // The next owner reads feed-state as soon as it is assigned: finish our polls of these feeds and get their
            // state written first, or it would start from older state and send those items again.
            awaitPolls(isLost);
            producer.flush();
            states.keySet().removeIf(isLost);
        }
    }

    private void awaitPolls(java.util.function.Predicate<String> feedsOfInterest) {
        long deadline = System.nanoTime() + HANDOVER_WAIT.toNanos();
        while (inFlight.stream().anyMatch(feedsOfInterest)) {
            if (System.nanoTime() > deadline) {
                LOG.warn("polls of handed-over feeds still running after {}; their items may be sent twice", HANDOVER_WAIT);
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void shutdown() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(HANDOVER_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // State before leaving the group: the instance taking our feeds over must find it.
        producer.flush();
        feeds.keySet().forEach(this::unsubscribe);
        if (websub != null) {
            websub.close();
        }
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
