package newswatch.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import newswatch.common.json.Json;

/** What a run did, from the services' own counters and the alert file. */
final class Summary {
    private final MeterRegistry meters;
    private final Path alertsFile;

    Summary(MeterRegistry meters, Path alertsFile) {
        this.meters = meters;
        this.alertsFile = alertsFile;
    }

    void print(PrintStream out, long wallMillis) {
        out.println();
        out.println("Summary of this run");
        out.printf("  items ingested:           %d%n", (long) total("newswatch.ingest.articles", null, null));
        out.printf("  judged relevant:          %d%n", (long) total("newswatch.processor.articles", "verdict", "relevant"));
        out.printf("  judged not relevant:      %d%n", (long) total("newswatch.processor.articles", "verdict", "not-relevant"));
        out.printf("  duplicates dropped:       %d%n", (long) total("newswatch.processor.articles", "verdict", "duplicate"));
        perTag("newswatch.processor.alerts", "category").forEach((c, n) -> out.printf("  alerts %-18s %d%n", c + ":", n));
        // a copy's alerts are counted above but go out as an update of its story's alerts, not as new ones
        out.printf("  copies joined to a story: %d%n", (long) total("newswatch.processor.stories", "outcome", "joined"));
        long errors = (long) (total("newswatch.ingest.feed.polls", "outcome", "failed") + total("newswatch.ingest.feed.polls", "outcome", "error")
                + total("newswatch.ingest.page.failures", null, null) + total("newswatch.processor.articles", "verdict", "dlq")
                + total("newswatch.sink.dlq", null, null));
        out.printf("  errors:                   %d%n", errors);
        out.printf("  alerts in %s: %s%n", alertsFile, fileCounts());
        out.printf("  wall time:                %.1f s%n", wallMillis / 1000.0);
    }

    private double total(String name, String tag, String value) {
        var search = meters.find(name);
        if (tag != null) {
            search = search.tag(tag, value);
        }
        return search.counters().stream().mapToDouble(Counter::count).sum();
    }

    private Map<String, Long> perTag(String name, String tag) {
        Map<String, Long> out = new TreeMap<>();
        meters.find(name).counters().forEach(c -> out.merge(c.getId().getTag(tag), (long) c.count(), Long::sum));
        return out;
    }

    private Map<String, Long> fileCounts() {
        Map<String, Long> counts = new TreeMap<>();
        if (!Files.exists(alertsFile)) {
            return counts;
        }
        try {
            for (String line : Files.readAllLines(alertsFile)) {
                if (!line.isBlank()) {
                    counts.merge(Json.MAPPER.readTree(line).path("category").asText(), 1L, Long::sum);
                }
            }
        } catch (IOException e) {
            counts.put("unreadable: " + e.getMessage(), 0L);
        }
        return counts;
    }
}
