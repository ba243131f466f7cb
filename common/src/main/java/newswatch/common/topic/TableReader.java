package newswatch.common.topic;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads compacted topics (feeds, feed state) from the beginning to their current end, as a table. */
public final class TableReader {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TableReader() {
    }

    /** Latest value per key in the given partitions; tombstoned keys are absent. */
    public static <V> Map<String, V> readTable(Map<String, Object> clientProps, Topic<String, V> topic, Collection<Integer> partitions) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put("enable.auto.commit", "false");
        props.put("isolation.level", "read_committed");
        Map<String, V> table = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(topic.name(), p)).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("timed out reading " + topic.name() + " partitions " + partitions);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.value() == null) {
                        table.remove(r.key());
                    } else {
                        table.put(r.key(), r.value());
                    }
                });
            }
        }
        return table;
    }

    /** Latest value per key over every partition of the topic. */
    public static <V> Map<String, V> readTable(Map<String, Object> clientProps, Topic<String, V> topic) {
        Map<String, Object> props = new HashMap<>(clientProps);
        try (var consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<Integer> partitions = consumer.partitionsFor(topic.name()).stream().map(p -> p.partition()).toList();
            return readTable(clientProps, topic, partitions);
        }
    }
}
