package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.processor.reload.ActiveRules;
import newswatch.processor.story.Story;
import newswatch.processor.story.StoryTexts;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    static final long HOUR = Duration.ofHours(1).toMillis();
    static final Duration WINDOW = Duration.ofHours(72);

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Verdicts verdicts = new Verdicts(meters);
    final ActiveRules rules = ActiveRules.of(AlertTopologyTest.RULES, AlertTopologyTest.CONFIG.rules());
    final AlertMaker maker = new AlertMaker(() -> rules, verdicts, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    final MockProcessorContext<String, Alert> context = new MockProcessorContext<>();
    KeyValueStore<String, Story> store;

    @BeforeEach
    void init() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("stories"), Serdes.String(),
                new JsonSerde<>(Story.class)).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    @Test
    void aRestartedClustererFindsTheStoriesOfItsStore() {
        StoryClusterer before = started();
        before.process(flagged("https://wire.test/a", "Asia Wire", "soldier-wire", 0));

        StoryClusterer after = started();
        after.process(flagged("https://daily.test/b", "Daily Seoul", "soldier-copy", HOUR));

        Alert update = lastForwarded();
        assertThat(update.storyId()).isEqualTo(Hashes.storyId("https://wire.test/a"));
        assertThat(update.sources()).isEqualTo(2);
    }

    @Test
    void initTwiceOnOneInstanceForgetsWhatTheStoreNoLongerHolds() {
        StoryClusterer clusterer = started();
        clusterer.process(flagged("https://wire.test/a", "Asia Wire", "soldier-wire", 0));
        store.delete(Hashes.storyId("https://wire.test/a")); // as after an aborted transaction's restore
        clusterer.init(context);

        clusterer.process(flagged("https://daily.test/b", "Daily Seoul", "soldier-copy", HOUR));

        assertThat(lastForwarded().storyId()).isEqualTo(Hashes.storyId("https://daily.test/b"));
        assertThat(lastForwarded().sources()).isEqualTo(1);
    }

    @Test
    void aFirstUrlResentAfterTheWindowButBeforeThePurgeStartsAFreshStoryWithoutItsOldCopies() {
        StoryClusterer clusterer = started();
        clusterer.process(flagged("https://wire.test/a", "Asia Wire", "soldier-wire", 0));
        clusterer.process(flagged("https://daily.test/b", "Daily Seoul", "soldier-copy", HOUR));
        long late = WINDOW.toMillis() + HOUR;
        clusterer.process(flagged("https://wire.test/a", "Asia Wire", "soldier-own-report", late));
        assertThat(lastForwarded().related()).as("a fresh story").isEmpty();

        clusterer.process(flagged("https://daily.test/b", "Daily Seoul", "soldier-copy", late + HOUR));

        Alert b = lastForwarded();
        assertThat(b.storyId()).as("b's old story is gone; its text is not a copy of a's new one")
                .isEqualTo(Hashes.storyId("https://daily.test/b"));
        assertThat(b.related()).isEmpty();
    }

    @Test
    void thePurgeForgetsStoriesOlderThanTheWindowOnly() {
        StoryClusterer clusterer = started();
        clusterer.process(flagged("https://wire.test/a", "Asia Wire", "soldier-wire", 0));
        clusterer.process(flagged("https://elsewhere.test/c", "Elsewhere", "diplomat-defects", 48 * HOUR));

        context.scheduledPunctuators().get(0).getPunctuator().punctuate(WINDOW.toMillis() + HOUR);

        assertThat(store.get(Hashes.storyId("https://wire.test/a"))).isNull();
        assertThat(store.get(Hashes.storyId("https://elsewhere.test/c"))).isNotNull();
    }

    private StoryClusterer started() {
        StoryClusterer clusterer = new StoryClusterer("stories", WINDOW, verdicts);
        clusterer.init(context);
        return clusterer;
    }

    private Record<String, Classified> flagged(String url, String source, String fixture, long timestamp) {
        StoryTexts t = StoryTexts.load(fixture);
        Article article = Articles.article(url, source, t.title(), t.text());
        List<Alert> alerts = new ArrayList<>();
        maker.apply(url, article).forEach(kv -> alerts.add(kv.value));
        assertThat(alerts).as(fixture + " is flagged").isNotEmpty();
        return new Record<>(url, new Classified(article, alerts), timestamp);
    }

    private Alert lastForwarded() {
        var forwarded = context.forwarded();
        return forwarded.get(forwarded.size() - 1).record().value();
    }
}
