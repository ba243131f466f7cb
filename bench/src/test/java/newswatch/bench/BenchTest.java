package newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {

    private static final byte[] FEED = """
            <rss version="2.0"><channel><title>T</title><link>https://a.example/</link>
            <item><title>One</title><link>https://a.example/1</link></item></channel></rss>
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void measuresItemsPerSecondAndHeap() {
        var speed = Bench.measure(List.of(FEED, FEED), Baselines::feedParse, 0.05);

        assertThat(speed.perSecond()).isPositive();
        assertThat(speed.peakHeapBytes()).isPositive();
    }

    @Test
    void baselinesAndSubjectsAcceptTheSameInput() {
        assertThat(Baselines.feedParse(FEED)).isEqualTo(1);
        assertThat(Baselines.domParse(FEED)).isPositive();
        assertThat(Baselines.domParse("<!DOCTYPE x []><x/>".getBytes(StandardCharsets.UTF_8))).isNegative();
        byte[] page = "<html><body><article><p>Some words here.</p></article></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(Baselines.jsoupText(page)).isPositive();
        assertThat(Baselines.extract(page)).isNotNegative();
    }
}
