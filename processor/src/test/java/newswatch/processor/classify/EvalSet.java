package newswatch.processor.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newswatch.common.json.Json;

/** A labelled evaluation set and the per-category confusion counts of a classifier over it. */
record EvalSet(String name, List<Item> items) {

    record Item(String id, String title, String text, String language, Set<String> labels) {
    }

    /** Confusion of one category: ids of true positives, false positives and false negatives. */
    record Confusion(String category, List<String> tp, List<String> fp, List<String> fn) {
        double precision() {
            return tp.size() + fp.size() == 0 ? 1.0 : (double) tp.size() / (tp.size() + fp.size());
        }

        double recall() {
            return tp.size() + fn.size() == 0 ? 1.0 : (double) tp.size() / (tp.size() + fn.size());
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line() {
            return String.format(java.util.Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f  (tp %d, fp %d, fn %d)",
                    category, precision(), recall(), f1(), tp.size(), fp.size(), fn.size());
        }
    }

    static EvalSet resource(String name) {
        try (InputStream in = EvalSet.class.getResourceAsStream("/eval/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /eval/" + name);
            }
            List<Item> items = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.MAPPER.readTree(line);
                Set<String> labels = new TreeSet<>();
                n.path("labels").forEach(l -> labels.add(l.asText()));
                items.add(new Item(n.get("id").asText(), n.path("title").asText(null), n.get("text").asText(),
                        n.path("language").asText(null), labels));
            }
            return new EvalSet(name, List.copyOf(items));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Confusion> evaluate(Classifier classifier, List<String> categories) {
        Map<String, Confusion> out = new LinkedHashMap<>();
        categories.forEach(c -> out.put(c, new Confusion(c, new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        for (Item item : items) {
            Set<String> got = new TreeSet<>();
            classifier.classify(item.title(), item.text(), item.language()).flagged().forEach(r -> got.add(r.category()));
            for (Confusion c : out.values()) {
                boolean want = item.labels().contains(c.category());
                boolean has = got.contains(c.category());
                if (want && has) {
                    c.tp().add(item.id());
                } else if (has) {
                    c.fp().add(item.id());
                } else if (want) {
                    c.fn().add(item.id());
                }
            }
        }
        return out;
    }
}
