package newswatch.processor.reload;

import newswatch.common.model.RuleUpdate;
import newswatch.common.topic.Topic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;

/**
 * Adds the global store over the rules topic that hot-reloads {@link RulesInForce}. A global store rather than a
 * KTable: every instance must see every rule set, whatever partitions it owns, and Streams reads it up to its end
 * before the first article is processed.
 */
public final class RulesTopology {
    public static final String STORE = "rules-global-store";

    private RulesTopology() {
    }

    public static void addTo(StreamsBuilder builder, Topic<String, RuleUpdate> topic, RulesInForce rules) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), topic.keySerde(), topic.valueSerde())
                        .withLoggingDisabled(),
                topic.name(),
                Consumed.with(topic.keySerde(), topic.valueSerde()).withName("rules-update"),
                () -> new RuleUpdates(STORE, rules));
    }
}
