package newswatch.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newswatch.common.config.NewswatchConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Waits until everything ingested so far has gone through the processor and been delivered by the sink. */
public final class Drain {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Drain.class);
    private Drain() {
    }

    /** True once every given feed was polled, the processor committed all articles and the sink caught up after that. */
    public static boolean await(Pipeline pipeline, Collection<String> feedUrls, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!pipeline.ingester().polledFeeds().containsAll(feedUrls)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(200);
        }
        LOG.info("every feed polled");
        NewswatchConfig config = pipeline.config();
        try (Admin admin = Admin.create(config.clientProperties())) {
            while (processorLag(admin, config) > 0) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                Thread.sleep(200);
            }
        }
        LOG.info("processor caught up");
        // The sink's lag must be measured by a poll that began after the processor's last commit.
        Instant caughtUp = Instant.now().plusSeconds(1);
        while (pipeline.sink().lag() != 0 || pipeline.sink().lagMeasuredAt().isBefore(caughtUp)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /**
     * Records not yet committed by the processor: on the articles topic and on its repartition topics, since
     * story clustering runs behind one; articles committed there may still wait in it.
     */
    static long processorLag(Admin admin, NewswatchConfig config) throws InterruptedException {
        String articles = config.topics().names().articles().name();
        String applicationId = config.processor().applicationId();
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            java.util.List<String> topics = new java.util.ArrayList<>(java.util.List.of(articles));
            admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-repartition"))
                    .forEach(topics::add);
            var partitions = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .toList();
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all().get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                lag += ends.get(tp).offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return Long.MAX_VALUE;
        }
    }
}
