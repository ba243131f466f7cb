package newswatch.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.topic.Topic;
import org.apache.kafka.clients.admin.Admin;

/** Fails the start with a message that says what to fix, instead of services retrying in silence. */
final class StartupChecks {
    private static final int TIMEOUT_SECONDS = 20;

    private StartupChecks() {
    }

    static void check(NewswatchConfig config, List<String> categories) {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put("request.timeout.ms", TIMEOUT_SECONDS * 1000);
        props.put("default.api.timeout.ms", TIMEOUT_SECONDS * 1000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing;
            try {
                existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot reach Kafka at " + config.bootstrapServers() + " within "
                        + TIMEOUT_SECONDS + " s; check kafka.bootstrap.servers (--bootstrap-servers,"
                        + " NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS) and the kafka.* security settings", e);
            }
            if (!config.topics().create()) {
                List<String> missing = config.topics().names().all(categories).stream().map(Topic::name)
                        .filter(name -> !existing.contains(name)).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("topics missing on " + config.bootstrapServers() + ": " + missing
                            + "; create them (deploy/create-topics.sh) or set topics.create=true");
                }
            }
        }
    }
}
