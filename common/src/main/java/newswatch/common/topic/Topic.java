package newswatch.common.topic;

import org.apache.kafka.common.serialization.Serde;

/** A topic with its serdes, declared once and used for every producer, consumer and Streams operator. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
}
