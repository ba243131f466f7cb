package newswatch.sink;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one signed message to one destination (Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}). 5xx, 408, 429, timeouts and connection errors are retried a bounded number of times
 * with exponential back-off (Retry-After honoured), then reported as an {@link IOException}; any other non-2xx
 * answer is a {@link PermanentDeliveryException}. Redirects are not followed. Safe for concurrent use.
 */
final class WebhookSender {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_RESPONSE_KEPT = 2048;

    private final String name;
    private final Webhook destination;
    private final SinkConfig.Webhooks delivery;
    private final OkHttpClient client;
    private final Clock clock;
    private final byte[] key;
    private volatile Instant notBefore = Instant.MIN;

    WebhookSender(String name, Webhook destination, SinkConfig.Webhooks delivery, OkHttpClient client,
                  Clock clock) {
        this.name = name;
        this.destination = destination;
        this.delivery = delivery;
        this.client = client.newBuilder().callTimeout(delivery.timeout())
                .followRedirects(false).followSslRedirects(false).build();
        this.clock = clock;
        this.key = destination.secretKey();
    }

    /** Delivers {@code body} with {@code webhook-id} = {@code id}; {@code what} names it in messages ("alert X"). */
    void deliver(String id, byte[] body, String what) throws IOException {
        if (clock.instant().isBefore(notBefore)) {
            throw new IOException(name + ": " + destination.safeUrl() + " asked to wait until " + notBefore);
        }
        String lastFailure = "";
        Duration wait = Duration.ZERO;
        for (int attempt = 0; attempt <= delivery.maxRetries(); attempt++) {
            sleep(wait);
            Attempt result = send(id, body);
            if (result.status() / 100 == 2) {
                return;
            }
            if (!result.retryable()) {
                throw new PermanentDeliveryException(name, result.status(), result.response());
            }
            lastFailure = result.failure();
            if (result.retryAfter() != null && result.retryAfter().compareTo(delivery.maxBackoff()) > 0) {
                notBefore = clock.instant().plus(result.retryAfter());
                throw new IOException(name + ": " + destination.safeUrl() + " answered " + lastFailure
                        + " and asked to wait " + result.retryAfter().toSeconds() + " s; " + what + " not delivered");
            }
            wait = result.retryAfter() != null ? result.retryAfter() : backoff(attempt);
            if (attempt < delivery.maxRetries()) {
                LOG.warn("{}: {} not delivered to {} ({}); retrying in {} ms", name, what, destination.safeUrl(),
                        lastFailure, wait.toMillis());
            }
        }
        throw new IOException(name + ": " + what + " not delivered to " + destination.safeUrl() + " after "
                + (delivery.maxRetries() + 1) + " attempts; last: " + lastFailure);
    }

    /** One POST; status -1 when no response came (timeout, connection refused, reset). */
    private record Attempt(int status, String failure, Duration retryAfter, String response) {
        boolean retryable() {
            return status < 0 || status >= 500 || status == 408 || status == 429;
        }
    }

    private Attempt send(String id, byte[] body) {
        long timestamp = clock.instant().getEpochSecond();
        Request request = new Request.Builder().url(destination.url().toString())
                .header(StandardWebhooks.ID, id)
                .header(StandardWebhooks.TIMESTAMP, Long.toString(timestamp))
                .header(StandardWebhooks.SIGNATURE, StandardWebhooks.sign(key, id, timestamp, body))
                .header("User-Agent", "newswatch-sink")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = client.newCall(request).execute()) {
            int status = response.code();
            String text = status / 100 == 2 ? "" : response.peekBody(MAX_RESPONSE_KEPT).string();
            return new Attempt(status, "HTTP " + status, retryAfter(response), text);
        } catch (IOException e) {
            return new Attempt(-1, e.toString(), null, "");
        }
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Duration.ofDays(1) : Duration.ofSeconds(Long.parseLong(value));
        }
        Date date = response.headers().getDate("Retry-After");
        if (date == null) {
            return null;
        }
        Duration until = Duration.between(clock.instant(), date.toInstant());
        return until.isNegative() ? Duration.ZERO : until;
    }

    private Duration backoff(int attempt) {
        Duration d = delivery.initialBackoff().multipliedBy(1L << Math.min(attempt, 20));
        return d.compareTo(delivery.maxBackoff()) > 0 ? delivery.maxBackoff() : d;
    }

    private static void sleep(Duration d) throws InterruptedIOException {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry a webhook delivery");
        }
    }
}
