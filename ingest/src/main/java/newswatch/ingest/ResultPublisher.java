package newswatch.ingest;

import java.time.Instant;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.Article;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.common.topic.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes what a poll or push produced: its articles first, then the feed's state, or the feed's move. */
final class ResultPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ResultPublisher.class);

    private final NewswatchConfig config;
    private final Topics topics;
    private final KafkaProducer<String, Object> producer;
    private final IngestMetrics metrics;

    ResultPublisher(NewswatchConfig config, KafkaProducer<String, Object> producer, IngestMetrics metrics) {
        this.config = config;
        this.topics = config.topics().names();
        this.producer = producer;
        this.metrics = metrics;
    }

    /** The state to keep for {@code feed}'s URL from now on, or null when the feed moved to another URL. */
    FeedState publish(FeedSpec feed, FeedState before, FeedPoller.Result result) {
        try {
            for (Article a : result.articles()) {
                producer.send(new ProducerRecord<>(topics.articles().name(), a.canonicalUrl(), a));
                metrics.articleProduced();
            }
            // State is written only after its articles are acknowledged: a crash in between re-sends, never loses.
            producer.flush();
            FeedState kept = result.movedTo() != null ? move(feed, result) : result.state();
            if (kept != null) {
                producer.send(new ProducerRecord<>(topics.feedState().name(), feed.url(), kept));
            }
            metrics.feedPolled(result.outcome());
            LOG.info("feed {}: {} ({} new items)", feed.url(), result.outcome(), result.articles().size());
            return kept;
        } catch (RuntimeException e) {
            // Kafka refused the articles or state: keep the old state (its items are sent again later, never lost)
            // but wait before retrying, so a broker outage does not turn into polling the site in a tight loop.
            LOG.error("feed {}: could not write its articles or state to Kafka; retrying in {}", feed.url(),
                    config.ingest().pollInterval(), e);
            metrics.feedPolled("error");
            return FeedStates.retryAt(before, Instant.now().plus(config.ingest().pollInterval()));
        }
    }

    /** Null once the move is recorded; else the state under the old URL, which still redirects and is retried. */
    private FeedState move(FeedSpec feed, FeedPoller.Result result) {
        LOG.warn("feed {} moved permanently to {}: updating the feed list", feed.url(), result.movedTo());
        try {
            FeedCatalog.move(config, feed, result.movedTo(), result.state());
            metrics.feedMoved();
            return null;
        } catch (RuntimeException e) {
            LOG.error("feed {}: could not record its move to {}", feed.url(), result.movedTo(), e);
            return FeedStates.rekeyed(result.state(), feed.url());
        }
    }
}
