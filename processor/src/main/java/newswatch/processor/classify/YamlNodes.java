package newswatch.processor.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Typed reads from a YAML tree whose errors say where in the rule file the problem is. */
final class YamlNodes {
    private YamlNodes() {
    }

    static List<Term> terms(JsonNode node, String key, String where) {
        JsonNode list = node.get(key);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a list of terms");
        }
        List<Term> terms = new ArrayList<>();
        for (JsonNode t : list) {
            if (!t.isTextual()) {
                throw new IllegalArgumentException(where + ": '" + key + "' holds a non-text term: " + t);
            }
            try {
                terms.add(Term.parse(t.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": '" + key + "': " + e.getMessage(), e);
            }
        }
        return List.copyOf(terms);
    }

    static JsonNode required(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing");
        }
        return v;
    }

    static double number(JsonNode node, String key, double dflt, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (Double.isNaN(dflt)) {
                throw new IllegalArgumentException(where + ": '" + key + "' is missing");
            }
            return dflt;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a number, got " + v);
        }
        return v.asDouble();
    }

    static void keys(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected a mapping");
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + ": unknown key '" + k + "' (allowed: " + new TreeSet<>(allowed) + ")");
            }
        });
    }
}
