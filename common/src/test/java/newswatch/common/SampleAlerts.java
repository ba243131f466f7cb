package newswatch.common;

import java.time.Instant;
import java.util.List;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Explanation;
import newswatch.common.model.TermMatch;
import newswatch.common.model.Timestamps;

final class SampleAlerts {
    private SampleAlerts() {
    }

    static Alert sample() {
        Instant t = Instant.parse("2026-11-20T10:15:30Z");
        return new Alert(Alert.SCHEMA_VERSION, "a1", "defection", 7.5, Alert.Severity.high, "s1",
                new ArticleRef("https://x.test/a", "Diplomat defects", "Korea Desk", "en", t),
                new Explanation(List.of(new TermMatch("defector-noun", "defector", "body", 2.0, List.of(3, 17))),
                        List.of(), "a [[defector]] said", "1-abc", null),
                List.of("DPRK"), 2, new Timestamps(t, t, t, t),
                List.of(new ArticleRef("https://y.test/b", "Diplomat defects", "Daily", "en", t)));
    }
}
