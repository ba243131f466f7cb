package newswatch.sink;

import io.micrometer.core.instrument.MeterRegistry;

/** The sink's counters: alerts written and failed per writer, records dead-lettered, webhook ledger misses. */
final class SinkMetrics {
    private final MeterRegistry meters;

    SinkMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void written(String writer) {
        meters.counter("newswatch.sink.alerts.written", "writer", writer).increment();
    }

    void failed(String writer) {
        meters.counter("newswatch.sink.write.failures", "writer", writer).increment();
    }

    /**
     * End-to-end latency, once every writer has the alert: from publication and from fetch. Not for an alert of a
     * story with other copies: it is usually an update sent when a later copy arrived, hours after its first
     * copy's times, and would swamp the percentiles (a category first seen on a later copy goes uncounted too).
     */
    void delivered(newswatch.common.model.Alert alert) {
        java.time.Instant now = java.time.Instant.now();
        var times = alert.timestamps();
        if (times == null || !alert.related().isEmpty()) {
            return;
        }
        record(alert.category(), "published", times.published(), now);
        record(alert.category(), "fetched", times.fetched(), now);
    }

    private void record(String category, String from, java.time.Instant start, java.time.Instant now) {
        if (start != null && !start.isAfter(now)) {
            io.micrometer.core.instrument.Timer.builder("newswatch.alert.latency")
                    .description("time from the article's publication or fetch until every writer had the alert")
                    .tags("category", category, "from", from)
                    .publishPercentiles(0.5, 0.95)
                    .register(meters)
                    .record(java.time.Duration.between(start, now));
        }
    }

    /** A webhook writer could not use its delivery ledger file and relied on memory alone for one alert. */
    void ledgerFailed(String writer) {
        meters.counter("newswatch.sink.webhook.ledger.failures", "writer", writer).increment();
    }

    void deadLettered() {
        meters.counter("newswatch.sink.dlq").increment();
    }
}
