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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which alerts each webhook destination accepted or refused for good, in the SQLite table
 * {@code webhook_delivered} (one row per destination and alertId), so a story update or a replay of the alert
 * topic after a restart does not notify twice. Rows older than the retention are deleted when the file is opened
 * and then at most once an hour.
 * <p>
 * The ledger never fails a delivery: when the file cannot be opened, read or written (disk full, permissions) it
 * logs a WARN naming the file, counts the miss through {@code onFailure} and answers "not known"; the caller's
 * memory is all that is left until the file can be reopened, tried again at most once a minute. Each statement
 * commits on its own.
 */
final class DeliveryLedger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLedger.class);
    static final Duration PURGE_EVERY = Duration.ofHours(1);
    /** Long enough not to log a WARN per alert while the disk is full, short enough to recover soon after. */
    static final Duration REOPEN_AFTER = Duration.ofMinutes(1);

    /** What the destination answered when it refused the alert, to refuse a re-offer the same way. */
    record Refusal(int status, String response) {
    }

    private final Path file;
    private final Duration retention;
    private final Clock clock;
    private final Runnable onFailure;
    private Connection connection;
    private Instant nextPurge = Instant.MIN;
    private Instant reopenAt = Instant.MIN;

    /**
     * @param file      shared by destinations (each has its own rows) and by sink restarts
     * @param retention how long an entry is kept: as long as the alert can come back
     * @param onFailure called once per lookup or record that could not use the file
     */
    DeliveryLedger(Path file, Duration retention, Clock clock, Runnable onFailure) {
        this.file = file.toAbsolutePath();
        this.retention = retention;
        this.clock = clock;
        this.onFailure = onFailure;
    }

    Path file() {
        return file;
    }

    /** Whether the destination accepted this alert; false also when the ledger cannot tell. */
    synchronized boolean delivered(String destination, String alertId) {
        return attempt("looking up alert " + alertId, false,
                c -> find(c, destination, alertId, "delivered") != null);
    }

    synchronized void markDelivered(String destination, String alertId, Instant at) {
        attempt("recording alert " + alertId + " as delivered", null,
                c -> record(c, destination, alertId, "delivered", null, null, at));
    }

    /** How the destination refused this alert for good; null if it did not, or the ledger cannot tell. */
    synchronized Refusal refusal(String destination, String alertId) {
        return attempt("looking up alert " + alertId, null, c -> find(c, destination, alertId, "refused"));
    }

    synchronized void markRefused(String destination, String alertId, int status, String response, Instant at) {
        attempt("recording alert " + alertId + " as refused", null,
                c -> record(c, destination, alertId, "refused", status, response, at));
    }

    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T attempt(String what, T unknown, Work<T> work) {
        Instant now = clock.instant();
        if (connection == null && now.isBefore(reopenAt)) {
            onFailure.run();
            return unknown;
        }
        try {
            Connection c = connection(now);
            if (!now.isBefore(nextPurge)) {
                purge(c, now);
            }
            return work.on(c);
        } catch (SQLException | IOException e) {
            close();
            reopenAt = now.plus(REOPEN_AFTER);
            onFailure.run();
            LOG.warn("webhook delivery ledger {}: {} failed ({}); remembering deliveries in memory only, a sink restart "
                    + "may notify again; next try in {} s", file, what, e.toString(), REOPEN_AFTER.toSeconds());
            return unknown;
        }
    }

    /** The row's status and response if the destination has this outcome for the alert, else null. */
    private static Refusal find(Connection c, String destination, String alertId, String outcome)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT status, response FROM webhook_delivered "
                + "WHERE destination = ? AND alert_id = ? AND outcome = ?")) {
            s.setString(1, destination);
            s.setString(2, alertId);
            s.setString(3, outcome);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Refusal(rs.getInt(1), rs.getString(2)) : null;
            }
        }
    }

    /** Replaces an earlier row: the latest answer of the destination is the one that counts. */
    private static Void record(Connection c, String destination, String alertId, String outcome, Integer status,
                               String response, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO webhook_delivered "
                + "(destination, alert_id, outcome, status, response, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, destination);
            s.setString(2, alertId);
            s.setString(3, outcome);
            s.setObject(4, status);
            s.setString(5, response);
            s.setLong(6, at.toEpochMilli());
            s.executeUpdate();
        }
        return null;
    }

    private void purge(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM webhook_delivered WHERE at < ?")) {
            s.setLong(1, now.minus(retention).toEpochMilli());
            s.executeUpdate();
        }
        nextPurge = now.plus(PURGE_EVERY);
    }

    private Connection connection(Instant now) throws SQLException, IOException {
        if (connection != null) {
            return connection;
        }
        Files.createDirectories(file.getParent());
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("CREATE TABLE IF NOT EXISTS webhook_delivered (destination TEXT NOT NULL, alert_id TEXT NOT NULL, "
                    + "outcome TEXT NOT NULL, status INTEGER, response TEXT, at INTEGER NOT NULL, "
                    + "PRIMARY KEY (destination, alert_id))");
            s.execute("CREATE INDEX IF NOT EXISTS webhook_delivered_at ON webhook_delivered (at)");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
        nextPurge = now;
        return c;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing after a failure, or at shutdown: nothing left to do with it.
            }
            connection = null;
        }
    }
}
