package newswatch.sink;

import static newswatch.sink.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.config.SinkConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAlertWriterTest extends AbstractJdbcAlertWriterTest {
    @TempDir
    Path dir;

    @Override
    protected SinkConfig.Sql sql() {
        return new SinkConfig.Sql(true, "jdbc:sqlite:" + dir.resolve("db/alerts.db"), "", "");
    }

    @Override
    protected List<String> indexNames() throws SQLException {
        return strings("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'alerts'");
    }

    @Test
    void theDefaultIsAFileUnderTheDataDirectory() throws Exception {
        NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, java.util.Map.of(),
                java.util.Map.of("data-dir", dir.toString())));
        assertThat(config.sink().sql().url()).isEqualTo("jdbc:sqlite:" + dir.resolve("alerts").resolve("alerts.db"));
        try (AlertWriter writer = new JdbcAlertWriter(config.sink().sql())) {
            writer.write(alert("a"));
        }
        assertThat(dir.resolve("alerts/alerts.db")).isRegularFile();
    }

    @Test
    void anUnusableDatabaseIsATransientFailureAndTheNextWriteReconnects() throws Exception {
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "a file where the database directory should be");
        SinkConfig.Sql sql = new SinkConfig.Sql(true, "jdbc:sqlite:" + blocker.resolve("alerts.db"), "", "");
        try (AlertWriter writer = new JdbcAlertWriter(sql)) {
            assertThatThrownBy(() -> writer.write(alert("a"))).isInstanceOf(IOException.class);
            Files.delete(blocker);
            writer.write(alert("a"));
        }
        assertThat(blocker.resolve("alerts.db")).isRegularFile();
    }
}
