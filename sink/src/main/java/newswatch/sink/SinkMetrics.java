package newswatch.sink;

import io.micrometer.core.instrument.MeterRegistry;

/** The sink's counters: alerts written and failed per writer, records dead-lettered. */
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

    void deadLettered() {
        meters.counter("newswatch.sink.dlq").increment();
    }
}
