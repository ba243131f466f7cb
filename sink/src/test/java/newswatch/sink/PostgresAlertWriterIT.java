package newswatch.sink;

import static newswatch.sink.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import newswatch.common.config.SinkConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SQL writer against a real PostgreSQL server, started from zonky's Maven-packaged binaries. */
class PostgresAlertWriterIT extends AbstractJdbcAlertWriterTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS alerts, schema_version");
        }
    }

    @Override
    protected SinkConfig.Sql sql() {
        return new SinkConfig.Sql(true, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
    }

    @Override
    protected List<String> indexNames() throws SQLException {
        return strings("SELECT indexname FROM pg_indexes WHERE tablename = 'alerts'");
    }

    @Test
    void theAlertIsStoredAsJsonbAndTimesAsTimestamps() throws Exception {
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("a"));
        }
        assertThat(strings("SELECT alert_json ->> 'category' FROM alerts")).containsExactly("defection");
        assertThat(strings("SELECT pg_typeof(published_at)::text FROM alerts")).containsExactly("timestamp with time zone");
        assertThat(strings("SELECT published_at = TIMESTAMPTZ '2026-11-20 10:00:00Z' FROM alerts")).containsExactly("t");
    }

    @Test
    void aDroppedConnectionIsATransientFailureAndTheNextWriteReconnects() throws Exception {
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("a"));
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE datname = 'postgres' AND pid <> pg_backend_pid()");
            }
            assertThatThrownBy(() -> writer.write(alert("b"))).isInstanceOf(IOException.class)
                    .hasMessageContaining("alert b");
            writer.write(alert("b"));
        }
        assertThat(storedIds()).containsExactlyInAnyOrder("a", "b");
    }
}
