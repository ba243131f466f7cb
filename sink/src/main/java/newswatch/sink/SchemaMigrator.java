package newswatch.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the alert schema to the latest version: numbered migrations, each applied once in its own transaction
 * and recorded in {@code schema_version}. Migrations are only ever appended; an applied one is never edited.
 */
final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    record Migration(int version, String description, List<String> statements) {
    }

    static List<Migration> migrations(SqlDialect d) {
        return List.of(
                new Migration(1, "alerts table", List.of(
                        "CREATE TABLE alerts ("
                                + "alert_id TEXT PRIMARY KEY, "
                                + "category TEXT, "
                                + "score DOUBLE PRECISION, "
                                + "severity TEXT, "
                                + "story_id TEXT, "
                                + "url TEXT, "
                                + "title TEXT, "
                                + "source TEXT, "
                                + "language TEXT, "
                                + "published_at " + d.timeType + ", "
                                + "alerted_at " + d.timeType + ", "
                                + "alert_json " + d.jsonType + " NOT NULL, "
                                + "created_at " + d.timeType + " NOT NULL DEFAULT " + d.now + ")",
                        "CREATE INDEX alerts_category_alerted_at ON alerts (category, alerted_at)",
                        "CREATE INDEX alerts_alerted_at ON alerts (alerted_at)",
                        "CREATE INDEX alerts_published_at ON alerts (published_at)")));
    }

    private SchemaMigrator() {
    }

    /** Applies the missing migrations; returns the schema version reached. */
    static int migrate(Connection c, SqlDialect dialect) throws SQLException {
        List<Migration> all = migrations(dialect);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description TEXT NOT NULL, applied_at " + dialect.timeType + " NOT NULL DEFAULT " + dialect.now + ")");
        }
        int current = current(c);
        int latest = all.get(all.size() - 1).version();
        if (current > latest) {
            throw new IllegalStateException("the alert database has schema version " + current
                    + " but this sink knows only up to " + latest + ": upgrade the sink");
        }
        for (Migration m : all) {
            if (m.version() > current) {
                apply(c, m);
                current = m.version();
            }
        }
        return current;
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** One transaction per migration: a concurrent sink applying the same one fails on the version key and retries. */
    private static void apply(Connection c, Migration m) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
             PreparedStatement record = c.prepareStatement("INSERT INTO schema_version (version, description) VALUES (?, ?)")) {
            for (String sql : m.statements()) {
                s.execute(sql);
            }
            record.setInt(1, m.version());
            record.setString(2, m.description());
            record.executeUpdate();
            c.commit();
            LOG.info("alert database migrated to schema version {} ({})", m.version(), m.description());
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
