package newswatch.sink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import newswatch.common.json.Json;
import newswatch.sink.WebhookAlertWriterTest.MutableClock;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A capped destination (one alert at once per hour, the rest in the hourly digest) keeps the writer contract. */
class DigestWebhookWriterContractTest extends AbstractAlertWriterContractTest {
    private static final String SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final SinkConfig.Webhooks FAST = new SinkConfig.Webhooks(List.of(), 3, Duration.ofSeconds(5),
            Duration.ofMillis(10), Duration.ofSeconds(2));
    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOON);
    private final OkHttpClient http = new OkHttpClient();
    private WebhookReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Override
    protected AlertWriter openWriter() {
        var destination = new Webhook("ops", receiver.url(), Webhook.Format.json, SECRET, Duration.ZERO, 1);
        return new DigestWebhookWriter(destination, FAST, http,
                dir.resolve("digests.db"), clock, null);
    }

    /** Sends what is due an hour later, then lists every alert the receiver got, alone or in a digest. */
    @Override
    protected List<String> storedIds() throws Exception {
        clock.now = clock.now.plus(Duration.ofHours(1));
        try (DigestWebhookWriter flusher = (DigestWebhookWriter) openWriter()) {
            flusher.flushDue();
        }
        List<String> ids = new ArrayList<>();
        for (WebhookReceiver.Received r : receiver.requests) {
            var body = Json.MAPPER.readTree(r.body());
            if (body.path("digest").asBoolean()) {
                body.path("alerts").forEach(a -> ids.add(a.path("alertId").asText()));
            } else {
                ids.add(body.path("alertId").asText());
            }
        }
        return ids;
    }
}
