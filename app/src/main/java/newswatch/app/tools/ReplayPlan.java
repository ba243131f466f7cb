package newswatch.app.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newswatch.common.model.DeadLetter;

/** Which selected dead letters can go back to a topic, and why the others cannot. */
record ReplayPlan(List<Send> sends, Map<String, Integer> skipped) {
    static final String NO_PAYLOAD = "no payload (the record was empty)";
    static final String CUT_PAYLOAD = "payload cut at " + DeadLetter.MAX_PAYLOAD + " chars, not the original value";
    static final String NO_TOPIC = "original topic unknown (give --topic)";

    /** One record to write: the original key and value, and the DLQ record it comes from. */
    record Send(String topic, String key, String value, DlqEntry from) {
    }

    /** {@code topic} (may be null) replaces each dead letter's own source topic. */
    static ReplayPlan of(List<DlqEntry> selected, String topic) {
        List<Send> sends = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (DlqEntry entry : selected) {
            DeadLetter d = entry.letter();
            String target = topic != null ? topic : d.topic();
            String reason = d.payload() == null ? NO_PAYLOAD
                    : d.payload().length() >= DeadLetter.MAX_PAYLOAD ? CUT_PAYLOAD
                    : target == null || target.isBlank() ? NO_TOPIC
                    : null;
            if (reason == null) {
                sends.add(new Send(target, d.key(), d.payload(), entry));
            } else {
                skipped.merge(reason, 1, Integer::sum);
            }
        }
        return new ReplayPlan(List.copyOf(sends), skipped);
    }

    Map<String, Integer> byTopic() {
        Map<String, Integer> counts = new TreeMap<>();
        sends.forEach(s -> counts.merge(s.topic(), 1, Integer::sum));
        return counts;
    }

    int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
