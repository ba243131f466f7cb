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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;

/**
 * What paced webhook destinations owe and have sent, in the SQLite table {@code digest_pending}, one row per
 * destination and alertId: {@code pending} rows (with the alert) wait for the digest due at {@code due_at};
 * {@code sent} rows (alone or in a digest) and {@code refused} rows stay as a memory against replays until pruned.
 * Each statement commits on its own, so a held alert is on disk when {@link #hold} returns.
 */
final class DigestStore implements AutoCloseable {
    static final String PENDING = "pending";
    static final String SENT = "sent";
    static final String REFUSED = "refused";

    private final Path file;
    private Connection connection;

    DigestStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** Whether this destination has the alert already, waiting or sent. */
    synchronized boolean known(String destination, String alertId) throws IOException {
        return query("SELECT 1 FROM digest_pending WHERE destination = ? AND alert_id = ?", destination, alertId) > 0;
    }

    /** Alerts this destination sent on their own since {@code since}. */
    synchronized int sentAloneSince(String destination, Instant since) throws IOException {
        return query("SELECT COUNT(*) FROM digest_pending WHERE destination = ? AND alone = 1 AND updated_at >= ?",
                destination, since.toEpochMilli());
    }

    synchronized void recordSentAlone(String destination, String alertId, Instant now) throws IOException {
        update("INSERT INTO digest_pending (destination, alert_id, state, alone, due_at, updated_at) "
                + "VALUES (?, ?, 'sent', 1, ?, ?) ON CONFLICT DO NOTHING", destination, alertId, now.toEpochMilli(),
                now.toEpochMilli());
    }

    /** Stores the alert for the digest due at {@code due}; nothing if the destination has it already. */
    synchronized void hold(String destination, Alert alert, Instant due, Instant now) throws IOException {
        update("INSERT INTO digest_pending (destination, alert_id, state, alone, due_at, updated_at, alert_json) "
                + "VALUES (?, ?, 'pending', 0, ?, ?, ?) ON CONFLICT DO NOTHING", destination, alert.alertId(),
                due.toEpochMilli(), now.toEpochMilli(), Json.write(alert));
    }

    /** Up to {@code limit} pending alerts due by {@code now}, in the order they were held. */
    synchronized List<Alert> due(String destination, Instant now, int limit) throws IOException {
        String sql = "SELECT alert_json FROM digest_pending WHERE destination = ? AND state = 'pending' AND due_at <= ? "
                + "ORDER BY updated_at, rowid LIMIT ?";
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            bind(s, destination, now.toEpochMilli(), limit);
            List<Alert> alerts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    alerts.add(Json.MAPPER.readValue(rs.getString(1), Alert.class));
                }
            }
            return alerts;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Marks pending alerts {@link #SENT} or {@link #REFUSED}, dropping their stored copy. */
    synchronized void settle(String destination, List<Alert> alerts, String state, Instant now) throws IOException {
        for (Alert a : alerts) {
            update("UPDATE digest_pending SET state = ?, updated_at = ?, alert_json = NULL "
                    + "WHERE destination = ? AND alert_id = ? AND state = 'pending'", state, now.toEpochMilli(),
                    destination, a.alertId());
        }
    }

    /** Forgets alerts sent or refused before {@code before}. */
    synchronized void prune(Instant before) throws IOException {
        update("DELETE FROM digest_pending WHERE state <> 'pending' AND updated_at < ?", before.toEpochMilli());
    }

    private int query(String sql, Object... values) throws IOException {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void update(String sql, Object... values) throws IOException {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    private IOException failed(SQLException e) {
        close();
        return new IOException("webhook digests: " + file + ": " + e.getMessage(), e);
    }

    private Connection connection() throws SQLException, IOException {
        if (connection != null) {
            return connection;
        }
        Files.createDirectories(file.getParent());
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("CREATE TABLE IF NOT EXISTS digest_pending (destination TEXT NOT NULL, alert_id TEXT NOT NULL, "
                    + "state TEXT NOT NULL, alone INTEGER NOT NULL, due_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                    + "alert_json TEXT, PRIMARY KEY (destination, alert_id))");
            s.execute("CREATE INDEX IF NOT EXISTS digest_pending_due ON digest_pending (destination, state, due_at)");
            s.execute("CREATE INDEX IF NOT EXISTS digest_pending_alone ON digest_pending (destination, alone, updated_at)");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
        return c;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing after a failure: nothing left to do with it.
            }
            connection = null;
        }
    }
}
