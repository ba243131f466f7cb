package newswatch.sink;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Alert;
import newswatch.common.model.DeadLetter;
import newswatch.common.topic.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code newswatch.alerts} and hands each alert to every writer. Offsets are committed only after all
 * writers succeeded; a failing writer holds its partition (the record is re-read after a back-off), and an
 * unreadable record goes to the dead-letter topic instead of stopping the sink.
 */
public final class SinkService implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Topic<String, Alert> alerts;
    private final Topic<String, DeadLetter> dlq;
    private final List<AlertWriter> writers;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, DeadLetter> dlqProducer;
    private final SinkMetrics metrics;
    private volatile boolean running = true;
    private volatile long lag = -1;
    private volatile java.time.Instant lagMeasuredAt = java.time.Instant.EPOCH;

    public SinkService(NewswatchConfig config, MeterRegistry meters, List<AlertWriter> writers) {
        this.alerts = config.topics().names().alerts();
        this.dlq = config.topics().names().dlq();
        this.writers = List.copyOf(writers);
        this.metrics = new SinkMetrics(meters);
        Map<String, Object> consumerProps = new HashMap<>(config.clientProperties());
        consumerProps.put("group.id", config.sink().groupId());
        consumerProps.put("enable.auto.commit", "false");
        consumerProps.put("auto.offset.reset", "earliest");
        consumerProps.put("isolation.level", "read_committed");
        this.consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
        Map<String, Object> producerProps = new HashMap<>(config.clientProperties());
        producerProps.put("acks", "all");
        producerProps.put("enable.idempotence", "true");
        this.dlqProducer = new KafkaProducer<>(producerProps, dlq.keySerde().serializer(), dlq.valueSerde().serializer());
        meters.gauge("newswatch.sink.lag", this, s -> s.lag);
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(alerts.name()));
        Duration backoff = Duration.ofMillis(500);
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(500));
                measureLag();
                boolean failed = false;
                for (TopicPartition partition : records.partitions()) {
                    failed |= !deliver(partition, records.records(partition));
                }
                if (failed) {
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                } else if (!records.isEmpty()) {
                    backoff = Duration.ofMillis(500);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            closeQuietly();
        }
    }

    private void measureLag() {
        java.time.Instant at = java.time.Instant.now();
        long total = 0;
        for (TopicPartition tp : consumer.assignment()) {
            var partitionLag = consumer.currentLag(tp);
            if (partitionLag.isEmpty()) {
                return;
            }
            total += partitionLag.getAsLong();
        }
        lag = consumer.assignment().isEmpty() ? -1 : total;
        lagMeasuredAt = at;
    }

    /** Records not yet delivered on this instance's partitions as of the last poll; -1 before the first assignment. */
    public long lag() {
        return lag;
    }

    /** When {@link #lag()} was measured (the start of that poll's measurement). */
    public java.time.Instant lagMeasuredAt() {
        return lagMeasuredAt;
    }

    /** Writes a partition's records in order and commits what was written; false if a writer failed. */
    private boolean deliver(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records) {
        long next = -1;
        boolean ok = true;
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!handle(record)) {
                consumer.seek(partition, record.offset());
                ok = false;
                break;
            }
            next = record.offset() + 1;
        }
        if (next >= 0) {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
        }
        return ok;
    }

    private boolean handle(ConsumerRecord<String, byte[]> record) {
        Alert alert;
        try {
            alert = alerts.valueSerde().deserializer().deserialize(record.topic(), record.value());
            if (alert == null || alert.alertId() == null) {
                throw new IllegalArgumentException("alert without alertId");
            }
        } catch (RuntimeException e) {
            deadLetter(record, e);
            return true;
        }
        for (AlertWriter writer : writers) {
            try {
                writer.write(alert);
                metrics.written(writer.name());
            } catch (PermanentDeliveryException e) {
                metrics.failed(writer.name());
                try {
                    LOG.warn("writer {} refused alert {} for good ({}-{}@{}); sent to {}: {}", writer.name(),
                            alert.alertId(), record.topic(), record.partition(), record.offset(), dlq.name(), e.getMessage());
                    deadLetter(record, e.getMessage());
                } catch (IllegalStateException dlqDown) {
                    LOG.error("writer {} refused alert {} and the dead-letter topic is unavailable; holding the partition: {}",
                            writer.name(), alert.alertId(), dlqDown.getCause() == null ? dlqDown : dlqDown.getCause());
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                metrics.failed(writer.name());
                LOG.error("writer {} failed on alert {} ({}-{}@{}); holding the partition and retrying: {}",
                        writer.name(), alert.alertId(), record.topic(), record.partition(), record.offset(), e.toString());
                return false;
            }
        }
        metrics.delivered(alert);
        return true;
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, Exception e) {
        LOG.warn("unreadable alert at {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(), dlq.name(), e.getMessage());
        deadLetter(record, e.getMessage());
    }

    /** Sends the record to the dead-letter topic with the reason; throws IllegalStateException if that fails. */
    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        String payload = record.value() == null ? null : new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
        DeadLetter letter = new DeadLetter(DeadLetter.SCHEMA_VERSION, "sink", record.topic(), record.partition(),
                record.offset(), record.key(), reason, payload, Instant.now());
        try {
            dlqProducer.send(new ProducerRecord<>(dlq.name(), record.key(), letter)).get();
            metrics.deadLettered();
        } catch (Exception sendFailure) {
            throw new IllegalStateException("cannot write to the dead-letter topic " + dlq.name(), sendFailure);
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeQuietly() {
        consumer.close();
        dlqProducer.close();
        for (AlertWriter w : writers) {
            try {
                w.close();
            } catch (Exception e) {
                LOG.warn("closing writer {}: {}", w.name(), e.toString());
            }
        }
    }

    /** Stops the loop; safe from any thread. The loop commits what it wrote and closes the consumer. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
