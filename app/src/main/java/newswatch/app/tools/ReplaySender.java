package newswatch.app.tools;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import newswatch.common.config.NewswatchConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes a replay plan to the live topics, the way the pipeline's own producers write: no loss, no duplicates from retries. */
final class ReplaySender {
    /** Header naming the DLQ record a replayed record came from, so a second failure can be traced to the first. */
    static final String FROM_HEADER = newswatch.common.model.DeadLetter.REPLAYED_FROM_HEADER;
    private static final long SEND_TIMEOUT_SECONDS = 60;

    private ReplaySender() {
    }

    /** Sends every record and waits for all acks; throws, naming how many were acknowledged, if any send failed. */
    static int send(NewswatchConfig config, ReplayPlan plan) {
        if (plan.sends().isEmpty()) {
            return 0;
        }
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        // A topic that does not exist shows as a metadata wait: report it in seconds, not a minute.
        props.putIfAbsent("max.block.ms", "20000");
        String dlq = config.topics().names().dlq().name();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        int acked = 0;
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (ReplayPlan.Send s : plan.sends()) {
                var record = new ProducerRecord<>(s.topic(), s.key(), s.value());
                String from = dlq + "-" + s.from().dlqPartition() + "@" + s.from().dlqOffset();
                record.headers().add(FROM_HEADER, from.getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                acked++;
            }
            return acked;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(plan, acked, e);
        } catch (ExecutionException e) {
            throw failed(plan, acked, e.getCause());
        } catch (Exception e) {
            throw failed(plan, acked, e);
        }
    }

    private static IllegalStateException failed(ReplayPlan plan, int acked, Throwable cause) {
        return new IllegalStateException("replay failed after " + acked + " of " + plan.sends().size()
                + " records were acknowledged: " + cause.getMessage() + " (topics " + plan.byTopic().keySet()
                + "; replaying again re-sends all of them, which the pipeline absorbs)", cause);
    }
}
