package newswatch.sink;

import static newswatch.sink.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newswatch.common.config.SinkConfig;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import org.junit.jupiter.api.Test;

/** The contract plus what the SQL table itself promises, run against each database. */
abstract class AbstractJdbcAlertWriterTest extends AbstractAlertWriterContractTest {

    protected abstract SinkConfig.Sql sql();

    protected Connection connect() throws SQLException {
        SinkConfig.Sql sql = sql();
        return DriverManager.getConnection(sql.url(), sql.user(), sql.password());
    }

    @Override
    protected AlertWriter openWriter() {
        return new JdbcAlertWriter(sql());
    }

    @Override
    protected List<String> storedIds() throws SQLException {
        return strings("SELECT alert_id FROM alerts");
    }

    protected List<String> strings(String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void eachColumnHoldsItsFieldAndTheFullAlertRoundTrips() throws Exception {
        Alert a = alert("a");
        try (AlertWriter writer = openWriter()) {
            writer.write(a);
        }
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT category, score, severity, story_id, url, title, source, language, "
                     + "alert_json, created_at FROM alerts WHERE alert_id = 'a'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("category")).isEqualTo("defection");
            assertThat(rs.getDouble("score")).isEqualTo(7.25);
            assertThat(rs.getString("severity")).isEqualTo("high");
            assertThat(rs.getString("story_id")).isEqualTo("story-a");
            assertThat(rs.getString("url")).isEqualTo("https://news.test/a");
            assertThat(rs.getString("title")).isEqualTo("Title <a> & more");
            assertThat(rs.getString("source")).isEqualTo("News Test");
            assertThat(rs.getString("language")).isEqualTo("en");
            assertThat(Json.MAPPER.readValue(rs.getString("alert_json"), Alert.class)).isEqualTo(a);
            assertThat(rs.getString("created_at")).isNotBlank();
        }
    }

    @Test
    void aStoryUpdateReplacesTheRowOfItsAlertId() throws Exception {
        Alert first = alert("a");
        Alert update = first.asStory(first.storyId(), first.alertId(), 2,
                List.of(new ArticleRef("https://copy.test/a", "Copy of a", "Copy Daily", "en", null)));
        try (AlertWriter writer = openWriter()) {
            writer.write(first);
            writer.write(update);
        }
        assertThat(storedIds()).containsExactly("a");
        List<String> json = strings("SELECT alert_json FROM alerts WHERE alert_id = 'a'");
        Alert stored = Json.MAPPER.readValue(json.get(0), Alert.class);
        assertThat(stored.sources()).isEqualTo(2);
        assertThat(stored.related()).extracting(ArticleRef::url).containsExactly("https://copy.test/a");
    }

    @Test
    void latestReturnsTheNewestAlertsOldestFirstInTheirLatestVersion() throws Exception {
        Instant t = TestAlerts.PUBLISHED;
        Alert early = alert("early", "defection", t);
        try (JdbcAlertWriter writer = new JdbcAlertWriter(sql())) {
            writer.write(early);
            writer.write(alert("middle", "human-rights", t.plusMillis(100)));
            writer.write(alert("late", "defection", t.plusMillis(200)));
            writer.write(early.asStory(early.storyId(), early.alertId(), 3, List.of()));

            assertThat(writer.latest(10)).extracting(Alert::alertId).containsExactly("early", "middle", "late");
            assertThat(writer.latest(10).get(0).sources()).isEqualTo(3);
            assertThat(writer.latest(2)).extracting(Alert::alertId).containsExactly("middle", "late");
        }
    }

    @Test
    void timesSortInTimeOrderAndSelectByCategory() throws Exception {
        Instant t = TestAlerts.PUBLISHED;
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("late", "defection", t.plusMillis(500)));
            writer.write(alert("early", "defection", t));
            writer.write(alert("other", "human-rights", t.plusMillis(100)));
            writer.write(alert("middle", "defection", t.plusMillis(120)));
        }
        assertThat(strings("SELECT alert_id FROM alerts WHERE category = 'defection' ORDER BY published_at"))
                .containsExactly("early", "middle", "late");
        assertThat(strings("SELECT alert_id FROM alerts ORDER BY alerted_at DESC"))
                .containsExactly("late", "middle", "other", "early");
    }

    @Test
    void theSchemaIsMigratedOnceAndRecorded() throws Exception {
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("a"));
        }
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("b"));
        }
        assertThat(strings("SELECT version FROM schema_version")).containsExactly("1");
    }

    @Test
    void queriesByCategoryAndTimeHaveAnIndex() throws Exception {
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("a"));
        }
        assertThat(indexNames()).contains("alerts_category_alerted_at", "alerts_alerted_at", "alerts_published_at");
    }

    protected abstract List<String> indexNames() throws SQLException;
}
