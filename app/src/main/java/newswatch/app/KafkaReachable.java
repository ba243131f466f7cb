package newswatch.app;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import newswatch.common.config.NewswatchConfig;
import org.apache.kafka.clients.admin.Admin;

/** Readiness check: the cluster answers a metadata request. Cached briefly so probes do not load the broker. */
final class KafkaReachable implements BooleanSupplier {
    private static final Duration CACHE = Duration.ofSeconds(5);

    private final NewswatchConfig config;
    private Instant checkedAt = Instant.EPOCH;
    private boolean reachable;

    KafkaReachable(NewswatchConfig config) {
        this.config = config;
    }

    @Override
    public synchronized boolean getAsBoolean() {
        if (Instant.now().isBefore(checkedAt.plus(CACHE))) {
            return reachable;
        }
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put("request.timeout.ms", 3000);
        props.put("default.api.timeout.ms", 3000);
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            reachable = true;
        } catch (Exception e) {
            reachable = false;
        } catch (Throwable t) {
            reachable = false;
            throw t;
        }
        checkedAt = Instant.now();
        return reachable;
    }
}
