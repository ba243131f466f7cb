package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import newswatch.common.model.DeadLetter;
import newswatch.common.topic.Topics;
import org.junit.jupiter.api.Test;

class ReplayPlanTest {
    static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void sendsEachPayloadWithItsKeyToItsOriginalTopicAndCountsWhatItSkips() {
        DlqEntry good = DlqReportTest.entry("validate", "no text", "{\"id\":1}", AT, 0, 1);
        DlqEntry empty = DlqReportTest.entry("validate", "empty record", null, AT, 0, 2);
        DlqEntry cut = DlqReportTest.entry("validate", "too big", "x".repeat(DeadLetter.MAX_PAYLOAD), AT, 0, 3);
        DlqEntry nowhere = new DlqEntry(new DeadLetter(1, "validate", null, -1, -1, "k2", "e", "{}", AT), 1, 4);

        ReplayPlan plan = ReplayPlan.of(List.of(good, empty, cut, nowhere), null);

        assertThat(plan.sends()).containsExactly(new ReplayPlan.Send("newswatch.articles", "k1", "{\"id\":1}", good));
        assertThat(plan.skipped()).isEqualTo(Map.of(ReplayPlan.NO_PAYLOAD, 1, ReplayPlan.CUT_PAYLOAD, 1, ReplayPlan.NO_TOPIC, 1));
        assertThat(plan.skippedCount()).isEqualTo(3);
    }

    @Test
    void aGivenTopicReplacesTheOriginalOne() {
        DlqEntry nowhere = new DlqEntry(new DeadLetter(1, "process", null, -1, -1, "k2", "e", "{}", AT), 1, 4);
        DlqEntry known = DlqReportTest.entry("process", "e", "{}", AT, 0, 1);

        ReplayPlan plan = ReplayPlan.of(List.of(nowhere, known), "newswatch.feedback");

        assertThat(plan.byTopic()).isEqualTo(Map.of("newswatch.feedback", 2));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void onlyNewswatchTopicsAreKnownReplayTargets() {
        Topics names = new Topics("newswatch.");

        assertThat(ReplayTopics.known(names, "newswatch.articles")).isTrue();
        assertThat(ReplayTopics.known(names, "newswatch.alerts.defection")).isTrue();
        assertThat(ReplayTopics.known(names, "newswatch.artcles")).isFalse();
        assertThat(ReplayTopics.known(names, "newswatch.alerts.")).isFalse();
        assertThat(ReplayTopics.known(names, "articles")).isFalse();
    }
}
