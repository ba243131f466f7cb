package newswatch.sink.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.model.TermMatch;

/**
 * The most recent alerts, de-duplicated by {@code alertId} and bounded in size, for the page's filters and search.
 * A scan over a few tens of thousands of alerts takes milliseconds, so there is no inverted index. Thread-safe.
 */
public final class AlertIndex {
    private final int capacity;
    /** Arrival order, oldest first; a re-delivered alert moves to the end. */
    private final LinkedHashMap<String, Entry> byId = new LinkedHashMap<>();

    private record Entry(Alert alert, String text) {
    }

    /** One page of matching alerts, newest first, and how many matched in all. */
    public record Result(int total, List<Alert> alerts) {
    }

    public AlertIndex(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Adds or replaces an alert.
     *
     * @return true if the alert is new or differs from the stored one (the page should show it), false for a replay
     */
    public synchronized boolean add(Alert alert) {
        Entry old = byId.remove(alert.alertId());
        byId.put(alert.alertId(), new Entry(alert, searchText(alert)));
        if (byId.size() > capacity) {
            Iterator<String> oldest = byId.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return old == null || !old.alert().equals(alert);
    }

    /** Reads a JSON Lines alert file (the JSONL writer's output); unreadable lines are skipped. */
    public int load(Path jsonl) throws IOException {
        if (jsonl == null || !Files.isRegularFile(jsonl)) {
            return 0;
        }
        int read = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        Alert a = Json.MAPPER.readValue(line, Alert.class);
                        if (a.alertId() != null) {
                            add(a);
                            read++;
                        }
                    } catch (IOException e) {
                        // a line torn by a crash: the JSONL writer will append the alert again when it is replayed
                    }
                }
            }
        }
        return read;
    }

    public synchronized Optional<Alert> get(String alertId) {
        Entry e = byId.get(alertId);
        return e == null ? Optional.empty() : Optional.of(e.alert());
    }

    public synchronized int size() {
        return byId.size();
    }

    public Result query(AlertQuery q) {
        List<Entry> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(byId.values());
        }
        List<Alert> page = new ArrayList<>();
        int total = 0;
        for (int i = snapshot.size() - 1; i >= 0; i--) {
            Entry e = snapshot.get(i);
            if (q.test(e.alert(), e.text())) {
                total++;
                if (page.size() < q.limit()) {
                    page.add(e.alert());
                }
            }
        }
        return new Result(total, page);
    }

    /** When the alert was raised, falling back to when it was processed or published. */
    public static Instant timeOf(Alert a) {
        var t = a.timestamps();
        if (t != null && t.alerted() != null) {
            return t.alerted();
        }
        if (t != null && t.processed() != null) {
            return t.processed();
        }
        return a.article() == null ? null : a.article().published();
    }

    static String searchText(Alert a) {
        StringJoiner text = new StringJoiner("\n");
        add(text, a.category());
        if (a.article() != null) {
            add(text, a.article().title());
            add(text, a.article().source());
        }
        if (a.explanation() != null) {
            String snippet = a.explanation().snippet();
            add(text, snippet == null ? null : snippet.replace("[[", "").replace("]]", ""));
            if (a.explanation().matches() != null) {
                a.explanation().matches().stream().map(TermMatch::term).forEach(t -> add(text, t));
            }
        }
        if (a.entities() != null) {
            a.entities().forEach(e -> add(text, e));
        }
        a.related().stream().filter(java.util.Objects::nonNull).forEach(r -> {
            add(text, r.title());
            add(text, r.source());
        });
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static void add(StringJoiner text, String s) {
        if (s != null) {
            text.add(s);
        }
    }
}
