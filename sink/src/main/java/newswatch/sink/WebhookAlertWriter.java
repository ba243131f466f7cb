package newswatch.sink;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import newswatch.common.model.Alert;
import okhttp3.OkHttpClient;

/**
 * POSTs each alert to one destination as it comes, signed per Standard Webhooks with {@code webhook-id} = alertId,
 * so a receiver can de-duplicate replays. Retries and failures are those of {@link WebhookSender}: an
 * {@link IOException} makes the sink hold the partition, a {@link PermanentDeliveryException} dead-letters the alert.
 */
public final class WebhookAlertWriter implements AlertWriter {
    private static final int REMEMBERED_IDS = 10_000;

    private final Webhook destination;
    private final WebhookSender sender;
    /** Delivered in this process: the sink re-offers an alert when another writer failed on it. */
    private final Map<String, Boolean> delivered = lru();
    private final Map<String, PermanentDeliveryException> refused = lru();

    /** @param client the HTTP client to derive from (the SSRF-guarded one in production); its pool is shared */
    public WebhookAlertWriter(Webhook destination, SinkConfig.Webhooks delivery, OkHttpClient client) {
        this(destination, delivery, client, Clock.systemUTC());
    }

    WebhookAlertWriter(Webhook destination, SinkConfig.Webhooks delivery, OkHttpClient client, Clock clock) {
        this.destination = destination;
        this.sender = new WebhookSender(name(), destination, delivery, client, clock);
    }

    @Override
    public String name() {
        return "webhook:" + destination.id();
    }

    @Override
    public synchronized void write(Alert alert) throws IOException {
        String id = alert.alertId();
        if (delivered.containsKey(id)) {
            return;
        }
        PermanentDeliveryException earlier = refused.get(id);
        if (earlier != null) {
            throw earlier;
        }
        try {
            sender.deliver(id, WebhookPayloads.body(destination.format(), alert), "alert " + id);
            delivered.put(id, Boolean.TRUE);
        } catch (PermanentDeliveryException e) {
            refused.put(id, e);
            throw e;
        }
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED_IDS;
            }
        };
    }
}
