package newswatch.common.config;

import java.time.Duration;
import java.util.List;

/** Ingest settings ({@code ingest.*}). */
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
        List<String> allowPrivateHosts) {

    static IngestConfig from(Settings s) {
        Duration poll = s.duration("ingest.poll-interval");
        if (poll.toSeconds() < 1) {
            throw new ConfigException("ingest.poll-interval", "must be at least 1s");
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
                s.list("ingest.allow-private-hosts"));
    }
}
