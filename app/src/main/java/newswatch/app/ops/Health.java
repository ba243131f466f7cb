package newswatch.app.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A readiness verdict: {@code up} when the service can do its work, with one entry per check
 * ({@code "kafka" -> "UP"}, {@code "streams" -> "REBALANCING"}, ...) for the JSON body of {@code /health}.
 */
public record Health(boolean up, Map<String, String> checks) {
    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public Health {
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    /** Up with no checks: for a service that has nothing to wait for. */
    public static Health alwaysUp() {
        return new Health(true, Map.of());
    }

    public String status() {
        return up ? UP : DOWN;
    }
}
