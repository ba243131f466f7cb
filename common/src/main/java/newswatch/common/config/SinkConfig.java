package newswatch.common.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sink settings ({@code sink.*}).
 *
 * @param jsonlEnabled whether alerts are appended to {@link #jsonlPath()}
 * @param sql          the SQL table writer
 * @param webhooks     webhook destinations (empty: none) and how deliveries are retried
 * @param jsonlRotateSize bytes after which the JSON Lines file is rotated; 0: by date only
 * @param jsonlDedupDays  rotated JSON Lines files of this many past days (by the date in their name) are read for
 *                        alert ids at start, so a replay does not write them again
 * @param jsonlRetainDays rotated JSON Lines files dated more than this many days ago are deleted at rotation; 0: kept
 * @param digestDb        SQLite file holding alerts that wait for a webhook digest, and the deliveries of throttled
 *                        destinations
 * @param deliveredDb     SQLite file of the alerts each unpaced webhook destination accepted or refused, so a
 *                        restart does not notify twice
 * @param deliveredRetention how long {@link #deliveredDb()} remembers an alert: as long as it can come back
 */
public record SinkConfig(String groupId, Path jsonlPath, boolean jsonlEnabled, Sql sql, Webhooks webhooks, WebConfig web,
                         long jsonlRotateSize, int jsonlDedupDays, int jsonlRetainDays, Path digestDb, Path deliveredDb,
                         Duration deliveredRetention) {

    static SinkConfig from(Settings s, Path dataDir) {
        String path = s.string("sink.jsonl-path");
        return new SinkConfig(s.nonBlank("sink.group-id"),
                path.isEmpty() ? dataDir.resolve("alerts").resolve("alerts.jsonl") : Path.of(path),
                s.bool("sink.jsonl-enabled"),
                Sql.from(s, dataDir),
                Webhooks.from(s),
                WebConfig.from(s),
                s.bytes("sink.jsonl-rotate-size"),
                s.intBetween("sink.jsonl-dedup-days", 0, 366),
                s.intBetween("sink.jsonl-retain-days", 0, 36_500),
                dataDir.resolve("alerts").resolve("webhook-digests.db"),
                dataDir.resolve("alerts").resolve("webhook-delivered.db"),
                deliveredRetention(s));
    }

    /** A story update comes back within the story window: forgetting its alert sooner would notify again. */
    private static Duration deliveredRetention(Settings s) {
        String key = "sink.webhook.delivered-retention";
        Duration retention = s.duration(key);
        String window = "processor.story-window";
        if (retention.isZero()) {
            throw new ConfigException(key, "must be longer than 0");
        }
        if (retention.compareTo(s.duration(window)) < 0) {
            throw new ConfigException(key, "must not be shorter than " + window + " (" + s.string(window) + "), got "
                    + s.string(key));
        }
        return retention;
    }

    /**
     * The SQL writer ({@code sink.sql.*}).
     *
     * @param url JDBC URL, {@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}; never empty (the SQLite default is filled in)
     */
    public record Sql(boolean enabled, String url, String user, String password) {
        static Sql from(Settings s, Path dataDir) {
            String url = s.string("sink.sql.url");
            if (url.isEmpty()) {
                url = "jdbc:sqlite:" + dataDir.resolve("alerts").resolve("alerts.db");
            } else if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
                throw new ConfigException("sink.sql.url", "expected a jdbc:sqlite: or jdbc:postgresql: URL");
            }
            return new Sql(s.bool("sink.sql.enabled"), url, s.string("sink.sql.user"), s.string("sink.sql.password"));
        }

        /** The URL without its query string, which may carry a password: safe to log. */
        public String safeUrl() {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q) + "?...";
        }

        @Override
        public String toString() {
            return "Sql[enabled=" + enabled + ", url=" + safeUrl() + ", user=" + user + "]";
        }
    }

    /**
     * Webhook destinations ({@code sink.webhooks}) and delivery settings ({@code sink.webhook.*}).
     *
     * @param maxRetries     retries after the first attempt before the alert is reported as not delivered
     * @param timeout        per attempt, the whole call including the response body
     * @param initialBackoff delay before the first retry; doubled on each retry up to {@code maxBackoff}
     * @param maxBackoff     the longest wait inside one delivery, also for Retry-After; a longer Retry-After
     *                       makes the delivery fail at once and the destination wait before the next attempt
     */
    public record Webhooks(List<Webhook> destinations, int maxRetries, Duration timeout, Duration initialBackoff,
                           Duration maxBackoff) {
        static Webhooks from(Settings s) {
            List<Webhook> destinations = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            List<String> specs = s.list("sink.webhooks");
            for (int i = 0; i < specs.size(); i++) {
                Webhook w = Webhook.parse(specs.get(i), i + 1);
                if (!ids.add(w.id())) {
                    throw new ConfigException("sink.webhooks", "two destinations with id '" + w.id() + "'");
                }
                destinations.add(w);
            }
            Duration initial = s.duration("sink.webhook.initial-backoff");
            Duration max = s.duration("sink.webhook.max-backoff");
            if (max.compareTo(initial) < 0) {
                throw new ConfigException("sink.webhook.max-backoff", "must not be shorter than sink.webhook.initial-backoff");
            }
            Duration timeout = s.duration("sink.webhook.timeout");
            if (timeout.isZero()) {
                throw new ConfigException("sink.webhook.timeout", "must be positive");
            }
            int retries = s.intBetween("sink.webhook.max-retries", 0, 20);
            Duration worst = max.multipliedBy(retries).plus(timeout.multipliedBy(retries + 1L));
            Duration pollLimit = Duration.ofMillis(maxPollIntervalMillis(s));
            if (worst.compareTo(pollLimit.multipliedBy(4).dividedBy(5)) > 0) {
                throw new ConfigException("sink.webhook.max-retries", "one delivery could take up to " + worst.toSeconds()
                        + " s (retries x max-backoff + attempts x timeout), too close to the consumer's max.poll.interval.ms ("
                        + pollLimit.toSeconds() + " s): lower sink.webhook.max-retries, max-backoff or timeout");
            }
            return new Webhooks(List.copyOf(destinations), retries, timeout, initial, max);
        }

        private static long maxPollIntervalMillis(Settings s) {
            String value = s.under("kafka.").getOrDefault("max.poll.interval.ms", "300000");
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new ConfigException("kafka.max.poll.interval.ms", "expected milliseconds, got '" + value + "'");
            }
        }
    }
}
