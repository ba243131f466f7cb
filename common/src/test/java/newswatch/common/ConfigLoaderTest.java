package newswatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import newswatch.common.config.ConfigException;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void everyShippedKeyHasAValidDefault() {
        NewswatchConfig config = NewswatchConfig.from(ConfigLoader.defaultsOnly());

        assertThat(config.embedded()).isTrue();
        assertThat(config.topics().prefix()).isEqualTo("newswatch.");
        assertThat(config.ingest().pollInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.processor().processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.processor().storyWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(config.processor().trendWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(config.sink().jsonlPath()).isEqualTo(Path.of("./data").resolve("alerts").resolve("alerts.jsonl"));
    }

    @Test
    void fileThenEnvironmentThenFlagsWin() throws Exception {
        Path file = dir.resolve("n.yaml");
        Files.writeString(file, "ingest:\n  poll-interval: 5m\n  host-delay: 7s\ntopics:\n  partitions: 6\n");

        NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(file,
                Map.of("NEWSWATCH_INGEST_POLL_INTERVAL", "2m", "NEWSWATCH_TOPICS_PARTITIONS", "4", "HOME", "/root"),
                Map.of("topics.partitions", "8")));

        assertThat(config.ingest().hostDelay()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.ingest().pollInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.topics().partitions()).isEqualTo(8);
    }

    @Test
    void kafkaKeysPassThroughToClients() {
        NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null,
                Map.of("NEWSWATCH_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
                Map.of("kafka.bootstrap.servers", "k1:9092", "kafka.sasl.mechanism", "PLAIN")));

        assertThat(config.embedded()).isFalse();
        assertThat(config.clientProperties()).containsEntry("bootstrap.servers", "k1:9092")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN");
    }

    @Test
    void aZeroStoryWindowIsRejectedByName() {
        assertThatThrownBy(() -> NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of("processor.story-window", "0h"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("processor.story-window");
    }

    @Test
    void aTrendWindowUnderAMinuteIsRejectedByNameAndTheEnvironmentCanSetIt() {
        assertThatThrownBy(() -> NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of("processor.trend-window", "59s"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("processor.trend-window")
                .hasMessageContaining("at least 1m");
        NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, Map.of("NEWSWATCH_PROCESSOR_TREND_WINDOW", "1m"), Map.of()));
        assertThat(config.processor().trendWindow()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aBadValueNamesItsKey() {
        assertThatThrownBy(() -> NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of("ingest.poll-interval", "soon"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.poll-interval")
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of("topics.partitions", "0"))))
                .hasMessageContaining("topics.partitions");
    }

    @Test
    void anUnknownKeyIsRejectedRatherThanIgnored() throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "ingest:\n  pol-interval: 5m\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.pol-interval");
    }
}
