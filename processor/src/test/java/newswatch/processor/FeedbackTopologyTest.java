package newswatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import newswatch.common.model.Alert;
import newswatch.common.model.Feedback;
import newswatch.common.model.RuleStats;
import newswatch.common.topic.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedbackTopologyTest {
    static final Topics TOPICS = AlertTopologyTest.TOPICS;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, Alert> alertsIn;
    TestInputTopic<String, Feedback> feedback;
    TestOutputTopic<String, RuleStats> stats;

    @BeforeEach
    void start() {
        Properties props = StreamsProperties.errorHandling(TOPICS, meters);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(AlertTopology.build(AlertTopologyTest.CONFIG, AlertTopologyTest.RULES, meters,
                Clock.fixed(AlertTopologyTest.NOW, ZoneOffset.UTC)), props);
        var articles = driver.createInputTopic(TOPICS.articles().name(), TOPICS.articles().keySerde().serializer(),
                TOPICS.articles().valueSerde().serializer());
        String url = "https://example.org/diplomat";
        articles.pipeInput(url, Articles.article(url, Articles.DEFECTION_TITLE, Articles.DEFECTION_TEXT));
        alertsIn = driver.createInputTopic(TOPICS.alerts().name(), TOPICS.alerts().keySerde().serializer(),
                TOPICS.alerts().valueSerde().serializer());
        feedback = driver.createInputTopic(TOPICS.feedback().name(), TOPICS.feedback().keySerde().serializer(),
                TOPICS.feedback().valueSerde().serializer());
        stats = driver.createOutputTopic(TOPICS.ruleStats().name(), TOPICS.ruleStats().keySerde().deserializer(),
                TOPICS.ruleStats().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void feedbackCountsForEveryRuleThatMadeTheAlert() {
        var out = driver.createOutputTopic(TOPICS.alerts().name(), TOPICS.alerts().keySerde().deserializer(),
                TOPICS.alerts().valueSerde().deserializer());
        Alert alert = out.readValuesToList().get(0);
        // Deliver the alert to the alerts table as the broker would.
        alertsIn.pipeInput(alert.alertId(), alert);

        feedback.pipeInput(alert.alertId(), judged(alert, true));
        feedback.pipeInput(alert.alertId(), judged(alert, false));
        feedback.pipeInput(alert.alertId(), judged(alert, true));

        Map<String, RuleStats> latest = stats.readKeyValuesToMap();
        assertThat(latest).isNotEmpty();
        long rulesThatFired = alert.explanation().matches().stream().map(m -> m.rule()).distinct().count();
        assertThat(latest).hasSize((int) rulesThatFired);
        latest.values().forEach(s -> {
            assertThat(s.category()).isEqualTo("defection");
            assertThat(s.relevant()).isEqualTo(2);
            assertThat(s.notRelevant()).isEqualTo(1);
            assertThat(s.precision()).isEqualTo(2.0 / 3);
        });
        assertThat(meters.find("newswatch.feedback").tag("verdict", "not-relevant").counters()).hasSize((int) rulesThatFired);
    }

    @Test
    void feedbackOnAnUnknownAlertCountsNothing() {
        feedback.pipeInput("no-such-alert", new Feedback(1, "no-such-alert", null, null, false, null, "web", Instant.now()));

        assertThat(stats.isEmpty()).isTrue();
    }

    private static Feedback judged(Alert alert, boolean relevant) {
        return new Feedback(Feedback.SCHEMA_VERSION, alert.alertId(), alert.category(), alert.storyId(), relevant, null, "web",
                AlertTopologyTest.NOW);
    }
}
