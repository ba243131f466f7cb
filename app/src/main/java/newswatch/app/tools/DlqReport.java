package newswatch.app.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newswatch.common.json.Json;
import newswatch.common.model.DeadLetter;

/** How {@code dlq list} shows dead letters: a line or a JSON object each, then counts by stage and error class. */
final class DlqReport {
    static final int ERROR_WIDTH = 100;
    static final int CLASS_WIDTH = 60;

    private DlqReport() {
    }

    /** Time, stage, where the record came from, its key and the error, on one line whatever the error holds. */
    static String line(DlqEntry entry) {
        DeadLetter d = entry.letter();
        return String.format("%s  %-11s %s-%d@%d  key=%s  %s", d.at(), d.stage(), d.topic(), d.partition(), d.offset(),
                d.key() == null ? "-" : d.key(), shorten(d.error(), ERROR_WIDTH));
    }

    /** The whole dead letter plus its DLQ partition and offset, so a record can be named in a ticket or a replay. */
    static String json(DlqEntry entry) {
        ObjectNode node = Json.MAPPER.valueToTree(entry.letter());
        node.put("dlqPartition", entry.dlqPartition());
        node.put("dlqOffset", entry.dlqOffset());
        return Json.write(node);
    }

    /** What kind of failure: exception class and message prefix usually end at the first colon. */
    static String errorClass(String error) {
        if (error == null || error.isBlank()) {
            return "(no error)";
        }
        String flat = flat(error);
        int colon = flat.indexOf(':');
        String head = colon >= 0 ? flat.substring(0, colon) : flat;
        return head.length() > CLASS_WIDTH ? head.substring(0, CLASS_WIDTH) : head;
    }

    static Map<String, Integer> byStage(List<DlqEntry> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(String.valueOf(e.letter().stage()), 1, Integer::sum));
        return counts;
    }

    static Map<String, Integer> byErrorClass(List<DlqEntry> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(errorClass(e.letter().error()), 1, Integer::sum));
        return counts;
    }

    static void summary(PrintWriter out, String dlq, int read, int unreadable, List<DlqEntry> selected, int shown) {
        out.printf("%d of %d dead letters on %s selected%s%s%n", selected.size(), read, dlq,
                shown < selected.size() ? ", the newest " + shown + " shown" : "",
                unreadable > 0 ? "; " + unreadable + " unreadable DLQ records ignored" : "");
        counts(out, "by stage", byStage(selected));
        counts(out, "by error", byErrorClass(selected));
    }

    private static void counts(PrintWriter out, String title, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(c -> out.printf("  %6d  %s%n", c.getValue(), c.getKey()));
    }

    static String shorten(String text, int width) {
        if (text == null) {
            return "-";
        }
        String flat = flat(text);
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }

    // Stack traces and multi-line messages would break the one-line-per-record promise.
    private static String flat(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
