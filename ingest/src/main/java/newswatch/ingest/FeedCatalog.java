package newswatch.ingest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.common.topic.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the feed list to the compacted feeds topic; running ingest instances pick changes up. */
public final class FeedCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(FeedCatalog.class);

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

    /**
     * A feed's permanent move to a new URL: its state is carried over under the new key first, then the new feed is
     * added and the old one removed, so whichever instance owns the new key finds the state when the feed appears.
     * When the new URL is already in the list, only the old feed is removed (that feed keeps its own state).
     */
    public static void move(NewswatchConfig config, FeedSpec old, String newUrl, FeedState state) {
        Topic<String, FeedSpec> feedsTopic = config.topics().names().feeds();
        Topic<String, FeedState> stateTopic = config.topics().names().feedState();
        boolean known = newswatch.common.topic.TableReader.readTable(config.clientProperties(), feedsTopic,
                List.of(FeedPartitions.of(newUrl, config.topics().partitions()))).containsKey(newUrl);
        try (var states = producer(config, stateTopic); var feeds = producer(config, feedsTopic)) {
            if (!known) {
                states.send(new ProducerRecord<>(stateTopic.name(), newUrl, state));
                states.flush();
                feeds.send(new ProducerRecord<>(feedsTopic.name(), newUrl,
                        new FeedSpec(FeedSpec.SCHEMA_VERSION, newUrl, old.title(), Instant.now())));
            }
            feeds.send(new ProducerRecord<>(feedsTopic.name(), old.url(), null));
            feeds.flush();
            states.send(new ProducerRecord<>(stateTopic.name(), old.url(), null));
            states.flush();
        }
        LOG.info("feed {} moved to {}{}", old.url(), newUrl, known ? " (already in the feed list)" : "");
    }

    public static Map<String, FeedSpec> list(NewswatchConfig config) {
        return newswatch.common.topic.TableReader.readTable(config.clientProperties(), config.topics().names().feeds());
    }

    /** What ingest last recorded for every feed: health, next poll, last error. */
    public static Map<String, newswatch.common.model.FeedState> states(NewswatchConfig config) {
        return newswatch.common.topic.TableReader.readTable(config.clientProperties(), config.topics().names().feedState());
    }

    private static <V> KafkaProducer<String, V> producer(NewswatchConfig config, Topic<String, V> topic) {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        return new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }
}
