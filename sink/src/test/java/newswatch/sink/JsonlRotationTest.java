package newswatch.sink;

import static newswatch.sink.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newswatch.common.json.Json;
import newswatch.sink.WebhookAlertWriterTest.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlRotationTest {
    private static final Instant DAY_20 = Instant.parse("2026-11-20T23:59:58Z");
    private static final Instant DAY_21 = Instant.parse("2026-11-21T00:00:01Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(DAY_20);

    private Path current() {
        return dir.resolve("alerts.jsonl");
    }

    private JsonlAlertWriter writer(long rotateSize, int dedupDays) {
        return new JsonlAlertWriter(current(), rotateSize, dedupDays, 0, clock);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> ids(Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            try {
                ids.add(Json.MAPPER.readTree(line).path("alertId").asText());
            } catch (IOException torn) {
                ids.add("<torn>");
            }
        }
        return ids;
    }

    private List<String> allIds() throws IOException {
        List<String> all = new ArrayList<>();
        for (String name : files()) {
            all.addAll(ids(dir.resolve(name)));
        }
        return all;
    }

    /** What the file system would say had the last write happened at the test clock's time. */
    private void touchAtClock() throws IOException {
        Files.setLastModifiedTime(current(), FileTime.from(clock.now));
    }

    @Test
    void rotatesBeforeTheFileWouldPassTheSize() throws Exception {
        long lineSize = Json.write(alert("a")).length() + 1;
        try (JsonlAlertWriter writer = writer(lineSize * 2, 7)) {
            for (String id : List.of("a", "b", "c", "d", "e")) {
                writer.write(alert(id));
            }
        }
        assertThat(files()).containsExactly("alerts-2026-11-20.1.jsonl", "alerts-2026-11-20.jsonl", "alerts.jsonl");
        assertThat(ids(dir.resolve("alerts-2026-11-20.jsonl"))).containsExactly("a", "b");
        assertThat(ids(dir.resolve("alerts-2026-11-20.1.jsonl"))).containsExactly("c", "d");
        assertThat(ids(current())).containsExactly("e");
        for (String name : files()) {
            assertThat(Files.size(dir.resolve(name))).isLessThanOrEqualTo(lineSize * 2);
        }
    }

    @Test
    void rotatesAtTheFirstWriteOfANewUtcDayUnderTheDayItWasWritten() throws Exception {
        try (JsonlAlertWriter writer = writer(0, 7)) {
            writer.write(alert("a"));
            writer.write(alert("b"));
            clock.now = DAY_21;
            writer.write(alert("c"));
        }
        assertThat(files()).containsExactly("alerts-2026-11-20.jsonl", "alerts.jsonl");
        assertThat(ids(dir.resolve("alerts-2026-11-20.jsonl"))).containsExactly("a", "b");
        assertThat(ids(current())).containsExactly("c");
    }

    @Test
    void aReplayAfterRotationAddsNothingEvenAfterReopening() throws Exception {
        try (JsonlAlertWriter writer = writer(0, 7)) {
            writer.write(alert("a"));
            clock.now = DAY_21;
            writer.write(alert("b"));
            writer.write(alert("a"));
        }
        touchAtClock();
        clock.now = DAY_21.plusSeconds(3600);
        try (JsonlAlertWriter writer = writer(0, 7)) {
            for (String id : List.of("a", "b", "c", "a", "b")) {
                writer.write(alert(id));
            }
        }
        assertThat(allIds()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(ids(current())).containsExactly("b", "c");
    }

    @Test
    void aReopenedWriterRotatesAFileLastWrittenOnAnEarlierDay() throws Exception {
        try (JsonlAlertWriter writer = writer(0, 7)) {
            writer.write(alert("a"));
        }
        touchAtClock();
        clock.now = DAY_21;
        try (JsonlAlertWriter writer = writer(0, 7)) {
            writer.write(alert("a"));
            writer.write(alert("b"));
        }
        assertThat(ids(dir.resolve("alerts-2026-11-20.jsonl"))).containsExactly("a");
        assertThat(ids(current())).containsExactly("b");
    }

    @Test
    void idsAreRememberedForTheConfiguredNumberOfDaysOnly() throws Exception {
        try (JsonlAlertWriter writer = writer(0, 1)) {
            writer.write(alert("old"));
            clock.now = DAY_21;
            writer.write(alert("day21"));
            clock.now = DAY_21.plus(java.time.Duration.ofDays(2));
            writer.write(alert("day23"));
            writer.write(alert("day21"));
            writer.write(alert("old"));
        }
        assertThat(allIds()).containsExactlyInAnyOrder("old", "day21", "day21", "day23", "old");

        touchAtClock();
        try (JsonlAlertWriter reopened = writer(0, 1)) {
            reopened.write(alert("day23"));
            reopened.write(alert("day21"));
        }
        assertThat(ids(current())).containsExactly("day23", "day21", "old");
    }

    @Test
    void aTornLastLineIsRotatedAwayAndItsAlertWrittenOnceInTheNewFile() throws Exception {
        Files.writeString(current(), Json.write(alert("a")) + "\n{\"alertId\":\"b\",\"categ");
        touchAtClock();
        clock.now = DAY_21;
        try (JsonlAlertWriter writer = writer(0, 7)) {
            writer.write(alert("a"));
            writer.write(alert("b"));
            writer.write(alert("b"));
        }
        assertThat(ids(dir.resolve("alerts-2026-11-20.jsonl"))).containsExactly("a", "<torn>");
        assertThat(ids(current())).containsExactly("b");
    }

    @Test
    void aTornLastLineIsFollowedByAFreshLineWhenTheFileDoesNotRotate() throws Exception {
        Files.writeString(current(), "{\"alertId\":\"a\"}\n{\"alertId\":\"b\",\"categ");
        touchAtClock();
        try (JsonlAlertWriter writer = writer(1 << 20, 7)) {
            writer.write(alert("b"));
        }
        assertThat(ids(current())).containsExactly("a", "<torn>", "b");
    }

    @Test
    void rotationDeletesFilesOlderThanTheRetentionAndKeepsTheRest() throws Exception {
        Files.writeString(dir.resolve("alerts-2026-11-01.jsonl"), "{\"alertId\":\"old\"}\n");
        Files.writeString(dir.resolve("alerts-2026-11-10.jsonl"), "{\"alertId\":\"kept\"}\n");
        Files.writeString(dir.resolve("alerts-2026-11-01.notes.txt"), "not ours");
        try (JsonlAlertWriter writer = new JsonlAlertWriter(current(), 0, 7, 14, clock)) {
            writer.write(alert("a"));
            touchAtClock();
            clock.now = DAY_21;
            writer.write(alert("b"));
        }
        assertThat(files()).containsExactly("alerts-2026-11-01.notes.txt", "alerts-2026-11-10.jsonl",
                "alerts-2026-11-20.jsonl", "alerts.jsonl");
    }

    @Test
    void withoutRetentionNothingIsDeleted() throws Exception {
        Files.writeString(dir.resolve("alerts-2020-01-01.jsonl"), "{\"alertId\":\"old\"}\n");
        try (JsonlAlertWriter writer = writer(0, 7)) {
            writer.write(alert("a"));
            clock.now = DAY_21;
            writer.write(alert("b"));
        }
        assertThat(files()).containsExactly("alerts-2020-01-01.jsonl", "alerts-2026-11-20.jsonl", "alerts.jsonl");
    }
}
