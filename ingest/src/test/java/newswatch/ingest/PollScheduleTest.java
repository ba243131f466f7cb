package newswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import newswatch.common.config.IngestConfig;
import newswatch.ingest.feed.FeedItem;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static PollSchedule schedule(String... keyValues) {
        return new PollSchedule(TestConfigs.ingest(keyValues), CLOCK, new SplittableRandom(7));
    }

    private static Duration wait(Instant next) {
        return Duration.between(NOW, next);
    }

    private static void assertAbout(Instant next, Duration expected) {
        assertThat(wait(next).toMillis()).isCloseTo(expected.toMillis(), Percentage.withPercentage(10));
    }

    private static List<FeedItem> itemsEvery(Duration gap, int n) {
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new FeedItem("id" + i, "t", null, NOW.minus(gap.multipliedBy(i)), null, null, null));
        }
        return items;
    }

    @Test
    void gapIsTheMeanOfTheNewestDatedItems() {
        assertThat(PollSchedule.publishingGap(itemsEvery(Duration.ofHours(2), 5))).isEqualTo(Duration.ofHours(2));
        List<FeedItem> many = new ArrayList<>(itemsEvery(Duration.ofMinutes(30), PollSchedule.RATE_SAMPLE));
        // An old item far back would skew the mean; only the newest RATE_SAMPLE count.
        many.add(new FeedItem("old", "t", null, NOW.minus(Duration.ofDays(300)), null, null, null));
        assertThat(PollSchedule.publishingGap(many)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void gapIsUnknownWithoutTwoDistinctDates() {
        assertThat(PollSchedule.publishingGap(itemsEvery(Duration.ofHours(1), 1))).isNull();
        assertThat(PollSchedule.publishingGap(List.of(
                new FeedItem("a", "t", null, null, null, null, null),
                new FeedItem("b", "t", null, null, null, null, null)))).isNull();
        assertThat(PollSchedule.publishingGap(itemsEvery(Duration.ZERO, 3))).isNull();
    }

    @Test
    void usesPollIntervalWhileTheRateIsUnknown() {
        assertAbout(schedule().afterSuccess(null, null, null, false), Duration.ofMinutes(15));
    }

    @Test
    void pollsAtHalfThePublishingGapWithinBounds() {
        PollSchedule s = schedule();
        assertAbout(s.afterSuccess(Duration.ofHours(2), null, null, false), Duration.ofHours(1));
        assertAbout(s.afterSuccess(Duration.ofMinutes(2), null, null, false), Duration.ofMinutes(5));
        assertAbout(s.afterSuccess(Duration.ofDays(10), null, null, false), Duration.ofHours(24));
    }

    @Test
    void ttlAndMaxAgeAreLowerBoundsButNeverBeyondMaxInterval() {
        PollSchedule s = schedule();
        assertAbout(s.afterSuccess(Duration.ofMinutes(20), 60, null, false), Duration.ofHours(1));
        assertAbout(s.afterSuccess(Duration.ofMinutes(20), null, Duration.ofMinutes(45), false), Duration.ofMinutes(45));
        assertAbout(s.afterSuccess(Duration.ofHours(4), 60, Duration.ofMinutes(1), false), Duration.ofHours(2));
        assertAbout(s.afterSuccess(null, 60 * 48, null, false), Duration.ofHours(24));
    }

    @Test
    void missedItemsPollAtTheFloorYetStillHonourTheFeedsHints() {
        PollSchedule s = schedule();
        assertAbout(s.afterSuccess(Duration.ofHours(2), null, null, true), Duration.ofMinutes(5));
        assertAbout(s.afterSuccess(Duration.ofHours(2), 30, null, true), Duration.ofMinutes(30));
    }

    @Test
    void aPollIntervalBelowMinIntervalLowersTheFloor() {
        PollSchedule demo = schedule("ingest.poll-interval", "1m");
        assertAbout(demo.afterSuccess(null, null, null, false), Duration.ofMinutes(1));
        assertAbout(demo.afterSuccess(Duration.ofSeconds(30), null, null, true), Duration.ofMinutes(1));
        assertAbout(demo.afterSuccess(Duration.ofMinutes(6), null, null, false), Duration.ofMinutes(3));
    }

    @Test
    void failuresDoubleUpToMaxIntervalAndNeverStop() {
        PollSchedule s = schedule();
        assertAbout(s.afterFailure(1, null), Duration.ofMinutes(30));
        assertAbout(s.afterFailure(2, null), Duration.ofHours(1));
        assertAbout(s.afterFailure(3, null), Duration.ofHours(2));
        assertAbout(s.afterFailure(10, null), Duration.ofHours(24));
        assertAbout(s.afterFailure(Integer.MAX_VALUE, null), Duration.ofHours(24));
    }

    @Test
    void retryAfterIsHonouredUpToMaxInterval() {
        PollSchedule s = schedule();
        assertAbout(s.afterFailure(1, Duration.ofHours(3)), Duration.ofHours(3));
        assertAbout(s.afterFailure(1, Duration.ofMinutes(1)), Duration.ofMinutes(30));
        assertAbout(s.afterFailure(1, Duration.ofDays(30)), Duration.ofHours(24));
    }

    @Test
    void jitterSpreadsFeedsWithinTenPercent() {
        PollSchedule s = schedule();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            waits.add(wait(s.afterSuccess(Duration.ofHours(2), null, null, false)).toMillis());
        }
        long hour = Duration.ofHours(1).toMillis();
        assertThat(waits).allSatisfy(w -> assertThat(w).isBetween(hour * 9 / 10, hour * 11 / 10));
        assertThat(waits.stream().distinct().count()).isGreaterThan(100);
    }

    @Test
    void configRejectsInconsistentBoundsNamingTheKey() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestConfigs.ingest("ingest.max-interval", "1m"))
                .hasMessageContaining("ingest.max-interval");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestConfigs.ingest("ingest.poll-interval", "2d"))
                .hasMessageContaining("ingest.poll-interval");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestConfigs.ingest("ingest.min-interval", "0s"))
                .hasMessageContaining("ingest.min-interval");
        IngestConfig demo = TestConfigs.ingest("ingest.poll-interval", "1m");
        assertThat(demo.pollFloor()).isEqualTo(Duration.ofMinutes(1));
        assertThat(TestConfigs.ingest().pollFloor()).isEqualTo(Duration.ofMinutes(5));
    }
}
