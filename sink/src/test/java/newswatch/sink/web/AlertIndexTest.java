package newswatch.sink.web;

import static newswatch.sink.web.TestAlerts.NOW;
import static newswatch.sink.web.TestAlerts.alert;
import static newswatch.sink.web.TestAlerts.defection;
import static newswatch.sink.web.TestAlerts.humanRights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.Alert.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertIndexTest {
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static List<String> ids(AlertIndex index, Map<String, String> params) {
        return index.query(AlertQuery.parse(params, CLOCK)).alerts().stream().map(Alert::alertId).toList();
    }

    @Test
    void replayedAlertIsNotNewAndChangedAlertReplacesTheOld() {
        AlertIndex index = new AlertIndex(10);
        assertThat(index.add(defection("a", "Defector reaches Seoul"))).isTrue();
        assertThat(index.add(defection("a", "Defector reaches Seoul"))).isFalse();
        assertThat(index.add(defection("a", "Defector reaches Seoul, updated"))).isTrue();
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.get("a").orElseThrow().article().title()).endsWith("updated");
    }

    @Test
    void aStoryIsFoundByTheSourceAndTitleOfAnyOfItsCopies() {
        AlertIndex index = new AlertIndex(10);
        Alert first = defection("s", "Soldier defects across the border");
        index.add(first.asStory(first.storyId(), first.alertId(), 2,
                List.of(new ArticleRef("https://wire.example/s", "Envoy flees with family", "World Wire", "en", null))));
        index.add(defection("other", "Family reaches Seoul"));

        assertThat(ids(index, Map.of("source", "world wire"))).containsExactly("s");
        assertThat(ids(index, Map.of("source", "daily nk"))).containsExactly("other", "s");
        assertThat(ids(index, Map.of("q", "envoy flees"))).containsExactly("s");
    }

    @Test
    void keepsOnlyTheMostRecentAlertsNewestFirst() {
        AlertIndex index = new AlertIndex(3);
        for (String id : List.of("1", "2", "3", "4", "5")) {
            index.add(defection(id, "title " + id));
        }
        assertThat(ids(index, Map.of())).containsExactly("5", "4", "3");
        assertThat(index.get("1")).isEmpty();
    }

    @Test
    void filtersByCategorySeveritySourceEntityAndTime() {
        AlertIndex index = new AlertIndex(100);
        index.add(defection("d1", "Defector family arrives"));
        index.add(humanRights("h1", "Prison camp report"));
        index.add(alert("old", "defection", Severity.low, "Old news", "Yonhap", "x", List.of("Kaesong"),
                NOW.minusSeconds(3 * 86_400)));

        assertThat(ids(index, Map.of("category", "Defection"))).containsExactly("old", "d1");
        assertThat(ids(index, Map.of("severity", "medium"))).containsExactly("h1");
        assertThat(ids(index, Map.of("source", "nk news"))).containsExactly("h1");
        assertThat(ids(index, Map.of("entity", "kaesong"))).containsExactly("old");
        assertThat(ids(index, Map.of("since", "24h"))).containsExactly("h1", "d1");
        assertThat(ids(index, Map.of("until", NOW.minusSeconds(86_400).toString()))).containsExactly("old");
        assertThat(ids(index, Map.of("category", "defection", "since", "24h"))).containsExactly("d1");
    }

    @Test
    void searchesTitleSnippetSourceAndTermsIgnoringCaseAndEveryWordMustMatch() {
        AlertIndex index = new AlertIndex(100);
        index.add(defection("d1", "Family arrives in Seoul"));
        index.add(humanRights("h1", "Prison camp report"));

        assertThat(ids(index, Map.of("q", "SEOUL"))).containsExactly("d1");
        assertThat(ids(index, Map.of("q", "forced labour"))).containsExactly("h1");
        assertThat(ids(index, Map.of("q", "daily nk"))).containsExactly("d1");
        assertThat(ids(index, Map.of("q", "border march"))).containsExactly("d1");
        assertThat(ids(index, Map.of("q", "prison seoul"))).isEmpty();
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertThatThrownBy(() -> AlertQuery.parse(Map.of("severity", "urgent"), CLOCK)).hasMessageContaining("severity");
        assertThatThrownBy(() -> AlertQuery.parse(Map.of("since", "yesterday"), CLOCK)).hasMessageContaining("since");
        assertThatThrownBy(() -> AlertQuery.parse(Map.of("limit", "many"), CLOCK)).hasMessageContaining("limit");
    }

    @Test
    void limitsThePageButCountsEveryMatch() {
        AlertIndex index = new AlertIndex(100);
        for (int i = 0; i < 30; i++) {
            index.add(defection("a" + i, "title " + i));
        }
        var result = index.query(AlertQuery.parse(Map.of("limit", "5"), CLOCK));
        assertThat(result.total()).isEqualTo(30);
        assertThat(result.alerts()).hasSize(5);
    }

    @Test
    void loadsTheJsonlFileSkippingTornLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        Files.writeString(file, Json.write(defection("a", "one")) + "\n" + Json.write(humanRights("b", "two")) + "\n"
                + Json.write(defection("a", "one")) + "\n{\"alertId\":\"torn", StandardCharsets.UTF_8);
        AlertIndex index = new AlertIndex(100);
        assertThat(index.load(file)).isEqualTo(3);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.load(dir.resolve("missing.jsonl"))).isZero();
    }
}
