package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import newswatch.common.model.Article;
import newswatch.common.model.DeadLetter;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DedupTest {
    static final String URL = "https://example.org/a";
    static final long DAY = Duration.ofDays(1).toMillis();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final MockProcessorContext<String, Article> context = new MockProcessorContext<>();
    final Dedup dedup = new Dedup("seen", Duration.ofDays(7), new Verdicts(meters));

    @BeforeEach
    void init() {
        KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("seen"),
                Serdes.String(), Serdes.String()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        dedup.init(context);
    }

    @Test
    void forwardsTheFirstCopyKeyedByCanonicalUrlAndDropsAnIdenticalOne() {
        dedup.process(new Record<>("other-key", Articles.article(URL, "T", "text"), 0));
        dedup.process(new Record<>(URL, Articles.article(URL, "T", "text"), DAY));
        assertThat(context.forwarded()).hasSize(1);
        assertThat(context.forwarded().get(0).record().key()).isEqualTo(URL);
        assertThat(meters.counter("newswatch.processor.articles", "verdict", "duplicate").count()).isEqualTo(1);
    }

    @Test
    void forwardsAChangedTextAgain() {
        dedup.process(new Record<>(URL, Articles.article(URL, "T", "text"), 0));
        dedup.process(new Record<>(URL, Articles.article(URL, "T", "corrected text"), DAY));
        assertThat(context.forwarded()).hasSize(2);
    }

    @Test
    void anArticleReplayedFromTheDeadLetterTopicIsNotACopyOfItself() {
        dedup.process(new Record<>(URL, Articles.article(URL, "T", "text"), 0));
        Record<String, Article> replayed = new Record<>(URL, Articles.article(URL, "T", "text"), DAY);
        replayed.headers().add(DeadLetter.REPLAYED_FROM_HEADER, "newswatch.dlq-0@7".getBytes(StandardCharsets.UTF_8));
        dedup.process(replayed);
        assertThat(context.forwarded()).hasSize(2);
    }

    @Test
    void forgetsACopyOlderThanTheWindow() {
        dedup.process(new Record<>(URL, Articles.article(URL, "T", "text"), 0));
        dedup.process(new Record<>(URL, Articles.article(URL, "T", "text"), 8 * DAY));
        assertThat(context.forwarded()).hasSize(2);
    }

    @Test
    void aScheduledPurgeForgetsUrlsOlderThanTheWindowAndKeepsRecentOnes() {
        dedup.process(new Record<>(URL, Articles.article(URL, "T", "text"), 0));
        dedup.process(new Record<>(URL + "/recent", Articles.article(URL + "/recent", "T", "text"), 6 * DAY));
        assertThat(context.scheduledPunctuators()).hasSize(1);

        context.scheduledPunctuators().get(0).getPunctuator().punctuate(8 * DAY);

        KeyValueStore<String, String> store = context.getStateStore("seen");
        assertThat(store.get(URL)).isNull();
        assertThat(store.get(URL + "/recent")).isNotNull();
    }

    @Test
    void purgesOftenEnoughButNotConstantly() {
        assertThat(WindowPurge.interval(Duration.ofDays(7))).isEqualTo(Duration.ofHours(1));
        assertThat(WindowPurge.interval(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(3));
        assertThat(WindowPurge.interval(Duration.ofSeconds(10))).isEqualTo(Duration.ofMinutes(1));
    }
}
