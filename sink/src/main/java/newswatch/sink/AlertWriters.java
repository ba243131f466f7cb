package newswatch.sink;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import newswatch.common.config.SinkConfig;
import okhttp3.OkHttpClient;

/** The writers a configuration enables, in delivery order: JSON Lines, SQL, then each webhook destination. */
public final class AlertWriters {
    private AlertWriters() {
    }

    /**
     * @param http the client webhook deliveries derive from; pass the SSRF-guarded client so destination
     *             addresses are checked like ingest's
     */
    public static List<AlertWriter> fromConfig(SinkConfig config, OkHttpClient http) {
        List<AlertWriter> writers = new ArrayList<>();
        if (config.jsonlEnabled()) {
            writers.add(new JsonlAlertWriter(config.jsonlPath(), config.jsonlRotateSize(), config.jsonlDedupDays(),
                    Clock.systemUTC()));
        }
        if (config.sql().enabled()) {
            writers.add(new JdbcAlertWriter(config.sql()));
        }
        for (SinkConfig.Webhook destination : config.webhooks().destinations()) {
            writers.add(new WebhookAlertWriter(destination, config.webhooks(), http));
        }
        return List.copyOf(writers);
    }
}
