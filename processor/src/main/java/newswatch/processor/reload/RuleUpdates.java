package newswatch.processor.reload;

import newswatch.common.model.RuleUpdate;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processor of the global rules store: every instance reads every record of the rules topic, before its stream
 * threads process anything at start and as they arrive afterwards. Only rule sets that were put in force are stored.
 */
final class RuleUpdates implements Processor<String, RuleUpdate, Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(RuleUpdates.class);

    private final String storeName;
    private final RulesInForce rules;
    private KeyValueStore<String, RuleUpdate> store;

    RuleUpdates(String storeName, RulesInForce rules) {
        this.storeName = storeName;
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        // The store was restored before init; depending on how Streams restored it, that may not have passed
        // through process(), so offer what it holds (apply() ignores a version already in force).
        RuleUpdate restored = store.get(RuleUpdate.KEY);
        if (restored != null) {
            rules.apply(restored);
        }
    }

    @Override
    public void process(Record<String, RuleUpdate> record) {
        if (record.value() == null) {
            LOG.warn("rules topic: deletion of key '{}' ignored; rules {} stay in force", record.key(), rules.get().version());
            return;
        }
        if (rules.apply(record.value())) {
            store.put(RuleUpdate.KEY, record.value());
        }
    }
}
