package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Explanation;
import newswatch.common.model.TermMatch;
import newswatch.common.model.Timestamps;
import newswatch.common.model.Trend;
import newswatch.common.topic.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrendTopologyTest {
    static final Topics TOPICS = AlertTopologyTest.TOPICS;
    static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
    static final Instant ONE = Instant.parse("2026-11-28T13:00:00Z");

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, Alert> alerts;
    TestOutputTopic<String, Trend> trends;

    @BeforeEach
    void start() {
        Properties props = StreamsProperties.errorHandling(TOPICS, meters);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(AlertTopology.build(AlertTopologyTest.CONFIG, AlertTopologyTest.RULES, meters,
                Clock.fixed(AlertTopologyTest.NOW, ZoneOffset.UTC)), props);
        alerts = driver.createInputTopic(TOPICS.alerts().name(), TOPICS.alerts().keySerde().serializer(),
                TOPICS.alerts().valueSerde().serializer());
        trends = driver.createOutputTopic(TOPICS.trends().name(), TOPICS.trends().keySerde().deserializer(),
                TOPICS.trends().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void storiesFallInTheWindowOfTheirAlertTimeStartInclusiveEndExclusive() {
        send(alert("a", "defection", NOON, "Korea Desk"));
        send(alert("b", "defection", ONE.minusMillis(1), "Korea Desk"));
        send(alert("c", "defection", ONE, "Korea Desk"));

        Map<String, Trend> latest = trends.readKeyValuesToMap();

        assertThat(latest).containsOnlyKeys("defection/2026-11-28T12:00:00Z", "defection/2026-11-28T13:00:00Z");
        Trend noon = latest.get("defection/2026-11-28T12:00:00Z");
        assertThat(noon.category()).isEqualTo("defection");
        assertThat(noon.windowStart()).isEqualTo(NOON);
        assertThat(noon.windowEnd()).isEqualTo(ONE);
        assertThat(noon.stories()).isEqualTo(2);
        assertThat(noon.schemaVersion()).isEqualTo(Trend.SCHEMA_VERSION);
        assertThat(noon.updatedAt()).isEqualTo(AlertTopologyTest.NOW);
        Trend one = latest.get("defection/2026-11-28T13:00:00Z");
        assertThat(one.windowStart()).isEqualTo(ONE);
        assertThat(one.windowEnd()).isEqualTo(Instant.parse("2026-11-28T14:00:00Z"));
        assertThat(one.stories()).isEqualTo(1);
    }

    @Test
    void aStoryReAlertedWhenACopyJoinsCountsOnceAsAStoryTwiceAsCopiesAndAddsTheCopysSource() {
        Alert first = alert("a", "defection", NOON.plusSeconds(60), "Korea Desk", List.of("North Korea"), "defector");
        Alert joined = first.asStory(first.storyId(), first.alertId(), 2,
                List.of(new ArticleRef("https://daily.test/b", "Diplomat defects", "Daily Seoul", "en", NOON)));
        send(first);
        // the copy came two hours later: it updates the story's window, it does not open its own
        alerts.pipeInput(joined.alertId(), joined, ONE.plus(Duration.ofHours(1)));

        List<Trend> updates = trends.readValuesToList();

        assertThat(updates).extracting(Trend::windowStart).containsOnly(NOON);
        Trend last = updates.get(updates.size() - 1);
        assertThat(last.stories()).isEqualTo(1);
        assertThat(last.copies()).isEqualTo(2);
        assertThat(last.sources()).isEqualTo(2);
        assertThat(last.topEntities()).containsExactly(new Trend.Count("North Korea", 1));
        assertThat(last.topTerms()).containsExactly(new Trend.Count("defector", 1));
    }

    @Test
    void everyUpdateIsSentAtOnce() {
        send(alert("a", "defection", NOON, "Korea Desk"));
        assertThat(trends.readValue().stories()).isEqualTo(1);
        send(alert("b", "defection", NOON, "Korea Desk"));
        assertThat(trends.readValue().stories()).isEqualTo(2);
    }

    @Test
    void topEntitiesAndTermsAreCountedOncePerStoryMostFirstTiesByNameAndAtMostTen() {
        // entity-i appears in i stories; each story repeats its entities and terms, which must not count twice
        List<Alert> stories = new ArrayList<>();
        for (int s = 1; s <= 12; s++) {
            int story = s;
            List<String> names = IntStream.rangeClosed(story, 12).mapToObj(i -> "entity-" + (char) ('a' + i)).toList();
            List<String> twice = new ArrayList<>(names);
            twice.addAll(names);
            stories.add(alert("s" + s, "human-rights", NOON, "Korea Desk", twice,
                    names.stream().map(n -> n.replace("entity", "term")).toArray(String[]::new)));
        }
        stories.forEach(this::send);
        send(stories.get(0));

        Trend trend = trends.readKeyValuesToMap().get("human-rights/2026-11-28T12:00:00Z");

        assertThat(trend.stories()).isEqualTo(12);
        assertThat(trend.copies()).isEqualTo(13);
        assertThat(trend.topEntities()).hasSize(Trend.MAX_TOP);
        assertThat(trend.topEntities().get(0)).isEqualTo(new Trend.Count("entity-m", 12));
        assertThat(trend.topEntities().get(9)).isEqualTo(new Trend.Count("entity-d", 3));
        assertThat(trend.topEntities()).extracting(Trend.Count::stories).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(trend.topTerms()).hasSize(Trend.MAX_TOP);
        assertThat(trend.topTerms().get(0)).isEqualTo(new Trend.Count("term-m", 12));
        assertThat(trend.topTerms().get(9)).isEqualTo(new Trend.Count("term-d", 3));
    }

    @Test
    void tiesAreBrokenByName() {
        send(alert("a", "defection", NOON, "Korea Desk", List.of("Seoul", "Beijing"), "defector"));

        assertThat(trends.readValue().topEntities()).extracting(Trend.Count::name).containsExactly("Beijing", "Seoul");
    }

    @Test
    void eachCategoryHasItsOwnWindowsAndSourcesAreCountedAcrossStories() {
        send(alert("a", "defection", NOON, "Korea Desk"));
        send(alert("b", "defection", NOON, "korea desk "));
        send(alert("c", "defection", NOON, "Daily Seoul"));
        send(alert("d", "human-rights", NOON, "Korea Desk"));

        Map<String, Trend> latest = trends.readKeyValuesToMap();

        assertThat(latest).containsOnlyKeys("defection/2026-11-28T12:00:00Z", "human-rights/2026-11-28T12:00:00Z");
        assertThat(latest.get("defection/2026-11-28T12:00:00Z").sources()).as("publishers compared as the stories are").isEqualTo(2);
        assertThat(latest.get("human-rights/2026-11-28T12:00:00Z").stories()).isEqualTo(1);
    }

    @Test
    void aReAlertArrivingLaterThanTheStoryWindowAfterItsWindowIsNotCounted() {
        send(alert("a", "defection", NOON.plus(Duration.ofHours(80)), "Korea Desk"));
        trends.readValuesToList();

        send(alert("b", "defection", NOON, "Korea Desk"));

        assertThat(trends.isEmpty()).as("72h story window + the 1h trend window have passed").isTrue();
    }

    @Test
    void tombstonesOnTheAlertsTopicAreSkipped() {
        alerts.pipeInput("a", (Alert) null);
        send(alert("b", "defection", NOON, "Korea Desk"));

        assertThat(trends.readValuesToList()).extracting(Trend::stories).containsExactly(1L);
    }

    @Test
    void anAlertMadeFromAnArticleReachesTheTrendsOnceReadBack() {
        var articles = driver.createInputTopic(TOPICS.articles().name(), TOPICS.articles().keySerde().serializer(),
                TOPICS.articles().valueSerde().serializer());
        var out = driver.createOutputTopic(TOPICS.alerts().name(), TOPICS.alerts().keySerde().deserializer(),
                TOPICS.alerts().valueSerde().deserializer());
        String url = "https://example.org/diplomat";
        articles.pipeInput(url, Articles.article(url, Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT));
        Alert alert = out.readValuesToList().get(0);
        send(alert);

        Map<String, Trend> latest = trends.readKeyValuesToMap();

        assertThat(latest).containsOnlyKeys("defection/" + AlertTopologyTest.NOW);
        Trend trend = latest.get("defection/" + AlertTopologyTest.NOW);
        assertThat(trend.stories()).isEqualTo(1);
        assertThat(trend.topEntities()).extracting(Trend.Count::name).contains("North Korea", "Ministry of Unification");
        assertThat(trend.topTerms()).isNotEmpty();
    }

    @Test
    void namesOfTheTrendOperatorsArePinned() {
        String description = AlertTopology.build(AlertTopologyTest.CONFIG, AlertTopologyTest.RULES, meters).describe().toString();

        assertThat(description)
                .contains("Source: alerts-topic-source (topics: [newswatch.alerts])")
                .contains("Processor: alerts-table (stores: [" + FeedbackTopology.ALERTS_STORE + "])")
                .contains("Processor: trend-category-at-alert-time")
                .contains("Sink: trends-by-category-repartition-sink (topic: trends-by-category-repartition)")
                .contains("Processor: trend-count (stores: [" + TrendTopology.TRENDS_STORE + "])")
                .contains("Sink: trends-sink (topic: newswatch.trends)");
    }

    private void send(Alert alert) {
        alerts.pipeInput(alert.alertId(), alert, alert.timestamps().alerted());
    }

    static Alert alert(String id, String category, Instant alerted, String source) {
        return alert(id, category, alerted, source, List.of("North Korea"), "defector");
    }

    static Alert alert(String id, String category, Instant alerted, String source, List<String> entities, String... terms) {
        List<TermMatch> matches = new ArrayList<>();
        for (String term : terms) {
            matches.add(new TermMatch("rule-" + term, term, "body", 1.0, List.of(1)));
            matches.add(new TermMatch("rule-" + term, term, "title", 1.0, List.of(2)));
        }
        return new Alert(Alert.SCHEMA_VERSION, id, category, 3.0, Alert.Severity.medium, "story-" + id,
                new ArticleRef("https://example.org/" + id, "Title " + id, source, "en", alerted),
                new Explanation(matches, List.of(), "[[" + id + "]]", "1", null), entities, 1,
                new Timestamps(alerted, alerted, alerted, alerted));
    }
}
