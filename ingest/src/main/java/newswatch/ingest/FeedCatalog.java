package newswatch.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.FeedSpec;
import newswatch.common.topic.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes the feed list to the compacted feeds topic; running ingest instances pick changes up. */
public final class FeedCatalog {
    private FeedCatalog() {
    }

    public static void add(NewswatchConfig config, Collection<FeedSpec> feeds) {
        Topic<String, FeedSpec> topic = config.topics().names().feeds();
        try (var producer = producer(config, topic)) {
            for (FeedSpec f : feeds) {
                producer.send(new ProducerRecord<>(topic.name(), f.url(), f));
            }
            producer.flush();
        }
    }

    public static void remove(NewswatchConfig config, Collection<String> urls) {
        Topic<String, FeedSpec> topic = config.topics().names().feeds();
        try (var producer = producer(config, topic)) {
            urls.forEach(u -> producer.send(new ProducerRecord<>(topic.name(), u, null)));
            producer.flush();
        }
    }

    public static Map<String, FeedSpec> list(NewswatchConfig config) {
        return newswatch.common.topic.TableReader.readTable(config.clientProperties(), config.topics().names().feeds());
    }

    /** What ingest last recorded for every feed: health, next poll, last error. */
    public static Map<String, newswatch.common.model.FeedState> states(NewswatchConfig config) {
        return newswatch.common.topic.TableReader.readTable(config.clientProperties(), config.topics().names().feedState());
    }

    private static KafkaProducer<String, FeedSpec> producer(NewswatchConfig config, Topic<String, FeedSpec> topic) {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        return new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }
}
