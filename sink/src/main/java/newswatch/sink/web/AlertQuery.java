package newswatch.sink.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newswatch.common.model.Alert;

/**
 * Filters of {@code GET /api/alerts}: every given filter must hold. Text comparisons ignore case ({@link Locale#ROOT});
 * {@code q} is split on white space and every word must occur in the alert's searchable text.
 *
 * @param since inclusive lower bound on {@link AlertIndex#timeOf(Alert)}, or null
 * @param until exclusive upper bound, or null
 */
public record AlertQuery(String category, String severity, String source, String entity, List<String> words,
                         Instant since, Instant until, int limit) {
    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 1000;
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})(m|h|d)");

    public static AlertQuery all() {
        return new AlertQuery(null, null, null, null, List.of(), null, null, DEFAULT_LIMIT);
    }

    /** Reads the query parameters; an {@link IllegalArgumentException} names the parameter that is wrong. */
    public static AlertQuery parse(Map<String, String> params, Clock clock) {
        String severity = lower(params.get("severity"));
        if (severity != null && Arrays.stream(Alert.Severity.values()).noneMatch(s -> s.name().equals(severity))) {
            throw new IllegalArgumentException("severity must be low, medium or high");
        }
        String q = lower(params.get("q"));
        List<String> words = q == null ? List.of() : List.of(q.split("\\s+"));
        return new AlertQuery(lower(params.get("category")), severity, lower(params.get("source")),
                lower(params.get("entity")), words, time("since", params.get("since"), clock),
                time("until", params.get("until"), clock), limit(params.get("limit")));
    }

    boolean test(Alert a, String searchText) {
        return (category == null || category.equals(lower(a.category())))
                && (severity == null || (a.severity() != null && severity.equals(a.severity().name())))
                && (source == null || publishedBy(a, source))
                && (entity == null || (a.entities() != null && a.entities().stream().anyMatch(e -> entity.equals(lower(e)))))
                && words.stream().allMatch(searchText::contains)
                && inTime(AlertIndex.timeOf(a));
    }

    /** The alert's article, or another copy of its story, comes from this source. */
    private static boolean publishedBy(Alert a, String source) {
        if (a.article() != null && source.equals(lower(a.article().source()))) {
            return true;
        }
        return a.related().stream().anyMatch(r -> r != null && source.equals(lower(r.source())));
    }

    private boolean inTime(Instant t) {
        if (since == null && until == null) {
            return true;
        }
        return t != null && (since == null || !t.isBefore(since)) && (until == null || t.isBefore(until));
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    /** An ISO-8601 instant, or a look-back such as {@code 30m}, {@code 24h}, {@code 7d}. */
    private static Instant time(String name, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = RELATIVE.matcher(value.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration back = switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return clock.instant().minus(back);
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant or a look-back like 30m, 24h, 7d");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number");
        }
    }
}
