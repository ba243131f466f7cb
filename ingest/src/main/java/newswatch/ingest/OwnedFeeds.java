package newswatch.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.ingest.websub.WebSubSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds one ingest instance owns right now, their state, and the worker pool that polls them. Knows nothing of
 * Kafka's group protocol: {@link Ingester} tells it which feeds arrive and which are handed over.
 */
final class OwnedFeeds {
    private static final Logger LOG = LoggerFactory.getLogger(OwnedFeeds.class);

    private final FeedPoller poller;
    private final ResultPublisher publisher;
    private final boolean pollOnStart;
    private final ExecutorService workers;
    private WebSubSubscriber websub;
    private final Map<String, FeedSpec> feeds = new ConcurrentHashMap<>();
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> polledThisRun = ConcurrentHashMap.newKeySet();

    OwnedFeeds(FeedPoller poller, ResultPublisher publisher, int threads, boolean pollOnStart) {
        this.poller = poller;
        this.publisher = publisher;
        this.pollOnStart = pollOnStart;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Set once, before the first poll: the subscriber's push callback needs this object to exist first. */
    void useWebSub(WebSubSubscriber subscriber) {
        this.websub = subscriber;
    }

    Map<String, FeedSpec> feedView() {
        return feeds;
    }

    /** True when the feed is new to this instance and has no state loaded yet. */
    boolean put(FeedSpec feed) {
        return feeds.put(feed.url(), feed) == null && !states.containsKey(feed.url());
    }

    void remove(String feedUrl) {
        feeds.remove(feedUrl);
        unsubscribe(feedUrl);
    }

    void putStates(Map<String, FeedState> loaded) {
        states.putAll(loaded);
    }

    void putStateIfAbsent(String feedUrl, FeedState state) {
        states.putIfAbsent(feedUrl, state);
    }

    void scheduleDue(Instant now) {
        for (FeedSpec feed : feeds.values()) {
            FeedState state = states.computeIfAbsent(feed.url(), FeedState::initial);
            boolean due = state.nextPoll() == null || !state.nextPoll().isAfter(now)
                    || (pollOnStart && !polledThisRun.contains(feed.url()));
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

    private FeedPoller.Result poll(FeedSpec feed, FeedState state) {
        try {
            return poller.poll(feed, state);
        } catch (RuntimeException e) {
            LOG.error("feed {}: unexpected failure, backing off", feed.url(), e);
            return poller.crashed(feed, state, e);
        }
    }

    /** A WebSub push, handed to a worker so the hub's request returns at once. */
    void onPush(String feedUrl, byte[] body) {
        try {
            workers.submit(() -> pushOne(feedUrl, body));
        } catch (RejectedExecutionException e) {
            LOG.info("feed {}: WebSub push after shutdown ignored", feedUrl);
        }
    }

    /** Handled like a poll of the pushed body, unless a poll of that feed is running right now. */
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

    /**
     * Stops owning the matching feeds: no new poll or push of them starts, and running polls finish (their state
     * written by the caller's flush afterwards) within {@code wait}. Their state is dropped by {@link #forget}.
     */
    void handOver(Predicate<String> leaving, Duration wait) {
        List<String> gone = feeds.keySet().stream().filter(leaving).toList();
        gone.forEach(this::remove);
        awaitPolls(leaving, wait);
    }

    void forget(Predicate<String> leaving) {
        states.keySet().removeIf(leaving);
    }

    private void awaitPolls(Predicate<String> feedsOfInterest, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (inFlight.stream().anyMatch(feedsOfInterest)) {
            if (System.nanoTime() > deadline) {
                LOG.warn("polls of handed-over feeds still running after {}; their items may be sent twice", wait);
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

    /** Lets running polls finish (up to {@code wait}) and cancels WebSub subscriptions. */
    void stop(Duration wait) {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(wait.toSeconds(), TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        feeds.keySet().forEach(this::unsubscribe);
        if (websub != null) {
            websub.close();
        }
    }

    private void unsubscribe(String feedUrl) {
        if (websub != null) {
            websub.unsubscribe(feedUrl);
        }
    }

    Set<String> polled() {
        return Set.copyOf(polledThisRun);
    }

    Set<String> owned() {
        return Set.copyOf(feeds.keySet());
    }
}
