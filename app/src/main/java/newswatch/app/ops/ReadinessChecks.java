package newswatch.app.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Named readiness checks combined into one {@link Health}: up only when every check passes.
 * A check that throws counts as down, with the exception's message in the body.
 *
 * <pre>{@code
 * Supplier<Health> ready = new ReadinessChecks()
 *         .add("kafka", () -> consumer.assignment() != null)
 *         .add("streams", () -> streams.state() == KafkaStreams.State.RUNNING);
 * }</pre>
 */
public final class ReadinessChecks implements Supplier<Health> {
    private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();

    /** Adds a check; names appear in the JSON body in the order added. */
    public synchronized ReadinessChecks add(String name, BooleanSupplier check) {
        checks.put(name, check);
        return this;
    }

    @Override
    public synchronized Health get() {
        Map<String, String> results = new LinkedHashMap<>();
        boolean up = true;
        for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
            String result;
            try {
                result = check.getValue().getAsBoolean() ? Health.UP : Health.DOWN;
            } catch (RuntimeException e) {
                result = Health.DOWN + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            up &= result.equals(Health.UP);
            results.put(check.getKey(), result);
        }
        return new Health(up, results);
    }
}
