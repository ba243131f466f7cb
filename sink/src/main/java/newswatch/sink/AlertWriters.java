package newswatch.sink;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import okhttp3.OkHttpClient;

/**
 * The writers a configuration enables, in delivery order: JSON Lines, SQL, then each webhook destination (paced
 * ones, with a digest or a cap per hour, through {@link DigestWebhookWriter}).
 */
public final class AlertWriters {
    /** How often paced webhook destinations look for due digests. */
    private static final Duration DIGEST_CHECK = Duration.ofSeconds(5);

    private AlertWriters() {
    }

    /**
     * @param http the client webhook deliveries derive from; pass the SSRF-guarded client so destination
     *             addresses are checked like ingest's
     * @param meters where webhook writers count the times their delivery ledger was unusable
     */
    public static List<AlertWriter> fromConfig(SinkConfig config, OkHttpClient http, MeterRegistry meters) {
        SinkMetrics metrics = new SinkMetrics(meters);
        List<AlertWriter> writers = new ArrayList<>();
        if (config.jsonlEnabled()) {
            writers.add(new JsonlAlertWriter(config.jsonlPath(), config.jsonlRotateSize(), config.jsonlDedupDays(),
                    config.jsonlRetainDays(), Clock.systemUTC()));
        }
        if (config.sql().enabled()) {
            writers.add(new JdbcAlertWriter(config.sql()));
        }
        for (Webhook destination : config.webhooks().destinations()) {
            writers.add(destination.paced()
                    ? new DigestWebhookWriter(destination, config.webhooks(), http, config.digestDb(), Clock.systemUTC(),
                            DIGEST_CHECK)
                    : new WebhookAlertWriter(destination, config.webhooks(), http, ledger(config, destination, metrics)));
        }
        return List.copyOf(writers);
    }

    /** One per writer, like the digest store: each closes its own, and SQLite serialises their writes. */
    private static DeliveryLedger ledger(SinkConfig config, Webhook destination, SinkMetrics metrics) {
        String writer = "webhook:" + destination.id();
        return new DeliveryLedger(config.deliveredDb(), config.deliveredRetention(), Clock.systemUTC(),
                () -> metrics.ledgerFailed(writer));
    }
}
