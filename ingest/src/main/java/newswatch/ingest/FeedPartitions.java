package newswatch.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/** The partition the default producer partitioner gives a feed URL key, so state follows its feed. */
final class FeedPartitions {
    private FeedPartitions() {
    }

    static int of(String feedUrl, int partitions) {
        return Utils.toPositive(Utils.murmur2(feedUrl.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
