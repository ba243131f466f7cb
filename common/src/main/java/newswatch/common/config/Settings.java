package newswatch.common.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flattened configuration (dotted keys) with typed getters whose errors name the key. */
public final class Settings {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|B|KB|MB|GB)", Pattern.CASE_INSENSITIVE);

    private final Map<String, Object> values;

    public Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The same settings with one value replaced (for values the application derives, such as resolved paths). */
    public Settings with(String key, Object value) {
        Map<String, Object> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new Settings(copy);
    }

    public String string(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new ConfigException(key, "missing");
        }
        if (v instanceof List<?>) {
            throw new ConfigException(key, "expected a single value, got a list");
        }
        return v.toString().trim();
    }

    public String nonBlank(String key) {
        String v = string(key);
        if (v.isEmpty()) {
            throw new ConfigException(key, "must not be empty");
        }
        return v;
    }

    public int intBetween(String key, int min, int max) {
        String v = string(key);
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw new ConfigException(key, "must be between " + min + " and " + max + ", got " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "expected a whole number, got '" + v + "'");
        }
    }

    public boolean bool(String key) {
        String v = string(key).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(key, "expected true or false, got '" + v + "'");
        };
    }

    public Duration duration(String key) {
        return parseDuration(key, string(key));
    }

    /** Parses 500ms, 30s, 15m, 2h or 1d; the error names {@code key}. */
    public static Duration parseDuration(String key, String v) {
        Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigException(key, "expected a duration like 500ms, 30s, 15m, 2h or 1d, got '" + v + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    public long bytes(String key) {
        String v = string(key);
        Matcher m = SIZE.matcher(v);
        if (!m.matches()) {
            throw new ConfigException(key, "expected a size like 65536, 512KB or 10MB, got '" + v + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> n << 10;
            case "MB" -> n << 20;
            case "GB" -> n << 30;
            default -> n;
        };
    }

    /** A list given as a YAML list or as a comma-separated string (the form env vars and flags use). */
    public List<String> list(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new ConfigException(key, "missing");
        }
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x).trim()));
        } else {
            for (String part : v.toString().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every key under a prefix, with the prefix removed (for pass-through client settings). */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix) && v != null && !v.toString().isEmpty()) {
                out.put(k.substring(prefix.length()), v.toString());
            }
        });
        return out;
    }
}
