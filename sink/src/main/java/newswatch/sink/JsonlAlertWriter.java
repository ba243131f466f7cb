package newswatch.sink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;

/** Appends one JSON object per line; alert ids already in the file are skipped, so replays add nothing. */
public final class JsonlAlertWriter implements AlertWriter {
    private final Path path;
    private final Set<String> written = new HashSet<>();
    private FileChannel out;

    public JsonlAlertWriter(Path path) {
        this.path = path;
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            if (Files.exists(path)) {
                loadIds();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the alert file " + path, e);
        }
    }

    private void loadIds() throws IOException {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        written.add(Json.MAPPER.readTree(line).path("alertId").asText());
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
        if (written.contains(alert.alertId())) {
            return;
        }
        if (out == null) {
            out = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        String json = Json.write(alert) + "\n";
        // A line torn by a crash has no newline: start on a fresh line so the new record stays parseable.
        byte[] line = (endsTorn() ? "\n" + json : json).getBytes(StandardCharsets.UTF_8);
        var buffer = java.nio.ByteBuffer.wrap(line);
        out.position(out.size());
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        // The offset is committed right after this returns, so the line must be on disk first.
        out.force(false);
        written.add(alert.alertId());
    }

    private boolean endsTorn() throws IOException {
        long size = out.size();
        if (size == 0) {
            return false;
        }
        var last = java.nio.ByteBuffer.allocate(1);
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
