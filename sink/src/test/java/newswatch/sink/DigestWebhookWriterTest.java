package newswatch.sink;

import static newswatch.sink.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import newswatch.common.json.Json;
import newswatch.sink.WebhookAlertWriterTest.MutableClock;
import newswatch.sink.WebhookReceiver.Received;
import newswatch.sink.WebhookReceiver.Reply;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestWebhookWriterTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    private static final SinkConfig.Webhooks FAST = new SinkConfig.Webhooks(List.of(), 3, Duration.ofSeconds(5),
            Duration.ofMillis(10), Duration.ofSeconds(2));
    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
    private static final List<String> BURST = IntStream.range(0, 30).mapToObj(i -> "a" + i).toList();

    @TempDir
    Path dir;

    private final OkHttpClient http = new OkHttpClient();
    private final MutableClock clock = new MutableClock(NOON);
    private final List<DigestWebhookWriter> opened = new ArrayList<>();
    private WebhookReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        opened.forEach(DigestWebhookWriter::close);
        receiver.close();
    }

    private DigestWebhookWriter writer(Webhook.Format format, Duration digest, int maxPerHour, Duration flushEvery) {
        var destination = new Webhook("ops", receiver.url(), format, SECRET, digest, maxPerHour);
        DigestWebhookWriter writer = new DigestWebhookWriter(destination, FAST, http, dir.resolve("digests.db"), clock,
                flushEvery);
        opened.add(writer);
        return writer;
    }

    private DigestWebhookWriter capOfFive() {
        return writer(Webhook.Format.json, Duration.ZERO, 5, null);
    }

    private static void writeAll(DigestWebhookWriter writer, List<String> ids) throws IOException {
        for (String id : ids) {
            writer.write(alert(id));
        }
    }

    private List<String> webhookIds() {
        return receiver.requests.stream().map(r -> r.header("webhook-id")).toList();
    }

    private static List<String> digestAlertIds(Received digest) throws IOException {
        JsonNode body = Json.MAPPER.readTree(digest.body());
        assertThat(body.path("digest").asBoolean()).isTrue();
        List<String> ids = new ArrayList<>();
        body.path("alerts").forEach(a -> ids.add(a.path("alertId").asText()));
        assertThat(body.path("count").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private static void assertSigned(Received got) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String signed = got.header("webhook-id") + "." + got.header("webhook-timestamp") + "." + got.text();
        assertThat(got.header("webhook-signature"))
                .isEqualTo("v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aBurstOverTheCapSendsFiveAtOnceAndTheRestInOneSignedDigestAtTheEndOfTheHour() throws Exception {
        DigestWebhookWriter writer = capOfFive();
        writeAll(writer, BURST);
        assertThat(webhookIds()).containsExactly("a0", "a1", "a2", "a3", "a4");

        clock.now = NOON.plusSeconds(3599);
        assertThat(writer.flushDue()).isZero();
        clock.now = NOON.plusSeconds(3600);
        assertThat(writer.flushDue()).isEqualTo(25);

        assertThat(receiver.requests).hasSize(6);
        Received digest = receiver.requests.get(5);
        assertThat(digest.header("webhook-id")).startsWith("digest_");
        assertSigned(digest);
        assertThat(digestAlertIds(digest)).containsExactlyElementsOf(BURST.subList(5, 30));
        assertThat(Json.MAPPER.readTree(digest.body()).path("period").asText()).isEqualTo("PT1H");

        writer.write(alert("next-hour"));
        assertThat(webhookIds()).last().isEqualTo("next-hour");
    }

    @Test
    void aRestartBeforeTheFlushStillSendsTheDigestOnce() throws Exception {
        try (DigestWebhookWriter first = capOfFive()) {
            writeAll(first, BURST);
        }
        clock.now = NOON.plusSeconds(3600);
        DigestWebhookWriter second = capOfFive();
        assertThat(second.flushDue()).isEqualTo(25);
        assertThat(second.flushDue()).isZero();
        second.close();

        DigestWebhookWriter third = capOfFive();
        writeAll(third, BURST);
        assertThat(third.flushDue()).isZero();
        assertThat(receiver.requests).hasSize(6);
        assertThat(digestAlertIds(receiver.requests.get(5))).hasSize(25);
    }

    @Test
    void aReplayOfTheSameAlertsAddsNoSecondEntryBeforeOrAfterTheDigest() throws Exception {
        DigestWebhookWriter writer = capOfFive();
        writeAll(writer, BURST);
        writeAll(writer, BURST);
        clock.now = NOON.plusSeconds(3600);
        writer.flushDue();
        writeAll(writer, BURST);
        clock.now = NOON.plusSeconds(7200);
        assertThat(writer.flushDue()).isZero();

        assertThat(receiver.requests).hasSize(6);
        assertThat(digestAlertIds(receiver.requests.get(5))).doesNotHaveDuplicates().hasSize(25);
    }

    @Test
    void aDigestOnlyDestinationHoldsEveryAlertAndSendsSlackOneLineEach() throws Exception {
        DigestWebhookWriter writer = writer(Webhook.Format.slack, Duration.ofMinutes(15), 0, null);
        writeAll(writer, List.of("s1", "s2", "s3"));
        assertThat(receiver.requests).isEmpty();

        clock.now = NOON.plus(Duration.ofMinutes(15));
        assertThat(writer.flushDue()).isEqualTo(3);
        String text = Json.MAPPER.readTree(receiver.requests.get(0).body()).path("text").asText();
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("digest").contains("3 alerts").contains("every 15m");
        assertThat(lines[1]).contains("&lt;s1&gt;");
        assertThat(lines[3]).contains("&lt;s3&gt;");
    }

    @Test
    void manyDueAlertsAreSplitIntoDigestsOfAtMostTheMessageLimit() throws Exception {
        DigestWebhookWriter writer = writer(Webhook.Format.json, Duration.ofHours(1), 0, null);
        int total = DigestWebhookWriter.MAX_PER_DIGEST + 20;
        writeAll(writer, IntStream.range(0, total).mapToObj(i -> "m" + i).toList());
        clock.now = NOON.plusSeconds(3600);
        assertThat(writer.flushDue()).isEqualTo(total);
        assertThat(receiver.requests).hasSize(2);
        assertThat(digestAlertIds(receiver.requests.get(0))).hasSize(DigestWebhookWriter.MAX_PER_DIGEST);
        assertThat(digestAlertIds(receiver.requests.get(1))).hasSize(20);
    }

    @Test
    void aFailedDigestKeepsItsAlertsForALaterAttempt() throws Exception {
        DigestWebhookWriter writer = writer(Webhook.Format.json, Duration.ofMinutes(15), 0, null);
        writeAll(writer, List.of("f1", "f2"));
        receiver.then(Reply.of(503), Reply.of(503), Reply.of(503), Reply.of(503));
        clock.now = NOON.plus(Duration.ofMinutes(15));

        assertThatThrownBy(writer::flushDue).isInstanceOf(IOException.class).hasMessageContaining("digest_");
        assertThat(receiver.requests).hasSize(4);
        assertThat(writer.flushDue()).isZero();

        clock.now = clock.now.plusSeconds(3);
        assertThat(writer.flushDue()).isEqualTo(2);
        assertThat(receiver.requests).hasSize(5);
        assertThat(receiver.requests.get(4).header("webhook-id")).isEqualTo(receiver.requests.get(0).header("webhook-id"));
        assertThat(digestAlertIds(receiver.requests.get(4))).containsExactly("f1", "f2");
    }

    @Test
    void aDigestRefusedForGoodIsNotSentAgain() throws Exception {
        DigestWebhookWriter writer = writer(Webhook.Format.json, Duration.ofMinutes(15), 0, null);
        writeAll(writer, List.of("r1"));
        receiver.then(Reply.of(400));
        clock.now = NOON.plus(Duration.ofMinutes(15));
        assertThat(writer.flushDue()).isZero();
        writer.write(alert("r1"));
        clock.now = NOON.plus(Duration.ofMinutes(30));
        assertThat(writer.flushDue()).isZero();
        assertThat(receiver.requests).hasSize(1);
    }

    @Test
    void theSchedulerSendsDueDigestsOnItsOwn() throws Exception {
        DigestWebhookWriter writer = writer(Webhook.Format.json, Duration.ZERO, 5, Duration.ofMillis(50));
        writeAll(writer, BURST);
        clock.now = NOON.plusSeconds(3600);
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.requests.size() == 6);
        assertThat(digestAlertIds(receiver.requests.get(5))).hasSize(25);
    }
}
