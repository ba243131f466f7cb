package newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadinessChecksTest {
    @Test
    void upOnlyWhenEveryCheckPasses() {
        AtomicBoolean streamsRunning = new AtomicBoolean(false);
        ReadinessChecks checks = new ReadinessChecks().add("kafka", () -> true).add("streams", streamsRunning::get);

        Health before = checks.get();
        streamsRunning.set(true);
        Health after = checks.get();

        assertThat(before.up()).isFalse();
        assertThat(before.checks()).containsExactly(
                java.util.Map.entry("kafka", "UP"), java.util.Map.entry("streams", "DOWN"));
        assertThat(after.up()).isTrue();
        assertThat(after.status()).isEqualTo("UP");
    }

    @Test
    void aThrowingCheckIsDownWithItsMessage() {
        Health health = new ReadinessChecks()
                .add("writer.jdbc", () -> {
                    throw new IllegalStateException("connection refused");
                })
                .get();

        assertThat(health.up()).isFalse();
        assertThat(health.checks().get("writer.jdbc")).isEqualTo("DOWN: IllegalStateException: connection refused");
    }

    @Test
    void noChecksIsUp() {
        assertThat(new ReadinessChecks().get().up()).isTrue();
    }
}
