package newswatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newswatch.common.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Loopback feed site -> ingest -> processor -> sink on the embedded broker, as `newswatch demo --once` runs it. */
class DemoPipelineIT {
    @TempDir
    Path data;

    @Test
    void alertsExactlyTheExpectedSampleItemsAndARerunAddsNothing() throws Exception {
        int port = freePort();

        String first = runDemo(port);
        List<String> linesAfterFirst = Files.readAllLines(data.resolve("alerts/alerts.jsonl"));

        Expected expected = Expected.load();
        List<String> alerted = alerted(linesAfterFirst, expected.storyOf());
        assertThat(alerted).as("one alert per story and category, whichever copy came first").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(alerted)).isEqualTo(expected.alerts());
        assertThat(first).contains("Summary of this run").contains("items ingested:           26")
                .contains("copies joined to a story: 1");
        assertSyndicatedCopyJoinedItsStory();

        String second = runDemo(port);

        assertThat(Files.readAllLines(data.resolve("alerts/alerts.jsonl"))).isEqualTo(linesAfterFirst);
        assertThat(second).contains("items ingested:           0");
    }

    private String runDemo(int port) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(new DemoCommand(out))
                .execute("--once", "--data", data.toString(), "--site-port", String.valueOf(port), "--timeout", "180s",
                        "--set", "sink.web.port=0");
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        return text;
    }

    /** The SQL table keeps the latest version of each alert: the story's, with both publishers. */
    private void assertSyndicatedCopyJoinedItsStory() throws Exception {
        String url = "jdbc:sqlite:" + data.resolve("alerts/alerts.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT alert_json FROM alerts WHERE category = 'defection' "
                     + "AND (url LIKE '%/diplomat-defects-vienna.html' OR url LIKE '%/wire-diplomat-defects-vienna.html')")) {
            assertThat(rs.next()).isTrue();
            JsonNode alert = Json.MAPPER.readTree(rs.getString(1));
            assertThat(rs.next()).as("one row for the story").isFalse();
            assertThat(alert.path("sources").asInt()).isEqualTo(2);
            assertThat(alert.path("related")).hasSize(1);
            assertThat(alert.path("related").get(0).path("url").asText()).endsWith("diplomat-defects-vienna.html")
                    .isNotEqualTo(alert.path("article").path("url").asText());
        }
    }

    /** story|category for every alert in the file, the story named by the slug of its first listed copy. */
    private static List<String> alerted(List<String> lines, Map<String, String> storyOf) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            JsonNode alert = Json.MAPPER.readTree(line);
            String url = alert.path("article").path("url").asText();
            String slug = url.substring(url.lastIndexOf('/') + 1).replace(".html", "");
            out.add(storyOf.getOrDefault(slug, slug) + "|" + alert.path("category").asText());
        }
        return out;
    }

    /**
     * expected.tsv: slug, categories ("-" for none), and for a copy of another item's story, that item's slug.
     * Which copy of a story is processed first varies between runs, so alerts are compared by story.
     */
    private record Expected(Set<String> alerts, Map<String, String> storyOf) {
        static Expected load() throws IOException {
            Set<String> alerts = new TreeSet<>();
            Map<String, String> storyOf = new HashMap<>();
            try (InputStream in = DemoPipelineIT.class.getResourceAsStream("/demo/expected.tsv")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] cols = line.split("\t");
                    if (cols.length < 2 || cols[0].equals("slug") || cols[1].trim().equals("-")) {
                        continue;
                    }
                    String story = cols.length > 2 && !cols[2].isBlank() ? cols[2].trim() : cols[0];
                    storyOf.put(cols[0], story);
                    for (String category : cols[1].trim().split(",")) {
                        alerts.add(story + "|" + category);
                    }
                }
            }
            return new Expected(alerts, storyOf);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
