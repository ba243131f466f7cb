package newswatch.processor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record on the articles topic that cannot be read is logged, counted, written to the DLQ as a
 * {@link DeadLetter} and skipped, instead of stopping the application. Streams' own DLQ support
 * (errors.dead.letter.queue.topic.name) would write the raw bytes instead, breaking the DLQ's record contract,
 * so this handler returns its own DLQ records through the same mechanism.
 */
public final class DeadLetterOnDeserializationError implements DeserializationExceptionHandler {
    /** Config key naming the DLQ topic. */
    public static final String DLQ_TOPIC = "newswatch.dlq.topic";
    /** Config key carrying the {@link MeterRegistry} object to count in; the global registry otherwise. */
    public static final String METER_REGISTRY = "newswatch.meter.registry";
    static final String STAGE = "deserialize";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterOnDeserializationError.class);
    private static final int MAX_PAYLOAD = 100_000;
    private static final JsonSerde<DeadLetter> SERDE = new JsonSerde<>(DeadLetter.class);

    private String dlqTopic;
    private Verdicts verdicts = new Verdicts(Metrics.globalRegistry);

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(DLQ_TOPIC);
        dlqTopic = topic == null ? null : topic.toString();
        if (configs.get(METER_REGISTRY) instanceof MeterRegistry meters) {
            verdicts = new Verdicts(meters);
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn("skipping unreadable record at {}-{} offset {}: {}",
                context.topic(), context.partition(), context.offset(), exception.getMessage());
        verdicts.article(Verdicts.DLQ);
        if (dlqTopic == null) {
            return Response.resume();
        }
        String key = text(record.key());
        String payload = text(record.value());
        if (payload != null && payload.length() > MAX_PAYLOAD) {
            payload = payload.substring(0, MAX_PAYLOAD);
        }
        DeadLetter dead = new DeadLetter(DeadLetter.SCHEMA_VERSION, STAGE, context.topic(), context.partition(),
                context.offset(), key, String.valueOf(exception.getMessage()), payload, Instant.now());
        return Response.resume(List.of(new ProducerRecord<>(dlqTopic, record.key(), SERDE.serialize(dlqTopic, dead))));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
