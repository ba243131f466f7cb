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
 * What the destination accepted or refused is kept in a {@link DeliveryLedger}, so a story update or a replay is not
 * sent again after a restart either; an in-memory LRU in front of it saves a file read per re-offered alert.
 */
public final class WebhookAlertWriter implements AlertWriter {
    private static final int REMEMBERED_IDS = 10_000;

    private final Webhook destination;
    private final WebhookSender sender;
    private final DeliveryLedger ledger;
    private final Clock clock;
    /** The sink re-offers an alert when another writer failed on it, and stories come back with every new copy. */
    private final Map<String, Boolean> delivered = lru();
    private final Map<String, PermanentDeliveryException> refused = lru();

    /**
     * @param client the HTTP client to derive from (the SSRF-guarded one in production); its pool is shared
     * @param ledger closed with this writer
     */
    WebhookAlertWriter(Webhook destination, SinkConfig.Webhooks delivery, OkHttpClient client, DeliveryLedger ledger) {
        this(destination, delivery, client, ledger, Clock.systemUTC());
    }

    WebhookAlertWriter(Webhook destination, SinkConfig.Webhooks delivery, OkHttpClient client, DeliveryLedger ledger,
                       Clock clock) {
        this.destination = destination;
        this.sender = new WebhookSender(name(), destination, delivery, client, clock);
        this.ledger = ledger;
        this.clock = clock;
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
        if (ledger.delivered(destination.id(), id)) {
            delivered.put(id, Boolean.TRUE);
            return;
        }
        DeliveryLedger.Refusal refusal = ledger.refusal(destination.id(), id);
        if (refusal != null) {
            throw remember(id, new PermanentDeliveryException(name(), refusal.status(), refusal.response()));
        }
        try {
            sender.deliver(id, WebhookPayloads.body(destination.format(), alert), "alert " + id);
        } catch (PermanentDeliveryException e) {
            ledger.markRefused(destination.id(), id, e.status(), e.responseBody(), clock.instant());
            throw remember(id, e);
        }
        // Recorded only once the destination answered 2xx: a crash before this line sends the alert once more
        // after the restart, with the same webhook-id, which Standard Webhooks receivers drop. Recording first
        // would lose the notification instead whenever the POST then failed.
        ledger.markDelivered(destination.id(), id, clock.instant());
        delivered.put(id, Boolean.TRUE);
    }

    private PermanentDeliveryException remember(String id, PermanentDeliveryException e) {
        refused.put(id, e);
        return e;
    }

    @Override
    public void close() {
        ledger.close();
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
