package newswatch.processor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.DeadLetter;
import newswatch.processor.reload.RulesInForce;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the DLQ records Streams' exception handlers return. Streams' own DLQ support
 * ({@code errors.dead.letter.queue.topic.name}) would write the raw input bytes, which breaks the DLQ's
 * {@link DeadLetter} contract, so the handlers return these records through the same mechanism instead.
 */
final class DeadLetters {
    /** Config key naming the DLQ topic. */
    static final String DLQ_TOPIC = "newswatch.dlq.topic";
    /** Config key carrying the {@link MeterRegistry} object to count in; the global registry otherwise. */
    static final String METER_REGISTRY = "newswatch.meter.registry";
    /** Config key naming the rules topic, read by a global thread: its bad records are counted but never sent anywhere. */
    static final String RULES_TOPIC = "newswatch.rules.topic";
    private static final JsonSerde<DeadLetter> SERDE = new JsonSerde<>(DeadLetter.class);

    private final String topic;
    private final String rulesTopic;
    private final MeterRegistry meters;
    private final Verdicts verdicts;

    private DeadLetters(String topic, String rulesTopic, MeterRegistry meters) {
        this.topic = topic;
        this.rulesTopic = rulesTopic;
        this.meters = meters;
        this.verdicts = new Verdicts(meters);
    }

    static DeadLetters from(Map<String, ?> configs) {
        Object topic = configs.get(DLQ_TOPIC);
        Object rules = configs.get(RULES_TOPIC);
        MeterRegistry meters = configs.get(METER_REGISTRY) instanceof MeterRegistry m ? m : Metrics.globalRegistry;
        return new DeadLetters(topic == null ? null : topic.toString(), rules == null ? null : rules.toString(), meters);
    }

    /** Counts the record as dead and returns what to write to the DLQ (nothing when no DLQ topic is set). */
    List<ProducerRecord<byte[], byte[]>> records(String stage, ErrorHandlerContext context, byte[] key, byte[] value,
            Exception error) {
        if (context.topic() != null && context.topic().equals(rulesTopic)) {
            // The global thread has no producer: Streams 4.4 fails the whole client on DLQ records returned from
            // it. A rule set that cannot even be read is a rejected update; the rules in force stay.
            meters.counter(RulesInForce.UPDATES, "outcome", "rejected").increment();
            return List.of();
        }
        verdicts.article(Verdicts.DLQ);
        if (topic == null) {
            return List.of();
        }
        String payload = text(value);
        if (payload != null && payload.length() > DeadLetter.MAX_PAYLOAD) {
            payload = payload.substring(0, DeadLetter.MAX_PAYLOAD);
        }
        DeadLetter dead = new DeadLetter(DeadLetter.SCHEMA_VERSION, stage, context.topic(), context.partition(),
                context.offset(), text(key), String.valueOf(error), payload, Instant.now());
        return List.of(new ProducerRecord<>(topic, key, SERDE.serialize(topic, dead)));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
