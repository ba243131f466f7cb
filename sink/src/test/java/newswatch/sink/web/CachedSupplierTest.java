package newswatch.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedSupplierTest {
    @Test
    void readsTheSourceOnceWithinTheTtlAndAgainAfterIt() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        var cached = new CachedSupplier<>(reads::incrementAndGet, Duration.ofMillis(200));
        assertThat(cached.get()).isEqualTo(1);
        assertThat(cached.get()).isEqualTo(1);
        Thread.sleep(250);
        assertThat(cached.get()).isEqualTo(2);
    }
}
