package newswatch.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stream-time purge of stores whose entries only matter within a window (seen URLs, stories): without it a store
 * and its changelog would keep every entry ever written.
 */
final class WindowPurge {
    private WindowPurge() {
    }

    /** How often to purge: a tenth of the window, at least a minute and at most an hour. */
    static Duration interval(Duration window) {
        Duration tenth = window.dividedBy(10);
        return tenth.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
                : tenth.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : tenth;
    }

    /**
     * Entries whose time is before {@code cutoff}, collected before the caller deletes them (a store's iterator must
     * not see its own deletions).
     */
    static <K, V> List<KeyValue<K, V>> expired(KeyValueStore<K, V> store, ToLongFunction<V> time, long cutoff) {
        List<KeyValue<K, V>> out = new ArrayList<>();
        try (KeyValueIterator<K, V> all = store.all()) {
            all.forEachRemaining(kv -> {
                if (time.applyAsLong(kv.value) < cutoff) {
                    out.add(kv);
                }
            });
        }
        return out;
    }
}
