package newswatch.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import newswatch.common.model.Alert;
import org.junit.jupiter.api.Test;

class SinkMetricsTest {
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final SinkMetrics metrics = new SinkMetrics(meters);

    @Test
    void latencyIsRecordedForAStorySeenOnceButNotForAStoryUpdate() {
        Alert first = TestAlerts.alert("a");
        metrics.delivered(first);
        metrics.delivered(first.asStory(first.storyId(), first.alertId(), 2, List.of(first.article())));

        assertThat(meters.find("newswatch.alert.latency").tag("from", "published").timer().count()).isEqualTo(1);
    }
}
