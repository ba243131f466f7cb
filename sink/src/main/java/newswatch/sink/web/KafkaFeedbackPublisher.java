package newswatch.sink.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Feedback;
import newswatch.common.topic.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Produces feedback to {@code newswatch.feedback}, keyed by alert id, with {@code acks=all} and idempotence. */
public final class KafkaFeedbackPublisher implements FeedbackPublisher {
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final Topic<String, Feedback> topic;
    private final KafkaProducer<String, Feedback> producer;

    public KafkaFeedbackPublisher(NewswatchConfig config) {
        this.topic = config.topics().names().feedback();
        Map<String, Object> props = config.clientProperties();
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("client.id", "newswatch-web-feedback");
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    @Override
    public void publish(Feedback feedback) throws IOException {
        try {
            producer.send(new ProducerRecord<>(topic.name(), feedback.alertId(), feedback))
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending feedback to " + topic.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot send feedback on alert " + feedback.alertId() + " to " + topic.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
