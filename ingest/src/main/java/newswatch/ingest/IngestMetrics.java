package newswatch.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;

/**
 * Ingest's meters: feed polls by outcome (ok, not-modified, warning, failed), articles produced, page fetch
 * failures, feed fetch latency, how many feeds this instance owns and the longest per-host page queue.
 */
public final class IngestMetrics {
    private final MeterRegistry meters;
    private final Timer fetchLatency;

    public IngestMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.fetchLatency = Timer.builder("newswatch.ingest.feed.fetch")
                .description("Time to fetch a feed, redirects and body included")
                .register(meters);
    }

    void feedPolled(String outcome) {
        meters.counter("newswatch.ingest.feed.polls", "outcome", outcome).increment();
    }

    void articleProduced() {
        meters.counter("newswatch.ingest.articles").increment();
    }

    void pageFailed(String outcome) {
        meters.counter("newswatch.ingest.page.failures", "outcome", outcome).increment();
    }

    void feedMoved() {
        meters.counter("newswatch.ingest.feed.moves").increment();
    }

    void fetchTook(Duration d) {
        fetchLatency.record(d);
    }

    /**
     * Gauge of the page requests queued for the busiest host. One series, not one per host: article links span
     * thousands of hosts, and a tag per host would grow the registry without bound.
     */
    void watchHostQueue(java.util.function.IntSupplier longest) {
        io.micrometer.core.instrument.Gauge.builder("newswatch.ingest.pages.host-queue.max", longest::getAsInt)
                .description("Page requests waiting for the busiest host")
                .register(meters);
    }

    /** Gauge of the feeds in {@code owned}, read live (the map is the instance's current assignment). */
    void watchOwnedFeeds(Map<String, ?> owned) {
        meters.gaugeMapSize("newswatch.ingest.feeds.owned", io.micrometer.core.instrument.Tags.empty(), owned);
    }
}
