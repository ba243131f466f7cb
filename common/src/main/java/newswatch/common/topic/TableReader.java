package newswatch.common.topic;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads topics from the beginning to their current end: compacted ones (feeds, feed state) as a table. */
public final class TableReader {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TableReader() {
    }

    /** Latest value per key in the given partitions; tombstoned keys are absent. */
    public static <V> Map<String, V> readTable(Map<String, Object> clientProps, Topic<String, V> topic, Collection<Integer> partitions) {
        Map<String, V> table = new HashMap<>();
        List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(topic.name(), p)).toList();
        readToEnd(clientProps, tps, topic.keySerde().deserializer(), topic.valueSerde().deserializer(), TIMEOUT, r -> {
            if (r.value() == null) {
                table.remove(r.key());
            } else {
                table.put(r.key(), r.value());
            }
        });
        return table;
    }

    /**
     * Hands every committed record of the partitions, from the beginning to the end offsets they had when reading
     * started (records written meanwhile belong to the next look), to {@code each}, in offset order per partition.
     * Assigns partitions and never commits, so reading moves no group's offsets.
     */
    public static <K, V> void readToEnd(Map<String, Object> clientProps, List<TopicPartition> partitions,
            Deserializer<K> keys, Deserializer<V> values, Duration timeout, Consumer<ConsumerRecord<K, V>> each) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put("enable.auto.commit", "false");
        props.put("isolation.level", "read_committed");
        try (var consumer = new KafkaConsumer<>(props, keys, values)) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s reading " + partitions);
                }
                for (ConsumerRecord<K, V> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        each.accept(r);
                    }
                }
            }
        }
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
