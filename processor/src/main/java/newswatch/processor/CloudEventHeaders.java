package newswatch.processor;

import java.nio.charset.StandardCharsets;
import newswatch.common.model.Alert;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Adds the CloudEvents Kafka protocol binding (binary mode) headers, so any CloudEvents SDK can read alerts.
 * Headers start empty: whatever the article record carried does not belong to the alert.
 */
final class CloudEventHeaders extends ContextualFixedKeyProcessor<String, Alert, Alert> {
    static final String SOURCE = "/newswatch/processor";
    static final String TYPE_PREFIX = "dev.newswatch.alert.";

    @Override
    public void process(FixedKeyRecord<String, Alert> record) {
        Alert alert = record.value();
        Headers headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", alert.alertId());
        add(headers, "ce_type", TYPE_PREFIX + alert.category());
        add(headers, "ce_source", SOURCE);
        add(headers, "ce_time", alert.timestamps().alerted().toString());
        add(headers, "content-type", "application/json");
        context().forward(record.withHeaders(headers));
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
