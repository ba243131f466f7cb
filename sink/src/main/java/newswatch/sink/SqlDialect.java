package newswatch.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What differs between SQLite and PostgreSQL for the alert table: column types and how times are bound. */
enum SqlDialect {
    SQLITE("TEXT", "TEXT", "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", "?"),
    POSTGRES("JSONB", "TIMESTAMPTZ", "now()", "CAST(? AS JSONB)");

    /** Fixed width, so SQLite's text times sort in time order (Instant.toString drops zero fractions). */
    private static final DateTimeFormatter SQLITE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    final String jsonType;
    final String timeType;
    final String now;
    final String jsonParameter;

    SqlDialect(String jsonType, String timeType, String now, String jsonParameter) {
        this.jsonType = jsonType;
        this.timeType = timeType;
        this.now = now;
        this.jsonParameter = jsonParameter;
    }

    static SqlDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (jdbc:sqlite: or jdbc:postgresql:)");
    }

    void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
        if (time == null) {
            statement.setNull(index, this == SQLITE ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (this == SQLITE) {
            statement.setString(index, SQLITE_TIME.format(time));
        } else {
            statement.setObject(index, time.atOffset(ZoneOffset.UTC));
        }
    }
}
