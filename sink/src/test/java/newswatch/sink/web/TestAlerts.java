package newswatch.sink.web;

import java.time.Instant;
import java.util.List;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Explanation;
import newswatch.common.model.TermMatch;
import newswatch.common.model.Timestamps;

final class TestAlerts {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private TestAlerts() {
    }

    static Alert alert(String id, String category, Alert.Severity severity, String title, String source, String snippet) {
        return alert(id, category, severity, title, source, snippet, List.of("North Korea"), NOW);
    }

    static Alert alert(String id, String category, Alert.Severity severity, String title, String source, String snippet,
                       List<String> entities, Instant alerted) {
        var article = new ArticleRef("https://news.example/" + id, title, source, "en", alerted.minusSeconds(600));
        var why = new Explanation(List.of(new TermMatch(category, "defector", "title", 2.5, List.of(3)),
                new TermMatch(category, "crossed the border", "body", 1.5, List.of(17, 18, 19))),
                List.of("movie review"), snippet, "r7", 0.71);
        return new Alert(Alert.SCHEMA_VERSION, id, category, 4.0, severity, "story-" + id, article, why, entities, 3,
                new Timestamps(alerted.minusSeconds(600), alerted.minusSeconds(60), alerted.minusSeconds(1), alerted));
    }

    static Alert defection(String id, String title) {
        return alert(id, "defection", Alert.Severity.high, title, "Daily NK",
                "A [[defector]] said she [[crossed the border]] in March.");
    }

    static Alert humanRights(String id, String title) {
        return alert(id, "human-rights", Alert.Severity.medium, title, "NK News",
                "Reports of forced labour in a prison camp.");
    }
}
