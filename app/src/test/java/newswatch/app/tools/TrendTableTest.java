package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newswatch.common.model.Trend;
import org.junit.jupiter.api.Test;

class TrendTableTest {
    static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void theLastWindowsComeNewestFirstWithOneRowPerCategory() {
        List<Trend> all = List.of(trend("defection", 10, 1), trend("defection", 12, 2), trend("human-rights", 12, 3),
                trend("defection", 11, 4));

        assertThat(TrendTable.latest(all, null, 2)).extracting(t -> t.windowStart().toString() + " " + t.category())
                .containsExactly("2026-11-28T12:00:00Z defection", "2026-11-28T12:00:00Z human-rights",
                        "2026-11-28T11:00:00Z defection");
        assertThat(TrendTable.latest(all, "defection", 2)).extracting(Trend::stories).containsExactly(2L, 4L);
        assertThat(TrendTable.latest(all, "human-rights", 5)).extracting(Trend::stories).containsExactly(3L);
        assertThat(TrendTable.latest(all, "recalls", 5)).isEmpty();
    }

    @Test
    void aRowShowsTheCountsAndTheFirstThreeEntitiesAndTerms() {
        Trend trend = new Trend(Trend.SCHEMA_VERSION, "defection", NOON, NOON.plus(Duration.ofHours(1)), 7, 9, 5,
                List.of(new Trend.Count("North Korea", 7), new Trend.Count("Seoul", 4), new Trend.Count("China", 2),
                        new Trend.Count("Kuwait", 1)),
                List.of(new Trend.Count("defector", 6)), NOON);
        StringWriter text = new StringWriter();

        TrendTable.print(new PrintWriter(text), List.of(trend));

        String[] lines = text.toString().split("\n");
        assertThat(lines[0]).startsWith("WINDOW START").contains("CATEGORY", "STORIES", "COPIES", "SOURCES", "TOP ENTITIES", "TOP TERMS");
        assertThat(lines[1]).matches("2026-11-28T12:00:00Z\\s+defection\\s+7\\s+9\\s+5\\s+North Korea 7, Seoul 4, China 2, \\.\\.\\.\\s+defector 6");
    }

    private static Trend trend(String category, int hour, long stories) {
        Instant start = Instant.parse("2026-11-28T00:00:00Z").plus(Duration.ofHours(hour));
        return new Trend(Trend.SCHEMA_VERSION, category, start, start.plus(Duration.ofHours(1)), stories, stories, 1,
                List.of(), List.of(), start);
    }
}
