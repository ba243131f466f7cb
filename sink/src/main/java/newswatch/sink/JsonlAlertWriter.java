package newswatch.sink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one JSON object per line to the current file, which is rotated at the first write of a new UTC day and
 * before it would grow past a size (see {@link JsonlFiles} for the names). Alert ids in the current file and in the
 * rotated files of the last {@code dedupDays} days are skipped, so replays add nothing; the ids kept in memory are
 * bounded the same way.
 */
public final class JsonlAlertWriter implements AlertWriter {
    private static final Logger LOG = LoggerFactory.getLogger(JsonlAlertWriter.class);
    private final JsonlFiles files;
    private final long rotateSize;
    private final int dedupDays;
    private final int retainDays;
    private final Clock clock;
    /** Alert ids written, by the day of the file they are in. */
    private final TreeMap<LocalDate, Set<String>> written = new TreeMap<>();
    /** The UTC day the current file was written on; null while it is empty or absent. */
    private LocalDate fileDay;
    private FileChannel out;

    /** A writer that rotates daily only and remembers a week of rotated files. */
    public JsonlAlertWriter(Path path) {
        this(path, 0, 7, 0, Clock.systemUTC());
    }

    /**
     * @param rotateSize bytes after which the file is rotated; 0: by date only
     * @param dedupDays  rotated files dated this many days before today, or later, are read for alert ids
     * @param retainDays rotated files dated more than this many days before today are deleted at rotation; 0: kept
     */
    public JsonlAlertWriter(Path path, long rotateSize, int dedupDays, int retainDays, Clock clock) {
        this.files = new JsonlFiles(path);
        this.rotateSize = rotateSize;
        this.dedupDays = dedupDays;
        this.retainDays = retainDays;
        this.clock = clock;
        Path current = files.current();
        try {
            Files.createDirectories(current.getParent());
            for (JsonlFiles.Rotated r : files.rotatedSince(today().minusDays(dedupDays))) {
                loadIds(r.path(), r.day());
            }
            if (Files.exists(current) && Files.size(current) > 0) {
                // Every line of the current file was written on the day of its last write (it rotates on a new day).
                fileDay = LocalDate.ofInstant(Files.getLastModifiedTime(current).toInstant(), ZoneOffset.UTC);
                loadIds(current, fileDay);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the alert file " + current, e);
        }
    }

    private void loadIds(Path file, LocalDate day) throws IOException {
        Set<String> ids = written.computeIfAbsent(day, d -> new HashSet<>());
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        ids.add(Json.MAPPER.readTree(line).path("alertId").asText());
                    } catch (IOException e) {
                        // A line torn by a crash mid-write: its alert was never committed, so it will be replayed.
                    }
                }
            }
        }
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public synchronized void write(Alert alert) throws IOException {
        String id = alert.alertId();
        if (written.values().stream().anyMatch(ids -> ids.contains(id))) {
            return;
        }
        LocalDate today = today();
        byte[] json = (Json.write(alert) + "\n").getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            out = open();
        }
        long size = out.size();
        if (size > 0 && fileDay != null
                && (!fileDay.equals(today) || rotateSize > 0 && size + json.length > rotateSize)) {
            rotate(today);
        }
        // A line torn by a crash has no newline: start on a fresh line so the new record stays parseable.
        ByteBuffer buffer = endsTorn() ? ByteBuffer.allocate(json.length + 1).put((byte) '\n').put(json).flip()
                : ByteBuffer.wrap(json);
        out.position(out.size());
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        // The offset is committed right after this returns, so the line must be on disk first.
        out.force(false);
        if (fileDay == null) {
            fileDay = today;
        }
        written.computeIfAbsent(fileDay, d -> new HashSet<>()).add(id);
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(files.current(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    /** Moves the current file to its dated name and starts an empty one; forgets ids older than the bound. */
    private void rotate(LocalDate today) throws IOException {
        out.close();
        out = null;
        Files.move(files.current(), files.nextRotated(fileDay), StandardCopyOption.ATOMIC_MOVE);
        fileDay = null;
        written.headMap(today.minusDays(dedupDays)).clear();
        out = open();
        if (retainDays > 0) {
            deleteOlderThan(today.minusDays(retainDays));
        }
    }

    /** Retention: a failed delete is logged, never a reason to refuse the alert being written. */
    private void deleteOlderThan(LocalDate oldestKept) {
        try {
            for (JsonlFiles.Rotated r : files.rotatedBefore(oldestKept)) {
                Files.deleteIfExists(r.path());
                LOG.info("deleted {} (older than sink.jsonl-retain-days = {})", r.path(), retainDays);
            }
        } catch (IOException e) {
            LOG.warn("could not delete old alert files in {}: {}", files.current().getParent(), e.toString());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private boolean endsTorn() throws IOException {
        long size = out.size();
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        out.read(last, size - 1);
        return last.get(0) != '\n';
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
