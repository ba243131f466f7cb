package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import newswatch.common.model.Alert;
import newswatch.common.model.Article;
import newswatch.common.model.RuleUpdate;
import newswatch.common.topic.Topic;
import newswatch.common.topic.Topics;
import newswatch.processor.classify.RuleSet;
import newswatch.processor.reload.RulesInForce;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RulesHotReloadTest {
    static final Topics TOPICS = AlertTopologyTest.TOPICS;
    static final String V1 = """
            version: 1
            categories:
              defection:
                threshold: 1
                rules:
                  - {id: diplomat, terms: ["diplomat*"], weight: 1}
            """;
    static final String V2 = """
            version: 2
            categories:
              defection:
                threshold: 1
                rules:
                  - {id: airbag, terms: ["airbag*"], weight: 1}
              recalls:
                threshold: 1
                rules:
                  - {id: recall, terms: ["recall*"], weight: 1}
            """;
    static final RuleSet RULES_V1 = RuleSet.parse(V1, "v1");
    static final RuleSet RULES_V2 = RuleSet.parse(V2, "v2");

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, Article> articles;
    TestInputTopic<String, RuleUpdate> rules;
    TestOutputTopic<String, Alert> alerts;
    TestOutputTopic<String, Alert> defection;
    int articleNo;

    @BeforeEach
    void start() {
        Properties props = StreamsProperties.errorHandling(TOPICS, meters);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(AlertTopology.build(AlertTopologyTest.CONFIG, RULES_V1, meters,
                Clock.fixed(AlertTopologyTest.NOW, ZoneOffset.UTC)), props);
        articles = input(TOPICS.articles());
        rules = input(TOPICS.rules());
        alerts = output(TOPICS.alerts());
        defection = output(TOPICS.alerts("defection"));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aPublishedRuleSetDecidesTheNextArticleAndItsVersionIsOnTheAlert() {
        pipeRecall();
        assertThat(alerts.isEmpty()).as("v1 knows nothing of recalls").isTrue();
        assertThat(inForce()).isEqualTo(RULES_V1.version());

        rules.pipeInput(RuleUpdate.KEY, published(V2));
        pipeRecall();

        assertThat(alerts.readValuesToList()).extracting(Alert::category, a -> a.explanation().ruleVersion())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("defection", RULES_V2.version()),
                        org.assertj.core.groups.Tuple.tuple("recalls", RULES_V2.version()));
        assertThat(defection.readValuesToList()).as("a category routed at build keeps its topic").hasSize(1);
        assertThat(updates("applied")).isEqualTo(1);
        assertThat(inForce()).isEqualTo(RULES_V2.version());
    }

    @Test
    void aCategoryAddedWhileRunningReachesTheAllAlertsTopicOnly() {
        rules.pipeInput(RuleUpdate.KEY, published(V2));
        pipeRecall();

        assertThat(alerts.readValuesToList()).extracting(Alert::category).contains("recalls");
        assertThat(driver.producedTopicNames()).doesNotContain(TOPICS.alerts("recalls").name());
    }

    @Test
    void anInvalidRuleSetIsCountedAndTheRulesInForceStay() {
        rules.pipeInput(RuleUpdate.KEY, published(V2.replace("threshold: 1", "treshold: 1")));
        rules.pipeInput(RuleUpdate.KEY, published("version: 3\ncategories: {}\n"));
        rules.pipeInput(RuleUpdate.KEY, published("version: 4\nentities: people.yaml\ncategories: {a: {rules: []}}\n"));
        rules.pipeInput(RuleUpdate.KEY, published(null));
        driver.createInputTopic(TOPICS.rules().name(), new StringSerializer(), new StringSerializer())
                .pipeInput(RuleUpdate.KEY, "{not json");
        rules.pipeInput(RuleUpdate.KEY, (RuleUpdate) null);

        String url = "https://example.org/diplomat";
        articles.pipeInput(url, Articles.article(url, Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT));

        assertThat(alerts.readValuesToList()).extracting(a -> a.explanation().ruleVersion()).containsExactly(RULES_V1.version());
        assertThat(updates("rejected")).isEqualTo(4);
        assertThat(updates("applied")).isZero();
        assertThat(inForce()).isEqualTo(RULES_V1.version());
    }

    @Test
    void republishingTheRulesInForceChangesNothing() {
        rules.pipeInput(RuleUpdate.KEY, published(V1));
        assertThat(updates("unchanged")).isEqualTo(1);
        assertThat(updates("applied")).isZero();
    }

    @Test
    void theRulesStoreIsAGlobalStoreOverTheRulesTopic() {
        String description = AlertTopology.build(AlertTopologyTest.CONFIG, RULES_V1, meters).describe().toString();
        assertThat(description).contains("Source: rules-update-source (topics: [newswatch.rules])")
                .contains("Processor: rules-update (stores: [rules-global-store])");
    }

    private void pipeRecall() {
        String url = "https://example.org/recall-" + articleNo++;
        articles.pipeInput(url, Articles.article(url, "Recall", Articles.IRRELEVANT_TEXT));
    }

    private static RuleUpdate published(String yaml) {
        return new RuleUpdate(RuleUpdate.SCHEMA_VERSION, "as published", yaml, Map.of(), "test.yaml", "tester",
                AlertTopologyTest.NOW);
    }

    private String inForce() {
        return meters.get(RulesInForce.IN_FORCE).gauge().getId().getTag("version");
    }

    private double updates(String outcome) {
        var counter = meters.find(RulesInForce.UPDATES).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private <V> TestInputTopic<String, V> input(Topic<String, V> t) {
        return driver.createInputTopic(t.name(), t.keySerde().serializer(), t.valueSerde().serializer());
    }

    private <V> TestOutputTopic<String, V> output(Topic<String, V> t) {
        return driver.createOutputTopic(t.name(), t.keySerde().deserializer(), t.valueSerde().deserializer());
    }
}
