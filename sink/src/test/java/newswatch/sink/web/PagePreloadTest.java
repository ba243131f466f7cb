package newswatch.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newswatch.common.config.SinkConfig;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.sink.JdbcAlertWriter;
import newswatch.sink.JsonlAlertWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a restart the page starts from the files, then takes each alert's latest version from the SQL table. */
class PagePreloadTest {
    @TempDir
    Path dir;

    @Test
    void aStoryUpdateStoredInTheTableReplacesTheFirstVersionFromTheFile() throws Exception {
        Alert seed = TestAlerts.defection("a1", "Diplomat defects in Vienna");
        Alert first = seed.asStory(seed.storyId(), seed.alertId(), 1, List.of());
        Alert update = first.asStory(first.storyId(), first.alertId(), 2,
                List.of(new ArticleRef("https://wire.test/copy", "Diplomat defects", "World Wire", "en", null)));
        Path jsonl = dir.resolve("alerts.jsonl");
        SinkConfig.Sql sql = new SinkConfig.Sql(true, "jdbc:sqlite:" + dir.resolve("alerts.db"), "", "");
        try (JsonlAlertWriter file = new JsonlAlertWriter(jsonl); JdbcAlertWriter table = new JdbcAlertWriter(sql)) {
            for (Alert a : List.of(first, update)) {
                file.write(a);
                table.write(a);
            }
        }
        AlertIndex index = new AlertIndex(100);
        index.load(jsonl);
        assertThat(index.get("a1").orElseThrow().sources()).isEqualTo(1);

        WebPage.overlayFromTable(index, sql, 100);

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.get("a1").orElseThrow().sources()).isEqualTo(2);
        assertThat(index.get("a1").orElseThrow().related()).extracting(ArticleRef::source).containsExactly("World Wire");
    }

    @Test
    void anUnreachableTableLeavesThePageWithTheFile() throws Exception {
        AlertIndex index = new AlertIndex(100);
        index.add(TestAlerts.defection("a1", "Diplomat defects in Vienna"));
        Path notADirectory = java.nio.file.Files.writeString(dir.resolve("plain-file"), "x");
        SinkConfig.Sql broken = new SinkConfig.Sql(true, "jdbc:sqlite:" + notADirectory.resolve("alerts.db"), "", "");

        WebPage.overlayFromTable(index, broken, 100);

        assertThat(index.size()).isEqualTo(1);
    }
}
