package newswatch.common.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** The payload shapes a destination accepts. */
    public enum Format { json, slack }

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
