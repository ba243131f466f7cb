package newswatch.common.config;

import java.time.Duration;
import java.util.List;

/**
 * Ingest settings ({@code ingest.*}).
 *
 * @param minInterval shortest adaptive poll interval; a lower {@code pollInterval} lowers it (see
 *                    {@link #pollFloor()})
 * @param maxInterval longest poll interval, failure back-off and Retry-After included
 * @param websubCallbackUrl how hubs reach this instance's callback endpoint; blank: its bound address
 */
public record IngestConfig(
        String groupId,
        int threads,
        String feeds,
        Duration pollInterval,
        boolean pollOnStart,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodySize,
        int maxRedirects,
        Duration hostDelay,
        String userAgent,
        boolean fetchPages,
        int rememberItems,
        List<String> allowPrivateHosts,
        Duration minInterval,
        Duration maxInterval,
        boolean websubEnabled,
        String websubCallbackUrl,
        String websubHost,
        int websubPort,
        Duration websubLease) {

    static IngestConfig from(Settings s) {
        Duration poll = s.duration("ingest.poll-interval");
        if (poll.toSeconds() < 1) {
            throw new ConfigException("ingest.poll-interval", "must be at least 1s");
        }
        Duration min = s.duration("ingest.min-interval");
        if (min.toSeconds() < 1) {
            throw new ConfigException("ingest.min-interval", "must be at least 1s");
        }
        Duration max = s.duration("ingest.max-interval");
        if (max.compareTo(min) < 0) {
            throw new ConfigException("ingest.max-interval", "must not be shorter than ingest.min-interval (" + min + ")");
        }
        if (poll.compareTo(max) > 0) {
            throw new ConfigException("ingest.poll-interval", "must not be longer than ingest.max-interval (" + max + ")");
        }
        return new IngestConfig(
                s.nonBlank("ingest.group-id"),
                s.intBetween("ingest.threads", 1, 256),
                s.string("ingest.feeds"),
                poll,
                s.bool("ingest.poll-on-start"),
                s.duration("ingest.connect-timeout"),
                s.duration("ingest.request-timeout"),
                s.bytes("ingest.max-body-size"),
                s.intBetween("ingest.max-redirects", 0, 20),
                s.duration("ingest.host-delay"),
                s.nonBlank("ingest.user-agent"),
                s.bool("ingest.fetch-pages"),
                s.intBetween("ingest.remember-items", 10, 100_000),
                s.list("ingest.allow-private-hosts"),
                min,
                max,
                s.bool("ingest.websub.enabled"),
                callbackUrl(s.string("ingest.websub.callback-url")),
                s.nonBlank("ingest.websub.host"),
                s.intBetween("ingest.websub.port", 0, 65535),
                lease(s.duration("ingest.websub.lease")));
    }

    private static String callbackUrl(String url) {
        if (!url.isBlank() && !url.startsWith("http://") && !url.startsWith("https://")) {
            throw new ConfigException("ingest.websub.callback-url", "must be an http:// or https:// URL, or empty");
        }
        return url;
    }

    private static Duration lease(Duration d) {
        if (d.toMinutes() < 1) {
            throw new ConfigException("ingest.websub.lease", "must be at least 1m");
        }
        return d;
    }

    /**
     * The shortest interval a feed is ever polled at: min-interval, or poll-interval when that is configured lower.
     * An explicitly lower poll-interval is a deliberate choice (the demo's own site, tests), so it wins.
     */
    public Duration pollFloor() {
        return pollInterval.compareTo(minInterval) < 0 ? pollInterval : minInterval;
    }
}
