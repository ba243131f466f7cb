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
import java.util.List;
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

        assertThat(alerted(linesAfterFirst)).isEqualTo(expected());
        assertThat(first).contains("Summary of this run").contains("items ingested:           25");

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

    /** slug|category for every alert in the file. */
    private static Set<String> alerted(List<String> lines) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : lines) {
            JsonNode alert = Json.MAPPER.readTree(line);
            String url = alert.path("article").path("url").asText();
            String slug = url.substring(url.lastIndexOf('/') + 1).replace(".html", "");
            out.add(slug + "|" + alert.path("category").asText());
        }
        return out;
    }

    private static Set<String> expected() throws IOException {
        Set<String> out = new TreeSet<>();
        try (InputStream in = DemoPipelineIT.class.getResourceAsStream("/demo/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (cols.length < 2 || cols[0].equals("slug") || cols[1].trim().equals("-")) {
                    continue;
                }
                for (String category : cols[1].trim().split(",")) {
                    out.add(cols[0] + "|" + category);
                }
            }
        }
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
