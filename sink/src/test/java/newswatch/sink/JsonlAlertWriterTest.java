package newswatch.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Explanation;
import newswatch.common.model.Timestamps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlAlertWriterTest {
    @TempDir
    Path dir;

    static Alert alert(String id) {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        return new Alert(1, id, "defection", 5, Alert.Severity.medium, "story-" + id,
                new ArticleRef("https://x.test/" + id, "title " + id, "src", "en", t),
                new Explanation(List.of(), List.of(), "snippet", "v1", null), List.of(), 1, new Timestamps(t, t, t, t));
    }

    @Test
    void writesOneLinePerAlertAndSkipsReplaysEvenAfterReopening() throws Exception {
        Path file = dir.resolve("alerts/alerts.jsonl");
        try (JsonlAlertWriter writer = new JsonlAlertWriter(file)) {
            writer.write(alert("a"));
            writer.write(alert("b"));
            writer.write(alert("a"));
        }
        try (JsonlAlertWriter writer = new JsonlAlertWriter(file)) {
            writer.write(alert("b"));
            writer.write(alert("c"));
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{").contains("\"alertId\":\"a\"");
        assertThat(lines.get(2)).contains("\"alertId\":\"c\"");
    }

    @Test
    void aStoryUpdateIsNotAppendedAgainSoTheFileNotifiesOncePerStory() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        Alert first = alert("a");
        try (JsonlAlertWriter writer = new JsonlAlertWriter(file)) {
            writer.write(first);
            writer.write(first.asStory(first.storyId(), first.alertId(), 2, List.of(first.article())));
        }
        assertThat(Files.readAllLines(file)).singleElement().asString().contains("\"sources\":1");
    }

    @Test
    void aLineTornByACrashDoesNotStopTheWriter() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        Files.writeString(file, "{\"alertId\":\"a\"}\n{\"alertId\":\"b\",\"categ");
        try (JsonlAlertWriter writer = new JsonlAlertWriter(file)) {
            writer.write(alert("a"));
            writer.write(alert("b"));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("{\"alertId\":\"b\",\"categ");
        assertThat(lines.get(2)).startsWith("{").contains("\"alertId\":\"b\"");
    }
}
