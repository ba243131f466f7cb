package newswatch.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;

/**
 * Ingest's meters: feed polls by outcome (ok, not-modified, warning, failed), articles produced, page fetch
 * failures, feed fetch latency, and how many feeds this instance owns.
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

    /** Gauge of the feeds in {@code owned}, read live (the map is the instance's current assignment). */
    void watchOwnedFeeds(Map<String, ?> owned) {
        meters.gaugeMapSize("newswatch.ingest.feeds.owned", io.micrometer.core.instrument.Tags.empty(), owned);
    }
}
