package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DlqSelectionTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void sinceIsADurationBackFromNowOrAnInstant() {
        assertThat(DlqSelection.since("24h", NOW)).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(DlqSelection.since("7d", NOW)).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(DlqSelection.since("2026-11-01T00:00:00Z", NOW)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(DlqSelection.since(null, NOW)).isNull();
    }

    @Test
    void aBadSinceIsRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> DlqSelection.since("yesterday", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--since").hasMessageContaining("24h").hasMessageContaining("'yesterday'");
        assertThatThrownBy(() -> DlqSelection.since("2026-13-01T00:00:00Z", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2026-13-01T00:00:00Z'");
    }

    @Test
    void selectsByStageAndFromTheInstantOnInclusive() {
        DlqSelection selection = new DlqSelection("sink", NOW);

        assertThat(selection.matches(DlqReportTest.entry("sink", "e", "p", NOW, 0, 0))).isTrue();
        assertThat(selection.matches(DlqReportTest.entry("sink", "e", "p", NOW.minusMillis(1), 0, 0))).isFalse();
        assertThat(selection.matches(DlqReportTest.entry("validate", "e", "p", NOW, 0, 0))).isFalse();
        assertThat(selection.matches(DlqReportTest.entry("sink", "e", "p", null, 0, 0))).as("no time: cannot be shown recent").isFalse();
    }

    @Test
    void noStageAndNoSinceSelectsEverything() {
        DlqSelection all = new DlqSelection(null, null);

        assertThat(all.matches(DlqReportTest.entry("process", "e", null, null, 0, 0))).isTrue();
    }
}
