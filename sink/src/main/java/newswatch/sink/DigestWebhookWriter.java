package newswatch.sink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import newswatch.common.model.Alert;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook destination with a digest and/or a cap per hour ({@link Webhook#paced()}). Up to
 * {@code max-per-hour} alerts per UTC clock hour are delivered at once; the others are stored in the
 * {@link DigestStore} before {@link #write} returns and sent as one digest message at the end of the digest
 * period (periods aligned to the epoch, UTC). A scheduler thread sends due digests, with the retry policy of every
 * delivery; a digest that fails stays pending and is tried again after {@code max-backoff}. A digest the destination
 * refuses (4xx) cannot reach the dead-letter topic (its offsets are committed): its alerts are marked refused in the
 * store and logged. The digest's {@code webhook-id} is derived from its alert ids, so a digest re-sent after a crash
 * can be de-duplicated by the receiver.
 */
public final class DigestWebhookWriter implements AlertWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DigestWebhookWriter.class);
    /** Alerts per digest message (Slack truncates long texts); more due alerts go in further messages. */
    static final int MAX_PER_DIGEST = 100;
    /** How long sent alerts are remembered against replays. */
    static final Duration REMEMBERED = Duration.ofDays(30);

    private final Webhook destination;
    private final SinkConfig.Webhooks delivery;
    private final WebhookSender sender;
    private final DigestStore store;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private volatile Instant nextFlush = Instant.MIN;
    private Instant nextPrune = Instant.MIN;

    /**
     * @param store      the file of the {@code digest_pending} table (shared by destinations, one row per alert each)
     * @param flushEvery how often the scheduler looks for due digests; null: no scheduler (tests call {@link #flushDue})
     */
    public DigestWebhookWriter(Webhook destination, SinkConfig.Webhooks delivery, OkHttpClient client,
                               Path store, Clock clock, Duration flushEvery) {
        this.destination = destination;
        this.delivery = delivery;
        this.sender = new WebhookSender(name(), destination, delivery, client, clock);
        this.store = new DigestStore(store);
        this.clock = clock;
        if (flushEvery == null) {
            this.scheduler = null;
        } else {
            this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "digest-" + destination.id());
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::flushQuietly, flushEvery.toMillis(), flushEvery.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public String name() {
        return "webhook:" + destination.id();
    }

    @Override
    public synchronized void write(Alert alert) throws IOException {
        String id = alert.alertId();
        if (store.known(destination.id(), id)) {
            return;
        }
        Instant now = clock.instant();
        int cap = destination.maxPerHour();
        if (cap > 0 && store.sentAloneSince(destination.id(), floor(now, Duration.ofHours(1))) < cap) {
            sender.deliver(id, WebhookPayloads.body(destination.format(), alert), "alert " + id);
            store.recordSentAlone(destination.id(), id, clock.instant());
            return;
        }
        Duration period = destination.digestPeriod();
        store.hold(destination.id(), alert, floor(now, period).plus(period), now);
    }

    /** Sends the digests due now; returns the number of alerts sent. Failures keep the alerts pending. */
    int flushDue() throws IOException {
        Instant now = clock.instant();
        if (now.isBefore(nextFlush)) {
            return 0;
        }
        int sent = 0;
        List<Alert> due;
        do {
            due = store.due(destination.id(), now, MAX_PER_DIGEST);
            if (due.isEmpty()) {
                break;
            }
            String id = digestId(due);
            byte[] body = WebhookPayloads.digest(destination.format(), destination.digestPeriod(), now, due);
            try {
                sender.deliver(id, body, "digest " + id + " of " + due.size() + " alerts");
            } catch (PermanentDeliveryException e) {
                LOG.error("{}: digest {} of {} alerts refused for good; they are marked refused in the digest store: {}",
                        name(), id, due.size(), e.getMessage());
                store.settle(destination.id(), due, DigestStore.REFUSED, clock.instant());
                continue;
            } catch (IOException e) {
                nextFlush = clock.instant().plus(delivery.maxBackoff());
                throw e;
            }
            store.settle(destination.id(), due, DigestStore.SENT, clock.instant());
            sent += due.size();
        } while (due.size() == MAX_PER_DIGEST);
        if (!now.isBefore(nextPrune)) {
            store.prune(now.minus(REMEMBERED));
            nextPrune = now.plus(Duration.ofHours(1));
        }
        return sent;
    }

    private void flushQuietly() {
        try {
            int sent = flushDue();
            if (sent > 0) {
                LOG.info("{}: sent a digest of {} alerts", name(), sent);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: digest not sent, its alerts stay pending and are tried again after {} s: {}", name(),
                    delivery.maxBackoff().toSeconds(), e.toString());
        }
    }

    private static Instant floor(Instant t, Duration period) {
        long p = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), p) * p);
    }

    private String digestId(List<Alert> alerts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(destination.id().getBytes(StandardCharsets.UTF_8));
            alerts.stream().map(Alert::alertId).sorted()
                    .forEach(id -> sha.update(("\n" + id).getBytes(StandardCharsets.UTF_8)));
            return "digest_" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        store.close();
    }
}
