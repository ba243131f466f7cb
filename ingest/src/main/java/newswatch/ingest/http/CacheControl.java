package newswatch.ingest.http;

import java.time.Duration;
import java.util.Locale;

/** The max-age directive of a Cache-Control header (RFC 9111 section 5.2.2.1): how long the response stays fresh. */
final class CacheControl {
    private CacheControl() {
    }

    /** null when absent or unreadable; "no-cache"/"no-store" mean nothing for polling and are ignored. */
    static Duration maxAge(String header) {
        if (header == null) {
            return null;
        }
        for (String directive : header.split(",")) {
            String d = directive.trim().toLowerCase(Locale.ROOT);
            if (!d.startsWith("max-age=")) {
                continue;
            }
            String value = d.substring("max-age=".length()).replace("\"", "");
            if (value.isEmpty() || !value.chars().allMatch(Character::isDigit) || value.length() > 12) {
                return null;
            }
            return Duration.ofSeconds(Long.parseLong(value));
        }
        return null;
    }
}
