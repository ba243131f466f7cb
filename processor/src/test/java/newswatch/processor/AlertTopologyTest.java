package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import newswatch.common.config.ProcessorConfig;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.model.DeadLetter;
import newswatch.common.topic.Topic;
import newswatch.common.topic.Topics;
import newswatch.processor.classify.RuleSet;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertTopologyTest {
    static final Topics TOPICS = new Topics("newswatch.");
    static final ProcessorConfig CONFIG = new ProcessorConfig("newswatch-processor", "../conf/rules.yaml", "at_least_once",
            1, Duration.ofMillis(100), Duration.ofDays(7), Duration.ofHours(72), Duration.ofHours(1), TOPICS);
    static final RuleSet RULES = RuleSet.load(Path.of(CONFIG.rules()));
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, Article> articles;
    TestOutputTopic<String, Alert> alerts;
    TestOutputTopic<String, Alert> defection;
    TestOutputTopic<String, Alert> humanRights;
    TestOutputTopic<String, DeadLetter> dlq;

    @BeforeEach
    void start() {
        startWith(AlertTopology.build(CONFIG, RULES, meters, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private void startWith(Topology topology) {
        Properties props = StreamsProperties.errorHandling(TOPICS, meters);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, CONFIG.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(topology, props);
        articles = input(TOPICS.articles());
        alerts = output(TOPICS.alerts());
        defection = output(TOPICS.alerts("defection"));
        humanRights = output(TOPICS.alerts("human-rights"));
        dlq = output(TOPICS.dlq());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void relevantArticleAlertsOnAllAndCategoryTopicsWithCloudEventHeaders() {
        String url = "https://example.org/diplomat";
        articles.pipeInput(url, Articles.article(url, Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT));

        List<TestRecord<String, Alert>> all = alerts.readRecordsToList();
        assertThat(all).hasSize(1);
        Alert alert = all.get(0).value();
        String storyId = Hashes.sha256Hex(url).substring(0, 16);
        assertThat(alert.storyId()).isEqualTo(storyId);
        assertThat(alert.alertId()).isEqualTo(Hashes.sha256Hex("defection|" + storyId).substring(0, 32));
        assertThat(all.get(0).key()).isEqualTo(alert.alertId());
        assertThat(alert.category()).isEqualTo("defection");
        assertThat(alert.severity()).isEqualTo(Alert.Severity.high);
        assertThat(alert.sources()).isEqualTo(1);
        assertThat(alert.entities()).contains("North Korea", "Ministry of Unification");
        assertThat(alert.article().url()).isEqualTo(url);
        assertThat(alert.explanation().ruleVersion()).isEqualTo(RULES.version());
        assertThat(alert.explanation().semanticScore()).as("conf/rules.yaml ships with the semantic stage off").isNull();
        assertThat(alert.explanation().snippet()).contains("[[");
        assertThat(alert.timestamps().published()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(alert.timestamps().fetched()).isEqualTo(Instant.parse("2026-11-28T10:05:00Z"));
        assertThat(alert.timestamps().alerted()).isEqualTo(NOW);

        Headers headers = all.get(0).headers();
        assertThat(header(headers, "ce_id")).isEqualTo(alert.alertId());
        assertThat(header(headers, "ce_type")).isEqualTo("dev.newswatch.alert.defection");
        assertThat(header(headers, "ce_source")).isEqualTo("/newswatch/processor");
        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_time")).isEqualTo(NOW.toString());

        TestRecord<String, Alert> perCategory = defection.readRecord();
        assertThat(perCategory.key()).isEqualTo(alert.alertId());
        assertThat(header(perCategory.headers(), "ce_id")).isEqualTo(alert.alertId());
        assertThat(humanRights.isEmpty()).isTrue();
        assertThat(count("newswatch.processor.articles", "verdict", "relevant")).isEqualTo(1);
        assertThat(count("newswatch.processor.alerts", "category", "defection")).isEqualTo(1);
    }

    @Test
    void irrelevantArticleProducesNothing() {
        articles.pipeInput("https://example.org/recall", Articles.article("https://example.org/recall", "Recall", Articles.IRRELEVANT_TEXT));
        assertThat(alerts.isEmpty()).isTrue();
        assertThat(defection.isEmpty()).isTrue();
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(count("newswatch.processor.articles", "verdict", "not-relevant")).isEqualTo(1);
    }

    @Test
    void sameArticleSentTwiceAlertsOnce() {
        String url = "https://example.org/diplomat";
        Article a = Articles.article(url, Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT);
        articles.pipeInput(url, a);
        articles.pipeInput(url, a);
        assertThat(alerts.readRecordsToList()).hasSize(1);
        assertThat(count("newswatch.processor.articles", "verdict", "duplicate")).isEqualTo(1);
        assertThat(driver.<String, String>getKeyValueStore(AlertTopology.DEDUP_STORE).get(url)).isNotNull();
    }

    @Test
    void articleInBothCategoriesGivesTwoAlerts() {
        String url = "https://example.org/testimony";
        articles.pipeInput(url, Articles.article(url, "Escapee testifies at the UN", Articles.BOTH_TEXT));
        assertThat(alerts.readValuesToList()).extracting(Alert::category).containsExactly("defection", "human-rights");
        assertThat(defection.readValuesToList()).hasSize(1);
        assertThat(humanRights.readValuesToList()).hasSize(1);
    }

    @Test
    void malformedJsonGoesToTheDeadLetterQueueAndIsCounted() {
        driver.createInputTopic(TOPICS.articles().name(), new StringSerializer(), new StringSerializer())
                .pipeInput("https://example.org/bad", "{not json");
        DeadLetter dead = dlq.readValue();
        assertThat(dead.stage()).isEqualTo("deserialize");
        assertThat(dead.topic()).isEqualTo(TOPICS.articles().name());
        assertThat(dead.key()).isEqualTo("https://example.org/bad");
        assertThat(dead.payload()).isEqualTo("{not json");
        assertThat(alerts.isEmpty()).isTrue();
        assertThat(count("newswatch.processor.articles", "verdict", "dlq")).isEqualTo(1);

        articles.pipeInput("https://example.org/diplomat",
                Articles.article("https://example.org/diplomat", Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT));
        assertThat(alerts.readRecordsToList()).as("the application keeps going").hasSize(1);
    }

    @Test
    void anArticleAProcessorFailsOnGoesToTheDeadLetterQueueAndTheNextOneIsProcessed() {
        driver.close();
        Clock failing = new Clock() {
            private int calls;

            @Override
            public Instant instant() {
                if (calls++ == 0) {
                    throw new IllegalStateException("clock broke");
                }
                return NOW;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        startWith(AlertTopology.build(CONFIG, RULES, meters, failing));
        articles.pipeInput("https://example.org/a", Articles.article("https://example.org/a", Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT));
        articles.pipeInput("https://example.org/b", Articles.article("https://example.org/b", Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT));
        DeadLetter dead = dlq.readValue();
        assertThat(dead.stage()).isEqualTo("process");
        assertThat(dead.error()).contains("clock broke");
        assertThat(dead.key()).isEqualTo("https://example.org/a");
        assertThat(dead.payload()).contains("\"canonicalUrl\":\"https://example.org/a\"");
        assertThat(alerts.readValuesToList()).extracting(a -> a.article().url()).containsExactly("https://example.org/b");
        assertThat(count("newswatch.processor.articles", "verdict", "dlq")).isEqualTo(1);
    }

    @Test
    void invalidArticlesGoToTheDeadLetterQueueWithTheReason() {
        articles.pipeInput("https://example.org/empty", Articles.article("https://example.org/empty", "Title", " "));
        articles.pipeInput("https://example.org/tombstone", (Article) null);
        List<DeadLetter> dead = dlq.readValuesToList();
        assertThat(dead).extracting(DeadLetter::error).containsExactly("article has no text", "empty record: no article");
        assertThat(dead).allSatisfy(d -> assertThat(d.stage()).isEqualTo("validate"));
        assertThat(dead.get(0).offset()).isZero();
        assertThat(count("newswatch.processor.articles", "verdict", "dlq")).isEqualTo(2);
    }

    @Test
    void namesOfStatefulOperatorsAndSinksArePinned() {
        String description = AlertTopology.build(CONFIG, RULES, meters).describe().toString();
        assertThat(description)
                .contains("Source: articles-source (topics: [newswatch.articles])")
                .contains("Processor: check-article")
                .contains("Processor: dedup (stores: [article-dedup-store])")
                .contains("Processor: classify")
                .contains("Processor: cloudevents-headers")
                .contains("Sink: alerts-sink (topic: newswatch.alerts)")
                .contains("Sink: alerts-defection-sink (topic: newswatch.alerts.defection)")
                .contains("Sink: alerts-human-rights-sink (topic: newswatch.alerts.human-rights)")
                .contains("Sink: dlq-sink (topic: newswatch.dlq)");
    }

    private <V> TestInputTopic<String, V> input(Topic<String, V> t) {
        return driver.createInputTopic(t.name(), t.keySerde().serializer(), t.valueSerde().serializer());
    }

    private <V> TestOutputTopic<String, V> output(Topic<String, V> t) {
        return driver.createOutputTopic(t.name(), t.keySerde().deserializer(), t.valueSerde().deserializer());
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private double count(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
