package newswatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.Alert;
import newswatch.common.model.RuleUpdate;
import newswatch.common.model.Trend;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
    private final JsonSerde<Alert> serde = new JsonSerde<>(Alert.class);

    @Test
    void roundTripsAnAlert() {
        Alert alert = SampleAlerts.sample();

        byte[] bytes = serde.serialize("topic", alert);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"published\":\"2026-11-20T10:15:30Z\"");
        assertThat(serde.deserialize("topic", bytes)).isEqualTo(alert);
    }

    @Test
    void roundTripsAPublishedRuleSetWithItsFiles() {
        JsonSerde<RuleUpdate> rules = new JsonSerde<>(RuleUpdate.class);
        RuleUpdate update = new RuleUpdate(RuleUpdate.SCHEMA_VERSION, "2-abcd1234", "version: 2\n", Map.of("entities.yaml", "entities: []"),
                "conf/rules.yaml", "analyst@host (newswatch rules publish)", Instant.parse("2026-11-28T12:00:00Z"));

        assertThat(rules.deserialize("t", rules.serialize("t", update))).isEqualTo(update);
        assertThat(new RuleUpdate(1, "v", "y", null, "s", "p", null).files()).isEmpty();
    }

    @Test
    void roundTripsATrendAndReadsOneWithoutTopListsAsEmpty() {
        JsonSerde<Trend> trends = new JsonSerde<>(Trend.class);
        Instant start = Instant.parse("2026-11-28T12:00:00Z");
        Trend trend = new Trend(Trend.SCHEMA_VERSION, "defection", start, start.plusSeconds(3600), 2, 3, 4,
                List.of(new Trend.Count("North Korea", 2)), List.of(new Trend.Count("defector", 1)), start.plusSeconds(60));

        byte[] bytes = trends.serialize("t", trend);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"windowStart\":\"2026-11-28T12:00:00Z\"");
        assertThat(trends.deserialize("t", bytes)).isEqualTo(trend);
        byte[] bare = "{\"schemaVersion\":1,\"category\":\"c\",\"stories\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(trends.deserialize("t", bare).topTerms()).isEmpty();
        assertThat(Trend.key("defection", start)).isEqualTo("defection/2026-11-28T12:00:00Z");
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void toleratesFieldsAddedByNewerProducers() {
        byte[] json = "{\"schemaVersion\":2,\"alertId\":\"a\",\"category\":\"c\",\"futureField\":42}".getBytes(StandardCharsets.UTF_8);
        assertThat(serde.deserialize("t", json).alertId()).isEqualTo("a");
    }

    @Test
    void aVersionOneAlertWithoutRelatedReadsAsHavingNoOtherCopies() {
        byte[] json = "{\"schemaVersion\":1,\"alertId\":\"a\",\"category\":\"c\",\"sources\":1}".getBytes(StandardCharsets.UTF_8);
        Alert alert = serde.deserialize("t", json);
        assertThat(alert.related()).isEmpty();
        assertThat(alert.sources()).isEqualTo(1);
    }

    @Test
    void malformedBytesBecomeASerializationExceptionNamingTheTopic() {
        assertThatThrownBy(() -> serde.deserialize("newswatch.alerts", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("newswatch.alerts");
    }
}
