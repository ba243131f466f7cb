package newswatch.app.tools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.json.Json;
import newswatch.common.model.DeadLetter;
import newswatch.common.topic.TableReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the whole DLQ as it is now, without a consumer group: looking must not move anyone's offsets. */
final class DlqReader {
    private static final long CHECK_MILLIS = 10_000;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(120);

    /** What was on the DLQ: readable dead letters, and a count of records that are not {@link DeadLetter} JSON. */
    record Contents(List<DlqEntry> entries, int unreadable) {
    }

    private DlqReader() {
    }

    static Contents read(NewswatchConfig config) {
        String dlq = config.topics().names().dlq().name();
        List<TopicPartition> partitions = partitions(config, dlq);
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.remove("group.id");
        List<DlqEntry> entries = new ArrayList<>();
        int[] unreadable = {0};
        TableReader.readToEnd(props, partitions, new StringDeserializer(), new StringDeserializer(), READ_TIMEOUT, r -> {
            DeadLetter letter = parse(r.value());
            if (letter == null) {
                unreadable[0]++;
            } else {
                entries.add(new DlqEntry(letter, r.partition(), r.offset()));
            }
        });
        return new Contents(entries, unreadable[0]);
    }

    // One bad record on the DLQ must not hide all the others from the people trying to fix things.
    private static DeadLetter parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(value, DeadLetter.class);
        } catch (Exception e) {
            return null;
        }
    }

    /** The DLQ's partitions; a missing topic or a silent broker is reported here in seconds, not after a minute. */
    private static List<TopicPartition> partitions(NewswatchConfig config, String dlq) {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put("request.timeout.ms", (int) CHECK_MILLIS);
        props.put("default.api.timeout.ms", (int) CHECK_MILLIS);
        try (Admin admin = Admin.create(props)) {
            TopicDescription topic = admin.describeTopics(List.of(dlq)).allTopicNames()
                    .get(CHECK_MILLIS, TimeUnit.MILLISECONDS).get(dlq);
            return topic.partitions().stream().map(p -> new TopicPartition(dlq, p.partition())).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalStateException("the dead-letter topic " + dlq + " does not exist on "
                        + config.bootstrapServers() + " (topics.prefix? create it with deploy/create-topics.sh)", e);
            }
            throw unreachable(config, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up " + dlq, e);
        } catch (Exception e) {
            throw unreachable(config, e);
        }
    }

    private static IllegalStateException unreachable(NewswatchConfig config, Throwable cause) {
        String why = cause instanceof java.util.concurrent.TimeoutException || cause == null || cause.getMessage() == null
                ? "" : " (" + cause.getMessage() + ")";
        return new IllegalStateException("cannot reach Kafka at " + config.bootstrapServers() + " within "
                + CHECK_MILLIS / 1000 + " s" + why + "; check kafka.bootstrap.servers (--bootstrap-servers,"
                + " NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS) and the kafka.* security settings", cause);
    }
}
