package newswatch.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import newswatch.common.config.SinkConfig;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One row per alert in the table {@code alerts} of a SQLite or PostgreSQL database (chosen by the JDBC URL).
 * The schema is created and migrated on connect. A write upserts by alert id: a replay leaves the row as it was,
 * and a story update (the processor re-sends an alert with more sources and related copies) replaces it. Records
 * of one alert id share a partition, so they arrive in order and the last one written is the newest.
 * The connection is opened on the first write; any database error closes it and is reported as an
 * {@link IOException}, and the next write reconnects.
 */
public final class JdbcAlertWriter implements AlertWriter {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAlertWriter.class);

    private final SinkConfig.Sql config;
    private final SqlDialect dialect;
    private final String insert;
    private Connection connection;

    public JdbcAlertWriter(SinkConfig.Sql config) {
        this.config = config;
        this.dialect = SqlDialect.of(config.url());
        this.insert = "INSERT INTO alerts (alert_id, category, score, severity, story_id, url, title, source, language, "
                + "published_at, alerted_at, alert_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + dialect.jsonParameter
                + ") ON CONFLICT (alert_id) DO UPDATE SET category = excluded.category, score = excluded.score, "
                + "severity = excluded.severity, story_id = excluded.story_id, url = excluded.url, title = excluded.title, "
                + "source = excluded.source, language = excluded.language, published_at = excluded.published_at, "
                + "alerted_at = excluded.alerted_at, alert_json = excluded.alert_json";
    }

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public synchronized void write(Alert alert) throws IOException {
        try {
            Connection c = connection();
            try (PreparedStatement s = c.prepareStatement(insert)) {
                bind(s, alert);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            closeConnection();
            throw new IOException("sql: cannot store alert " + alert.alertId() + " in " + config.safeUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The {@code limit} most recently alerted rows, oldest first. The table holds each alert's latest version (a
     * story update replaces its row), unlike the JSON Lines file, which keeps the first.
     */
    public synchronized List<Alert> latest(int limit) throws IOException {
        List<Alert> out = new ArrayList<>();
        try {
            try (PreparedStatement s = connection().prepareStatement(
                    "SELECT alert_json FROM alerts ORDER BY alerted_at DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(Json.MAPPER.readValue(rs.getString(1), Alert.class));
                    }
                }
            }
        } catch (SQLException e) {
            closeConnection();
            throw new IOException("sql: cannot read alerts from " + config.safeUrl() + ": " + e.getMessage(), e);
        }
        Collections.reverse(out);
        return out;
    }

    private void bind(PreparedStatement s, Alert a) throws SQLException {
        ArticleRef article = a.article();
        s.setString(1, a.alertId());
        s.setString(2, a.category());
        s.setDouble(3, a.score());
        s.setString(4, a.severity() == null ? null : a.severity().name());
        s.setString(5, a.storyId());
        s.setString(6, article == null ? null : article.url());
        s.setString(7, article == null ? null : article.title());
        s.setString(8, article == null ? null : article.source());
        s.setString(9, article == null ? null : article.language());
        dialect.setTime(s, 10, article == null ? null : article.published());
        dialect.setTime(s, 11, a.timestamps() == null ? null : a.timestamps().alerted());
        s.setString(12, Json.write(a));
    }

    private Connection connection() throws SQLException, IOException {
        if (connection != null) {
            return connection;
        }
        if (dialect == SqlDialect.SQLITE) {
            createParentDirectory();
        }
        Properties props = new Properties();
        if (!config.user().isEmpty()) {
            props.setProperty("user", config.user());
        }
        if (!config.password().isEmpty()) {
            props.setProperty("password", config.password());
        }
        if (dialect == SqlDialect.POSTGRES) {
            // A database that stops answering must fail the write, not hang the sink (URL parameters still win).
            props.setProperty("connectTimeout", "10");
            props.setProperty("socketTimeout", "60");
        }
        Connection c = DriverManager.getConnection(config.url(), props);
        try {
            if (dialect == SqlDialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 5000");
                    s.execute("PRAGMA journal_mode = WAL");
                }
            }
            int version = SchemaMigrator.migrate(c, dialect);
            LOG.info("sql: connected to {} (schema version {})", config.safeUrl(), version);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        connection = c;
        return c;
    }

    private void createParentDirectory() throws IOException {
        String file = config.url().substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        file = q < 0 ? file : file.substring(0, q);
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new IOException("sql: cannot create the directory of " + config.safeUrl() + ": " + e, e);
            }
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("sql: closing a failed connection: {}", e.toString());
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeConnection();
    }
}
