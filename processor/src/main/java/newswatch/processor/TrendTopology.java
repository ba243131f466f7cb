package newswatch.processor;

import java.time.Clock;
import newswatch.common.config.ProcessorConfig;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.Alert;
import newswatch.common.model.Trend;
import newswatch.common.topic.Topic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * alerts (as read back from the alerts topic) → by category → tumbling windows of {@code processor.trend-window}
 * → stories, copies, sources and top entities / terms → {@code trends}, keyed {@code category/windowStart}.
 * Every update is sent (no suppression): the topic is compacted, so its latest record per window is the count so far.
 */
final class TrendTopology {
    static final String TRENDS_STORE = "trends-store";
    static final String BY_CATEGORY = "trends-by-category";

    private TrendTopology() {
    }

    /**
     * A story belongs to the window its alert was made in ({@code timestamps.alerted}, kept by every re-alert), so a
     * copy joining it later updates that window instead of counting the story again in its own. Copies join within
     * the story window, so the grace is the story window: until then the window takes them.
     */
    static void addTo(KStream<String, Alert> alerts, ProcessorConfig config, Clock clock) {
        Topic<String, Trend> trends = config.topics().trends();
        TimeWindows windows = TimeWindows.ofSizeAndGrace(config.trendWindow(), config.storyWindow());
        alerts.process(ByCategoryAtAlertTime::new, Named.as("trend-category-at-alert-time"))
                .groupByKey(Grouped.with(BY_CATEGORY, Serdes.String(), config.topics().alerts().valueSerde()))
                .windowedBy(windows)
                .aggregate(() -> TrendTally.EMPTY, (category, alert, tally) -> tally.add(alert), Named.as("trend-count"),
                        Materialized.<String, TrendTally, WindowStore<Bytes, byte[]>>as(TRENDS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(TrendTally.class)))
                .toStream(Named.as("trends-stream"))
                .map((window, tally) -> {
                    Trend trend = tally.toTrend(window.key(), window.window().startTime(), window.window().endTime(), clock.instant());
                    return KeyValue.pair(Trend.key(trend.category(), trend.windowStart()), trend);
                }, Named.as("trend-record"))
                .to(trends.name(), Produced.with(trends.keySerde(), trends.valueSerde()).withName("trends-sink"));
    }

    /** Keys each alert by its category and dates it when it was alerted; tombstones and uncategorised records are skipped. */
    static final class ByCategoryAtAlertTime implements Processor<String, Alert, String, Alert> {
        private ProcessorContext<String, Alert> context;

        @Override
        public void init(ProcessorContext<String, Alert> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, Alert> record) {
            Alert alert = record.value();
            if (alert == null || alert.category() == null || alert.alertId() == null) {
                return;
            }
            long at = alert.timestamps() != null && alert.timestamps().alerted() != null
                    ? alert.timestamps().alerted().toEpochMilli() : record.timestamp();
            context.forward(record.withKey(alert.category()).withTimestamp(at));
        }
    }
}
