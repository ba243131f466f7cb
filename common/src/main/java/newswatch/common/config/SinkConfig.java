package newswatch.common.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param digestDb        SQLite file holding alerts that wait for a webhook digest, and the deliveries of throttled
 *                        destinations
 */
public record SinkConfig(String groupId, Path jsonlPath, boolean jsonlEnabled, Sql sql, Webhooks webhooks, WebConfig web,
                         long jsonlRotateSize, int jsonlDedupDays, Path digestDb) {

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
                dataDir.resolve("alerts").resolve("webhook-digests.db"));
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

    /** The payload shapes a destination accepts. */
    public enum Format { json, slack }

    /**
     * One webhook destination.
     *
     * @param secret     the Standard Webhooks secret, {@code whsec_} followed by base64
     * @param digest     how often held alerts are sent as one digest message; {@link Duration#ZERO}: no digest
     * @param maxPerHour alerts delivered on their own per clock hour (UTC), the rest wait for the next digest;
     *                   0: no cap (with a digest, every alert waits for it)
     */
    public record Webhook(String id, URI url, Format format, String secret, Duration digest, int maxPerHour) {
        private static final String KEY = "sink.webhooks";
        private static final Duration MIN_DIGEST = Duration.ofMinutes(1);
        private static final Duration MAX_DIGEST = Duration.ofDays(7);

        /** A destination that receives every alert at once. */
        public Webhook(String id, URI url, Format format, String secret) {
            this(id, url, format, secret, Duration.ZERO, 0);
        }

        /** Whether alerts may wait for a digest (a digest period or a cap per hour is set). */
        public boolean paced() {
            return !digest.isZero() || maxPerHour > 0;
        }

        /** How often waiting alerts are sent: the digest period, or the hour of the cap when only a cap is set. */
        public Duration digestPeriod() {
            return digest.isZero() ? Duration.ofHours(1) : digest;
        }

        /**
         * Parses {@code "url=https://... format=slack secret=whsec_... id=ops digest=1h max-per-hour=20"}
         * (space-separated; all but url and secret optional).
         */
        static Webhook parse(String spec, int position) {
            String where = "entry " + position;
            if (spec.startsWith("{")) {
                throw new ConfigException(KEY, where + ": write each destination as one string, "
                        + "\"url=https://... format=json secret=whsec_... id=name\", not as a mapping");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String part : spec.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new ConfigException(KEY, where + ": expected key=value, got '" + redact(part) + "'");
                }
                String name = part.substring(0, eq).toLowerCase(Locale.ROOT);
                if (!Set.of("url", "format", "secret", "id", "digest", "max-per-hour").contains(name)) {
                    throw new ConfigException(KEY, where + ": unknown field '" + name
                            + "' (url, format, secret, id, digest, max-per-hour)");
                }
                fields.put(name, part.substring(eq + 1));
            }
            String id = fields.getOrDefault("id", String.valueOf(position));
            if (!id.matches("[A-Za-z0-9_.-]+")) {
                throw new ConfigException(KEY, where + ": id may use letters, digits, '.', '_' and '-', got '" + id + "'");
            }
            return new Webhook(id, url(fields.get("url"), where), format(fields.getOrDefault("format", "json"), where),
                    secret(fields.get("secret"), where), digest(fields.get("digest"), where),
                    maxPerHour(fields.get("max-per-hour"), where));
        }

        private static Duration digest(String value, String where) {
            if (value == null) {
                return Duration.ZERO;
            }
            Duration d;
            try {
                d = Settings.parseDuration(KEY, value);
            } catch (ConfigException e) {
                throw new ConfigException(KEY, where + ": digest must be a duration like 15m, 1h or 1d, got '" + value + "'");
            }
            if (d.compareTo(MIN_DIGEST) < 0 || d.compareTo(MAX_DIGEST) > 0) {
                throw new ConfigException(KEY, where + ": digest must be between 1m and 7d, got '" + value + "'");
            }
            return d;
        }

        private static int maxPerHour(String value, String where) {
            if (value == null) {
                return 0;
            }
            try {
                int n = Integer.parseInt(value);
                if (n >= 1 && n <= 100_000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigException(KEY, where + ": max-per-hour must be a whole number from 1 to 100000, got '"
                    + value + "'");
        }

        private static URI url(String value, String where) {
            if (value == null || value.isEmpty()) {
                throw new ConfigException(KEY, where + ": url is required");
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    throw new ConfigException(KEY, where + ": url must be an absolute http or https URL");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new ConfigException(KEY, where + ": url is not a valid URL");
            }
        }

        private static Format format(String value, String where) {
            try {
                return Format.valueOf(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(KEY, where + ": format must be json or slack, got '" + value + "'");
            }
        }

        private static String secret(String value, String where) {
            if (value == null || !value.startsWith("whsec_")) {
                throw new ConfigException(KEY, where + ": secret is required, 'whsec_' followed by base64 (Standard Webhooks)");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(value.substring("whsec_".length()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(KEY, where + ": secret is not valid base64 after 'whsec_'");
            }
            if (key.length < 24 || key.length > 64) {
                throw new ConfigException(KEY, where + ": secret must decode to 24 to 64 bytes, got " + key.length);
            }
            return value;
        }

        private static String redact(String part) {
            return part.length() <= 12 ? part : part.substring(0, 12) + "...";
        }

        /** The HMAC key: the base64 after {@code whsec_}, decoded. */
        public byte[] secretKey() {
            return Base64.getDecoder().decode(secret.substring("whsec_".length()));
        }

        /** Scheme, host and port only: webhook URLs often carry a token in their path. */
        public String safeUrl() {
            return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + "/...";
        }

        @Override
        public String toString() {
            return "Webhook[id=" + id + ", url=" + safeUrl() + ", format=" + format
                    + (digest.isZero() ? "" : ", digest=" + digest) + (maxPerHour == 0 ? "" : ", maxPerHour=" + maxPerHour) + "]";
        }
    }
}
