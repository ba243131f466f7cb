package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.model.ArticleRef;
import newswatch.processor.story.Story;
import newswatch.processor.story.StoryTexts;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClusteringTest {
    static final Instant T0 = Instant.parse("2026-11-28T06:00:00Z");
    static final String WIRE_URL = "https://wire.test/soldier";
    static final String COPY_URL = "https://daily.test/2026/11/28/soldier-defects";

    @TempDir
    Path stateDir;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, Article> articles;
    TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        Properties props = StreamsProperties.errorHandling(AlertTopologyTest.TOPICS, meters);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, AlertTopologyTest.CONFIG.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AlertTopology.build(AlertTopologyTest.CONFIG, AlertTopologyTest.RULES, meters,
                Clock.fixed(T0, ZoneOffset.UTC)), props);
        var in = AlertTopologyTest.TOPICS.articles();
        articles = driver.createInputTopic(in.name(), in.keySerde().serializer(), in.valueSerde().serializer());
        var out = AlertTopologyTest.TOPICS.alerts("defection");
        alerts = driver.createOutputTopic(out.name(), out.keySerde().deserializer(), out.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aCopyFromAnotherSourceSendsTheFirstAlertAgainWithTwoSourcesAndTheCopyListed() {
        send(WIRE_URL, "Asia Wire", "soldier-wire", T0);
        send(COPY_URL, "Daily Seoul", "soldier-copy", T0.plus(Duration.ofHours(5)));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(2);
        Alert first = out.get(0);
        Alert update = out.get(1);
        assertThat(first.sources()).isEqualTo(1);
        assertThat(first.related()).isEmpty();
        assertThat(update.alertId()).isEqualTo(first.alertId()).isEqualTo(Hashes.alertId("defection", Hashes.storyId(WIRE_URL)));
        assertThat(update.storyId()).isEqualTo(first.storyId());
        assertThat(update.article().url()).as("the first copy stays the alert's article").isEqualTo(WIRE_URL);
        assertThat(update.sources()).isEqualTo(2);
        assertThat(update.related()).extracting(ArticleRef::url, ArticleRef::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple(COPY_URL, "Daily Seoul"));
        assertThat(update.timestamps()).as("an update is not a new alert: its times stay the first copy's")
                .isEqualTo(first.timestamps());
        assertThat(count("new")).isEqualTo(1);
        assertThat(count("joined")).isEqualTo(1);
    }

    @Test
    void aCopyFromTheSameSourceJoinsWithoutAddingASource() {
        send(WIRE_URL, "Asia Wire", "soldier-wire", T0);
        send(WIRE_URL + "-updated", "Asia Wire", "soldier-copy", T0.plusSeconds(60));

        Alert update = alerts.readValuesToList().get(1);
        assertThat(update.sources()).isEqualTo(1);
        assertThat(update.related()).extracting(ArticleRef::url).containsExactly(WIRE_URL + "-updated");
    }

    @Test
    void aDifferentStoryInTheSameVocabularyGetsItsOwnAlert() {
        send(WIRE_URL, "Asia Wire", "soldier-wire", T0);
        send("https://daily.test/diplomat", "Daily Seoul", "diplomat-defects", T0.plusSeconds(60));
        send("https://daily.test/own-report", "Daily Seoul", "soldier-own-report", T0.plusSeconds(120));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::alertId).doesNotHaveDuplicates().hasSize(3);
        assertThat(out).allSatisfy(a -> assertThat(a.sources()).isEqualTo(1));
        assertThat(count("new")).isEqualTo(3);
    }

    @Test
    void aCopyArrivingAfterTheWindowStartsANewStoryAndTheOldOneIsPurged() {
        send(WIRE_URL, "Asia Wire", "soldier-wire", T0);
        send(COPY_URL, "Daily Seoul", "soldier-copy", T0.plus(AlertTopologyTest.CONFIG.storyWindow()).plusSeconds(1));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).alertId()).isNotEqualTo(out.get(0).alertId());
        assertThat(out.get(1).storyId()).isEqualTo(Hashes.storyId(COPY_URL));
        assertThat(out.get(1).sources()).isEqualTo(1);
        KeyValueStore<String, Story> stories = driver.getKeyValueStore(AlertTopology.STORY_STORE);
        assertThat(stories.get(Hashes.storyId(WIRE_URL))).as("purged by stream time").isNull();
        assertThat(stories.get(Hashes.storyId(COPY_URL))).isNotNull();
    }

    @Test
    void theSameUrlResentWithEditedTextStaysTheSameStoryAndItsAlertTakesTheEdit() {
        StoryTexts wire = StoryTexts.load("soldier-wire");
        articles.pipeInput(WIRE_URL, Articles.article(WIRE_URL, "Asia Wire", wire.title(), wire.text()), T0);
        String edited = "Correction: an earlier version gave the wrong time. " + StoryTexts.load("soldier-own-report").text();
        articles.pipeInput(WIRE_URL, Articles.article(WIRE_URL, "Asia Wire", wire.title(), edited), T0.plusSeconds(600));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).alertId()).isEqualTo(out.get(0).alertId());
        assertThat(out.get(1).sources()).isEqualTo(1);
        assertThat(out.get(1).related()).isEmpty();
        assertThat(out.get(1).explanation().snippet()).isNotEqualTo(out.get(0).explanation().snippet());
        assertThat(count("joined")).isEqualTo(1);
    }

    @Test
    void unflaggedArticlesNeverReachTheClusterer() {
        articles.pipeInput("https://example.org/recall", Articles.article("https://example.org/recall", "Recall", Articles.IRRELEVANT_TEXT), T0);
        assertThat(count("new") + count("joined")).isZero();
    }

    @Test
    void theClustererRunsAfterASinglePartitionRepartitionWithNamedStore() {
        String description = AlertTopology.build(AlertTopologyTest.CONFIG, AlertTopologyTest.RULES, meters).describe().toString();
        assertThat(description)
                .contains("Processor: flagged")
                .contains("Sink: story-candidates-repartition-sink (topic: story-candidates-repartition)")
                .contains("Source: story-candidates-repartition-source (topics: [story-candidates-repartition])")
                .contains("Processor: cluster-stories (stores: [story-store])");
    }

    private void send(String url, String source, String fixture, Instant at) {
        StoryTexts t = StoryTexts.load(fixture);
        articles.pipeInput(url, Articles.article(url, source, t.title(), t.text()), at);
    }

    private double count(String outcome) {
        var counter = meters.find("newswatch.processor.stories").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
