package newswatch.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import newswatch.common.config.ConfigException;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkConfigTest {
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    private SinkConfig sink(Map<String, String> flags, Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(flags);
        all.put("data-dir", dir.toString());
        return NewswatchConfig.from(ConfigLoader.load(null, env, all)).sink();
    }

    private SinkConfig sink(Map<String, String> flags) {
        return sink(flags, Map.of());
    }

    @Test
    void defaultsWriteJsonlAndSqliteAndNoWebhook() {
        SinkConfig config = sink(Map.of());
        assertThat(config.jsonlEnabled()).isTrue();
        assertThat(config.sql().enabled()).isTrue();
        assertThat(config.sql().url()).isEqualTo("jdbc:sqlite:" + dir.resolve("alerts").resolve("alerts.db"));
        assertThat(config.webhooks().destinations()).isEmpty();
        assertThat(config.webhooks().maxRetries()).isEqualTo(5);
        assertThat(config.webhooks().maxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(AlertWriters.fromConfig(config, new OkHttpClient(), new SimpleMeterRegistry())).extracting(AlertWriter::name)
                .containsExactly("jsonl", "sql");
    }

    @Test
    void webhookDestinationsFromTheEnvironmentAreCommaSeparatedSpecs() {
        SinkConfig config = sink(Map.of(), Map.of("NEWSWATCH_SINK_WEBHOOKS",
                "url=https://hooks.example/T1/B2/xyz format=slack secret=" + SECRET + " id=chat,"
                        + " url=http://receiver.example:8080/in secret=" + SECRET));
        assertThat(config.webhooks().destinations()).extracting(Webhook::id).containsExactly("chat", "2");
        Webhook chat = config.webhooks().destinations().get(0);
        assertThat(chat.url()).isEqualTo(URI.create("https://hooks.example/T1/B2/xyz"));
        assertThat(chat.format()).isEqualTo(Webhook.Format.slack);
        assertThat(chat.secretKey()).hasSize(32);
        assertThat(config.webhooks().destinations().get(1).format()).isEqualTo(Webhook.Format.json);
        assertThat(chat.toString()).doesNotContain("whsec_", "xyz");
        assertThat(AlertWriters.fromConfig(config, new OkHttpClient(), new SimpleMeterRegistry())).extracting(AlertWriter::name)
                .containsExactly("jsonl", "sql", "webhook:chat", "webhook:2");
    }

    @Test
    void theJsonlFileRotatesAt100MbAndAWeekOfIdsIsRememberedByDefault() {
        SinkConfig config = sink(Map.of());
        assertThat(config.jsonlRotateSize()).isEqualTo(100L << 20);
        assertThat(config.jsonlDedupDays()).isEqualTo(7);
        SinkConfig custom = sink(Map.of("sink.jsonl-rotate-size", "0", "sink.jsonl-dedup-days", "2"));
        assertThat(custom.jsonlRotateSize()).isZero();
        assertThat(custom.jsonlDedupDays()).isEqualTo(2);
        assertThatThrownBy(() -> sink(Map.of("sink.jsonl-rotate-size", "lots")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.jsonl-rotate-size'");
    }

    @Test
    void aDestinationMayHaveADigestAndACapPerHour() {
        SinkConfig config = sink(Map.of("sink.webhooks", "url=https://hooks.example/a secret=" + SECRET
                + " id=paced digest=15m max-per-hour=20, url=https://hooks.example/b secret=" + SECRET
                + " id=capped max-per-hour=3, url=https://hooks.example/c secret=" + SECRET + " id=plain"));
        var destinations = config.webhooks().destinations();
        assertThat(destinations.get(0).digest()).isEqualTo(Duration.ofMinutes(15));
        assertThat(destinations.get(0).maxPerHour()).isEqualTo(20);
        assertThat(destinations.get(1).digestPeriod()).isEqualTo(Duration.ofHours(1));
        assertThat(destinations.get(2).paced()).isFalse();
        assertThat(config.digestDb()).isEqualTo(dir.resolve("alerts").resolve("webhook-digests.db"));
        List<AlertWriter> writers = AlertWriters.fromConfig(config, new OkHttpClient(), new SimpleMeterRegistry());
        try {
            assertThat(writers).extracting(AlertWriter::name)
                    .containsExactly("jsonl", "sql", "webhook:paced", "webhook:capped", "webhook:plain");
            assertThat(writers.get(2)).isInstanceOf(DigestWebhookWriter.class);
            assertThat(writers.get(4)).isInstanceOf(WebhookAlertWriter.class);
        } finally {
            for (AlertWriter w : writers) {
                try {
                    w.close();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void badPacingNamesTheKeyAndTheEntry() {
        String url = "url=https://x.example/h secret=" + SECRET;
        assertThatThrownBy(() -> sink(Map.of("sink.webhooks", url + " digest=soon")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhooks'").hasMessageContaining("entry 1")
                .hasMessageContaining("digest");
        assertThatThrownBy(() -> sink(Map.of("sink.webhooks", url + " digest=10s")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("between 1m and 7d");
        assertThatThrownBy(() -> sink(Map.of("sink.webhooks", url + " max-per-hour=0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhooks'").hasMessageContaining("max-per-hour");
        assertThatThrownBy(() -> sink(Map.of("sink.webhooks", url + " max-per-day=3")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown field 'max-per-day'");
    }

    @Test
    void deliveredWebhooksAreRememberedNextToTheDigestsForLongerThanAnAlertCanComeBack() {
        SinkConfig config = sink(Map.of());
        assertThat(config.deliveredDb()).isEqualTo(dir.resolve("alerts").resolve("webhook-delivered.db"));
        assertThat(config.deliveredRetention()).isEqualTo(Duration.ofDays(40));
        assertThat(sink(Map.of("sink.webhook.delivered-retention", "72h")).deliveredRetention())
                .isEqualTo(Duration.ofHours(72));
        assertThatThrownBy(() -> sink(Map.of("sink.webhook.delivered-retention", "71h")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhook.delivered-retention'")
                .hasMessageContaining("processor.story-window");
        assertThatThrownBy(() -> sink(Map.of("sink.webhook.delivered-retention", "a month")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhook.delivered-retention'");
        assertThatThrownBy(() -> sink(Map.of("sink.webhook.delivered-retention", "0s", "processor.story-window", "1h")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhook.delivered-retention'");
    }

    @Test
    void writersCanBeSwitchedOff() {
        SinkConfig config = sink(Map.of("sink.jsonl-enabled", "false", "sink.sql.enabled", "false"));
        assertThat(AlertWriters.fromConfig(config, new OkHttpClient(), new SimpleMeterRegistry())).isEmpty();
    }

    @Test
    void aPostgresUrlIsKeptAndItsPasswordIsNotShown() {
        SinkConfig.Sql sql = sink(Map.of("sink.sql.url", "jdbc:postgresql://db/alerts?password=hunter2",
                "sink.sql.password", "hunter3")).sql();
        assertThat(sql.url()).isEqualTo("jdbc:postgresql://db/alerts?password=hunter2");
        assertThat(sql.toString()).doesNotContain("hunter");
    }

    @Test
    void errorsNameTheKey() {
        assertThatThrownBy(() -> sink(Map.of("sink.sql.url", "jdbc:mysql://db/x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.sql.url'");
        assertThatThrownBy(() -> sink(Map.of("sink.webhooks", "url=https://x.example/h format=teams secret=" + SECRET)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhooks'").hasMessageContaining("format");
        assertThatThrownBy(() -> sink(Map.of("sink.webhooks", "url=https://x.example/h")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("secret is required");
        assertThatThrownBy(() -> sink(Map.of("sink.webhooks", "url=ftp://x.example/h secret=" + SECRET)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http or https");
        assertThatThrownBy(() -> sink(Map.of("sink.webhooks", "url=https://x.example/h secret=whsec_!!!")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("base64").hasMessageNotContaining("!!!");
        assertThatThrownBy(() -> sink(Map.of("sink.webhook.max-retries", "99")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhook.max-retries'");
        assertThatThrownBy(() -> sink(Map.of("sink.webhook.max-retries", "10", "sink.webhook.max-backoff", "1m")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhook.max-retries'")
                .hasMessageContaining("max.poll.interval.ms");
        assertThat(sink(Map.of("sink.webhook.max-retries", "10", "sink.webhook.max-backoff", "1m",
                "kafka.max.poll.interval.ms", "1200000")).webhooks().maxRetries()).isEqualTo(10);
        assertThatThrownBy(() -> sink(Map.of("sink.webhook.initial-backoff", "2m", "sink.webhook.max-backoff", "1m")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhook.max-backoff'");
    }

    @Test
    void aYamlMappingPerDestinationIsRejectedWithTheExpectedForm() throws Exception {
        Path file = dir.resolve("newswatch.yaml");
        java.nio.file.Files.writeString(file, "sink:\n  webhooks:\n    - url: https://x.example/h\n      secret: "
                + SECRET + "\n");
        assertThatThrownBy(() -> NewswatchConfig.from(ConfigLoader.load(file, Map.of(), Map.of())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sink.webhooks'")
                .hasMessageContaining("url=https://... format=json secret=whsec_... id=name");
    }

    @Test
    void aYamlListOfStringsIsTheFileForm() throws Exception {
        Path file = dir.resolve("newswatch.yaml");
        java.nio.file.Files.writeString(file, "data-dir: " + dir + "\nsink:\n  webhooks:\n"
                + "    - \"url=https://x.example/h id=ops secret=" + SECRET + "\"\n");
        SinkConfig config = NewswatchConfig.from(ConfigLoader.load(file, Map.of(), Map.of())).sink();
        assertThat(config.webhooks().destinations()).extracting(Webhook::id).containsExactly("ops");
    }
}
