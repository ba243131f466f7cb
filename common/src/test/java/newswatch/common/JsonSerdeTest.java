package newswatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import newswatch.common.json.JsonSerde;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Explanation;
import newswatch.common.model.TermMatch;
import newswatch.common.model.Timestamps;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
    private final JsonSerde<Alert> serde = new JsonSerde<>(Alert.class);

    @Test
    void roundTripsAnAlert() {
        Instant t = Instant.parse("2026-11-20T10:15:30Z");
        Alert alert = new Alert(1, "a1", "defection", 7.5, Alert.Severity.high, "s1",
                new ArticleRef("https://x.test/a", "Diplomat defects", "Korea Desk", "en", t),
                new Explanation(List.of(new TermMatch("defector-noun", "defector", "body", 2.0, List.of(3, 17))),
                        List.of(), "a [[defector]] said", "1-abc", null),
                List.of("DPRK"), 1, new Timestamps(t, t, t, t));

        byte[] bytes = serde.serialize("topic", alert);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"published\":\"2026-11-20T10:15:30Z\"");
        assertThat(serde.deserialize("topic", bytes)).isEqualTo(alert);
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
    void malformedBytesBecomeASerializationExceptionNamingTheTopic() {
        assertThatThrownBy(() -> serde.deserialize("newswatch.alerts", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("newswatch.alerts");
    }
}
