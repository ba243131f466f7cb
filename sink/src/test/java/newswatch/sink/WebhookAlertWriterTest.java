package newswatch.sink;

import static newswatch.sink.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.sink.WebhookReceiver.Reply;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookAlertWriterTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    private static final SinkConfig.Webhooks FAST = new SinkConfig.Webhooks(List.of(), 3, Duration.ofSeconds(5),
            Duration.ofMillis(10), Duration.ofSeconds(2));

    @TempDir
    Path dir;

    private final OkHttpClient http = new OkHttpClient();
    private final List<WebhookAlertWriter> opened = new ArrayList<>();
    private WebhookReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        opened.forEach(WebhookAlertWriter::close);
        receiver.close();
    }

    private WebhookAlertWriter writer(String id, Webhook.Format format, SinkConfig.Webhooks delivery, Clock clock) {
        var ledger = new DeliveryLedger(dir.resolve("delivered.db"), Duration.ofDays(40), clock, () -> { });
        var writer = new WebhookAlertWriter(new Webhook(id, receiver.url(), format, SECRET), delivery, http, ledger,
                clock);
        opened.add(writer);
        return writer;
    }

    private WebhookAlertWriter writer(Webhook.Format format, SinkConfig.Webhooks delivery) {
        return writer("ops", format, delivery, Clock.systemUTC());
    }

    private WebhookAlertWriter writer() {
        return writer(Webhook.Format.json, FAST);
    }

    @Test
    void deliversTheAlertSignedPerStandardWebhooks() throws Exception {
        Alert a = alert("a1");
        long before = Instant.now().getEpochSecond();
        writer().write(a);

        assertThat(receiver.requests).hasSize(1);
        WebhookReceiver.Received got = receiver.requests.get(0);
        assertThat(got.header("webhook-id")).isEqualTo("a1");
        long timestamp = Long.parseLong(got.header("webhook-timestamp"));
        assertThat(timestamp).isBetween(before, Instant.now().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        byte[] signed = mac.doFinal(("a1." + timestamp + "." + got.text()).getBytes(StandardCharsets.UTF_8));
        assertThat(got.header("webhook-signature")).isEqualTo("v1," + Base64.getEncoder().encodeToString(signed));
        assertThat(got.header("content-type")).startsWith("application/json");
        assertThat(Json.MAPPER.readValue(got.body(), Alert.class)).isEqualTo(a);
    }

    @Test
    void anAlertAlreadyDeliveredIsNotSentAgain() throws Exception {
        WebhookAlertWriter writer = writer();
        writer.write(alert("a1"));
        writer.write(alert("a1"));
        assertThat(receiver.requests).hasSize(1);
    }

    @Test
    void aStoryUpdateOfADeliveredAlertIsNotSentAgain() throws Exception {
        WebhookAlertWriter writer = writer();
        Alert first = alert("a1");
        writer.write(first);
        writer.write(first.asStory(first.storyId(), first.alertId(), 2, List.of()));
        assertThat(receiver.requests).as("analysts are notified once per story, not once per copy").hasSize(1);
    }

    @Test
    void afterARestartNeitherAReplayNorAStoryUpdateIsSentAgainButAnotherDestinationStillGetsIt() throws Exception {
        Alert first = alert("a1");
        WebhookAlertWriter before = writer();
        before.write(first);
        before.close();

        WebhookAlertWriter after = writer();
        after.write(first);
        after.write(first.asStory(first.storyId(), first.alertId(), 2, List.of()));
        assertThat(receiver.requests).as("the new writer reads what the old one delivered from the file").hasSize(1);

        writer("other", Webhook.Format.json, FAST, Clock.systemUTC()).write(first);
        assertThat(receiver.requests).hasSize(2);
    }

    @Test
    void afterARestartARefusedAlertIsRefusedAgainWithTheSameAnswerAndNotSent() throws Exception {
        receiver.then(new Reply(400, Map.of(), "no such channel", 0));
        WebhookAlertWriter before = writer();
        assertThatThrownBy(() -> before.write(alert("a1"))).isInstanceOf(PermanentDeliveryException.class);
        before.close();

        assertThatThrownBy(() -> writer().write(alert("a1"))).isInstanceOfSatisfying(PermanentDeliveryException.class,
                e -> assertThat(e.getMessage()).contains("webhook:ops", "400", "no such channel"));
        assertThat(receiver.requests).hasSize(1);
    }

    @Test
    void anAlertTheDestinationDidNotAcceptIsNotRecordedAndIsSentAfterARestart() throws Exception {
        receiver.then(Reply.of(503), Reply.of(503), Reply.of(503), Reply.of(503));
        WebhookAlertWriter before = writer();
        assertThatThrownBy(() -> before.write(alert("a1"))).isInstanceOf(IOException.class);
        before.close();

        writer().write(alert("a1"));
        assertThat(receiver.requests).hasSize(5);
        assertThat(receiver.requests.get(4).header("webhook-id")).isEqualTo("a1");
    }

    @Test
    void anUnusableLedgerDoesNotStopDeliveriesAndMemoryStillDeduplicates() throws Exception {
        Path notAFile = java.nio.file.Files.createDirectories(dir.resolve("taken"));
        var misses = new java.util.concurrent.atomic.AtomicInteger();
        var writer = new WebhookAlertWriter(new Webhook("ops", receiver.url(), Webhook.Format.json, SECRET), FAST, http,
                new DeliveryLedger(notAFile, Duration.ofDays(40), Clock.systemUTC(), misses::incrementAndGet));
        opened.add(writer);

        writer.write(alert("a1"));
        writer.write(alert("a1"));
        writer.write(alert("a2"));
        assertThat(receiver.requests).extracting(r -> r.header("webhook-id")).containsExactly("a1", "a2");
        assertThat(misses).hasPositiveValue();
    }

    @Test
    void theWritersOfTheConfigurationCountTheirLedgerMissesUnderTheirName() throws Exception {
        var config = newswatch.common.config.NewswatchConfig.from(newswatch.common.config.ConfigLoader.load(null,
                Map.of(), Map.of("data-dir", dir.toString(), "sink.jsonl-enabled", "false", "sink.sql.enabled", "false",
                        "sink.webhooks", "url=" + receiver.url() + " secret=" + SECRET + " id=ops"))).sink();
        java.nio.file.Files.createDirectories(config.deliveredDb());
        var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        List<AlertWriter> writers = AlertWriters.fromConfig(config, http, meters);
        try (AlertWriter writer = writers.get(0)) {
            writer.write(alert("a1"));
        }
        assertThat(receiver.requests).hasSize(1);
        assertThat(meters.get("newswatch.sink.webhook.ledger.failures").tag("writer", "webhook:ops").counter().count())
                .isPositive();
    }

    @Test
    void retriesAfterA503AndDeliversWithTheSameId() throws Exception {
        receiver.then(Reply.of(503), Reply.of(502));
        writer().write(alert("a1"));
        assertThat(receiver.requests).hasSize(3)
                .allSatisfy(r -> assertThat(r.header("webhook-id")).isEqualTo("a1"));
    }

    @Test
    void aTimeoutIsRetried() throws Exception {
        writer().write(alert("warm-up"));
        var shortTimeout = new SinkConfig.Webhooks(List.of(), 3, Duration.ofMillis(300), Duration.ofMillis(10),
                Duration.ofSeconds(2));
        receiver.then(new Reply(200, Map.of(), "", 1_000));
        writer(Webhook.Format.json, shortTimeout).write(alert("a1"));
        assertThat(receiver.requests).hasSize(3);
    }

    @Test
    void honoursRetryAfter() throws Exception {
        receiver.then(new Reply(429, Map.of("Retry-After", "1"), "slow down", 0));
        writer().write(alert("a1"));
        assertThat(receiver.requests).hasSize(2);
        long gap = receiver.requests.get(1).nanoTime() - receiver.requests.get(0).nanoTime();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRetryAfterBeyondTheBackOffCapFailsAtOnceAndTheDestinationWaits() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
        WebhookAlertWriter writer = writer("ops", Webhook.Format.json, FAST, clock);
        receiver.then(new Reply(503, Map.of("Retry-After", "120"), "", 0));

        assertThatThrownBy(() -> writer.write(alert("a1"))).isInstanceOf(IOException.class)
                .isNotInstanceOf(PermanentDeliveryException.class).hasMessageContaining("wait 120 s");
        assertThatThrownBy(() -> writer.write(alert("a1"))).isInstanceOf(IOException.class);
        assertThat(receiver.requests).hasSize(1);

        clock.now = clock.now.plusSeconds(121);
        writer.write(alert("a1"));
        assertThat(receiver.requests).hasSize(2);
    }

    @Test
    void aBadRequestIsPermanentAndCarriesTheResponse() throws Exception {
        receiver.then(new Reply(400, Map.of(), "no such channel", 0));
        WebhookAlertWriter writer = writer();

        assertThatThrownBy(() -> writer.write(alert("a1"))).isInstanceOfSatisfying(PermanentDeliveryException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.responseBody()).isEqualTo("no such channel");
            assertThat(e.getMessage()).contains("webhook:ops", "400", "no such channel");
        });
        assertThatThrownBy(() -> writer.write(alert("a1"))).isInstanceOf(PermanentDeliveryException.class);
        assertThat(receiver.requests).as("a refused alert is not re-sent when the sink re-offers it").hasSize(1);
    }

    @Test
    void aRedirectIsNotFollowedAndIsPermanent() {
        receiver.then(new Reply(302, Map.of("Location", "http://127.0.0.1:1/elsewhere"), "", 0));
        assertThatThrownBy(() -> writer().write(alert("a1"))).isInstanceOf(PermanentDeliveryException.class);
        assertThat(receiver.requests).hasSize(1);
    }

    @Test
    void aReceiverThatKeepsFailingGetsABoundedNumberOfAttempts() {
        for (int i = 0; i < 10; i++) {
            receiver.then(Reply.of(500));
        }
        assertThatThrownBy(() -> writer().write(alert("a1"))).isInstanceOf(IOException.class)
                .isNotInstanceOf(PermanentDeliveryException.class)
                .hasMessageContaining("after 4 attempts").hasMessageContaining("HTTP 500");
        assertThat(receiver.requests).hasSize(4);
    }

    @Test
    void aReceiverThatIsDownIsATransientFailureAfterBoundedRetries() {
        WebhookAlertWriter writer = writer();
        receiver.close();
        long start = System.nanoTime();
        assertThatThrownBy(() -> writer.write(alert("a1"))).isInstanceOf(IOException.class)
                .isNotInstanceOf(PermanentDeliveryException.class).hasMessageContaining("after 4 attempts");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aReceiverBackAfterAnOutageGetsTheAlert() throws Exception {
        receiver.then(Reply.of(503), Reply.of(503), Reply.of(503), Reply.of(503));
        WebhookAlertWriter writer = writer();
        assertThatThrownBy(() -> writer.write(alert("a1"))).isInstanceOf(IOException.class);
        writer.write(alert("a1"));
        assertThat(receiver.requests).hasSize(5);
    }

    @Test
    void slackFormatIsOneReadableEscapedLine() throws Exception {
        writer(Webhook.Format.slack, FAST).write(alert("a1"));
        var body = Json.MAPPER.readTree(receiver.requests.get(0).body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.path("text").asText()).isEqualTo(
                "*defection* 7.3 high: <https://news.test/a1|Title &lt;a1&gt; &amp; more> (News Test) · why: defector");
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
