package newswatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import newswatch.common.config.IngestConfig;
import newswatch.ingest.feed.FeedItem;

/**
 * When a feed is polled next. Adaptive: half the mean gap between its recent items, so a feed is polled about twice
 * per new item; bounded by {@link IngestConfig#pollFloor()} and max-interval. The publisher's own hints (RSS
 * {@code <ttl>}, Cache-Control max-age) are lower bounds: asking again sooner only fetches what they said is fresh.
 * Failures double the wait up to max-interval and never stop polling. Every wait gets +-10% jitter so feeds added
 * together do not stay in lock-step against the same hosts.
 */
final class PollSchedule {
    // Enough items to average out bursts, few enough to follow a change of pace within a day or so.
    static final int RATE_SAMPLE = 10;

    private final IngestConfig config;
    private final Clock clock;
    private final RandomGenerator random;

    PollSchedule(IngestConfig config, Clock clock, RandomGenerator random) {
        this.config = config;
        this.clock = clock;
        this.random = random;
    }

    /** Mean gap between the newest {@link #RATE_SAMPLE} dated items; null with fewer than two distinct dates. */
    static Duration publishingGap(List<FeedItem> items) {
        List<Instant> dates = items.stream()
                .map(i -> i.published() != null ? i.published() : i.updated())
                .filter(Objects::nonNull)
                .sorted(java.util.Comparator.reverseOrder())
                .limit(RATE_SAMPLE)
                .toList();
        if (dates.size() < 2) {
            return null;
        }
        Duration span = Duration.between(dates.get(dates.size() - 1), dates.get(0));
        return span.isZero() ? null : span.dividedBy(dates.size() - 1);
    }

    /**
     * After a poll that reached the feed.
     *
     * @param publishGap   from {@link #publishingGap}, null when unknown (then poll-interval is used)
     * @param missedItems  every item was new: poll as fast as allowed until the rate is caught up with
     */
    Instant afterSuccess(Duration publishGap, Integer ttlMinutes, Duration cacheMaxAge, boolean missedItems) {
        Duration wait = publishGap == null ? config.pollInterval() : publishGap.dividedBy(2);
        if (missedItems) {
            wait = config.pollFloor();
        }
        wait = clamp(wait);
        if (ttlMinutes != null && ttlMinutes > 0) {
            wait = longer(wait, Duration.ofMinutes(ttlMinutes));
        }
        wait = shorter(longer(wait, cacheMaxAge), config.maxInterval());
        return clock.instant().plus(jittered(wait));
    }

    /** After the n-th failure in a row: poll-interval doubled per failure, at least Retry-After, at most max-interval. */
    Instant afterFailure(int consecutiveFailures, Duration retryAfter) {
        Duration wait = config.pollInterval();
        for (int i = 0; i < consecutiveFailures && wait.compareTo(config.maxInterval()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        wait = shorter(longer(wait, retryAfter), config.maxInterval());
        return clock.instant().plus(jittered(wait));
    }

    private Duration clamp(Duration d) {
        return shorter(longer(d, config.pollFloor()), config.maxInterval());
    }

    private Duration jittered(Duration d) {
        long ms = d.toMillis();
        long jitter = ms / 10;
        return jitter == 0 ? d : Duration.ofMillis(ms + random.nextLong(-jitter, jitter + 1));
    }

    private static Duration longer(Duration a, Duration b) {
        return b != null && b.compareTo(a) > 0 ? b : a;
    }

    private static Duration shorter(Duration a, Duration b) {
        return b.compareTo(a) < 0 ? b : a;
    }
}
