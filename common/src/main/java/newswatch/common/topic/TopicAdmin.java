package newswatch.common.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import newswatch.common.config.NewswatchConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates Newswatch's topics with the configured partitions and replication; compacts the table-like ones. */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /** Creates whichever of the topics for these categories do not exist yet; existing ones are left alone. */
    public static void ensure(NewswatchConfig config, List<String> categories) {
        try (Admin admin = Admin.create(config.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<String, ?> topic : config.topics().names().all(categories)) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), config.topics().partitions(), config.topics().replicationFactor())
                            .configs(topic.compacted() ? Map.of("cleanup.policy", "compact") : Map.of()));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics on " + config.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }
}
