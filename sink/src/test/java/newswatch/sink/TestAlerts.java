package newswatch.sink;

import java.time.Instant;
import java.util.List;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Explanation;
import newswatch.common.model.TermMatch;
import newswatch.common.model.Timestamps;

final class TestAlerts {
    static final Instant PUBLISHED = Instant.parse("2026-11-20T10:00:00Z");

    private TestAlerts() {
    }

    static Alert alert(String id) {
        return alert(id, "defection", PUBLISHED);
    }

    static Alert alert(String id, String category, Instant published) {
        Instant alerted = published.plusMillis(1500);
        return new Alert(Alert.SCHEMA_VERSION, id, category, 7.25, Alert.Severity.high, "story-" + id,
                new ArticleRef("https://news.test/" + id, "Title <" + id + "> & more", "News Test", "en", published),
                new Explanation(List.of(new TermMatch("defection-core", "defector", "title", 2.0, List.of(3))), List.of(), "a [[defector]] said", "r1", null),
                List.of("Seoul"), 2, new Timestamps(published, published.plusSeconds(1), published.plusSeconds(1), alerted));
    }
}
