package newswatch.ingest;

import io.micrometer.core.instrument.MeterRegistry;

/** Ingest's counters: feed polls by outcome, articles produced, page fetch failures. */
public final class IngestMetrics {
    private final MeterRegistry meters;

    public IngestMetrics(MeterRegistry meters) {
        this.meters = meters;
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
}
