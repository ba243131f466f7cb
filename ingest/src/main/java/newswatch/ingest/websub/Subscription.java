package newswatch.ingest.websub;

import java.time.Instant;

/**
 * One subscription this instance asked a hub for. The id names its callback path, so a push or verification
 * request is matched to it without trusting anything else in the request.
 *
 * @param leaseEnd null until the hub has verified the subscription
 */
record Subscription(String id, String feedUrl, String hub, String topic, String secret, Instant leaseEnd) {
    Subscription verified(Instant end) {
        return new Subscription(id, feedUrl, hub, topic, secret, end);
    }

    boolean active(Instant now) {
        return leaseEnd != null && leaseEnd.isAfter(now);
    }
}
