package newswatch.common.topic;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.RuleUpdate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Publishes rule sets to the rules topic and reads the one in force. Validating them is the caller's job. */
public final class RuleTopic {
    private static final long SEND_TIMEOUT_SECONDS = 60;

    private RuleTopic() {
    }

    /** Sends the rule set under {@link RuleUpdate#KEY} with an idempotent producer and {@code acks=all}; waits for the ack. */
    public static RecordMetadata publish(NewswatchConfig config, RuleUpdate update) {
        Topic<String, RuleUpdate> topic = config.topics().names().rules();
        Map<String, Object> props = config.clientProperties();
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        // A missing topic (auto-creation off) shows as a metadata wait: report it in seconds, not a minute.
        props.putIfAbsent("max.block.ms", "20000");
        try (var producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            return producer.send(new ProducerRecord<>(topic.name(), RuleUpdate.KEY, update)).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            String hint = cause instanceof org.apache.kafka.common.errors.TimeoutException
                    ? " (does the topic exist? deploy/create-topics.sh, or topics.create=true)" : "";
            throw new IllegalStateException("cannot publish rules to " + topic.name() + " on " + config.bootstrapServers()
                    + ": " + cause.getMessage() + hint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing rules to " + topic.name(), e);
        }
    }

    /** The latest rule set on the topic; empty when none was published or the topic does not exist. */
    public static Optional<RuleUpdate> latest(NewswatchConfig config) {
        Map<String, Object> props = config.clientProperties();
        // Reading must not create the topic where the broker would allow it.
        props.put("allow.auto.create.topics", "false");
        return Optional.ofNullable(TableReader.readTable(props, config.topics().names().rules()).get(RuleUpdate.KEY));
    }
}
