package newswatch.processor;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Properties;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.config.ProcessorConfig;
import newswatch.common.topic.Topics;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams settings derived from the Newswatch configuration. */
public final class StreamsProperties {
    private StreamsProperties() {
    }

    public static Properties of(NewswatchConfig config, MeterRegistry meters) {
        ProcessorConfig p = config.processor();
        Properties props = new Properties();
        props.putAll(config.clientProperties());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, p.applicationId());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, p.processingGuarantee());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, p.threads());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, p.commitInterval().toMillis());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.dataDir().resolve("streams").toAbsolutePath().toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.topics().replicationFactor());
        props.putAll(errorHandling(p.topics(), meters));
        return props;
    }

    /**
     * Unreadable records and records a processor fails on go to the DLQ and are counted; the application goes on.
     * Unreadable records of the rules topic are counted as rejected rule updates instead (see DeadLetters).
     */
    public static Properties errorHandling(Topics topics, MeterRegistry meters) {
        Properties props = new Properties();
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterOnDeserializationError.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterOnProcessingError.class);
        // the global rules store goes through the handlers too (the default from Kafka 5.0); see DeadLetters
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(DeadLetters.DLQ_TOPIC, topics.dlq().name());
        props.put(DeadLetters.RULES_TOPIC, topics.rules().name());
        props.put(DeadLetters.METER_REGISTRY, meters);
        return props;
    }
}
