package newswatch.processor.classify;

import static newswatch.processor.classify.YamlNodes.keys;
import static newswatch.processor.classify.YamlNodes.number;
import static newswatch.processor.classify.YamlNodes.required;
import static newswatch.processor.classify.YamlNodes.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the rule language from YAML, rejecting unknown keys so a typo never silently disables a rule. */
final class RuleSetParser {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TOP_KEYS = Set.of("version", "title-weight", "unless-within", "entities", "semantic", "categories");
    private static final Set<String> CATEGORY_KEYS = Set.of("threshold", "requires", "rules", "exemplars");
    private static final Set<String> SEMANTIC_KEYS = Set.of("enabled", "weight", "low", "high", "max-chars");
    private static final Set<String> GATE_KEYS = Set.of("any", "all", "none", "entities");
    private static final Set<String> RULE_KEYS = Set.of("id", "terms", "near", "all", "any", "none", "requires", "weight",
            "unless", "unless-within");
    private static final Set<String> NEAR_KEYS = Set.of("a", "b", "within");

    record Parsed(String version, double titleWeight, Gazetteer gazetteer, SemanticSettings semantic,
            List<Category> categories) {
    }

    /** Loads the gazetteer named by the rules file's {@code entities:} key. */
    interface GazetteerLoader {
        Gazetteer load(String path) throws Exception;
    }

    private RuleSetParser() {
    }

    static Parsed parse(String yaml, GazetteerLoader loader) throws Exception {
        JsonNode root = YAML.readTree(yaml);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a mapping with 'version' and 'categories'");
        }
        keys(root, TOP_KEYS, "top level");
        String version = required(root, "version", "top level").asText();
        double titleWeight = number(root, "title-weight", 2.0, "top level");
        int unlessWithin = (int) number(root, "unless-within", 6, "top level");
        Gazetteer gazetteer = root.hasNonNull("entities") ? loader.load(root.get("entities").asText()) : Gazetteer.EMPTY;
        Set<String> entityKeys = gazetteer.keysKnown();
        JsonNode cats = required(root, "categories", "top level");
        if (!cats.isObject() || cats.isEmpty()) {
            throw new IllegalArgumentException("'categories' must be a non-empty mapping");
        }
        List<Category> categories = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cats.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            categories.add(category(e.getKey(), e.getValue(), unlessWithin, entityKeys));
        }
        return new Parsed(version, titleWeight, gazetteer, semantic(root.get("semantic")), List.copyOf(categories));
    }

    private static SemanticSettings semantic(JsonNode node) {
        if (node == null || node.isNull()) {
            return SemanticSettings.OFF;
        }
        String where = "semantic";
        keys(node, SEMANTIC_KEYS, where);
        SemanticSettings d = SemanticSettings.OFF;
        JsonNode enabled = node.get("enabled");
        if (enabled != null && !enabled.isBoolean()) {
            throw new IllegalArgumentException(where + ": 'enabled' must be true or false");
        }
        double low = number(node, "low", d.low(), where);
        double high = number(node, "high", d.high(), where);
        if (!(high > low)) {
            throw new IllegalArgumentException(where + ": 'high' must be above 'low'");
        }
        return new SemanticSettings(enabled != null && enabled.asBoolean(), number(node, "weight", 0.5, where), low, high,
                (int) number(node, "max-chars", d.maxChars(), where));
    }

    private static Category category(String name, JsonNode node, int unlessWithin, Set<String> entityKeys) {
        String where = "category '" + name + "'";
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException(where + ": name must be lower-case letters, digits and '-' (it names a topic)");
        }
        keys(node, CATEGORY_KEYS, where);
        double threshold = number(node, "threshold", Double.NaN, where);
        if (!(threshold > 0)) {
            throw new IllegalArgumentException(where + ": 'threshold' must be a number above 0");
        }
        Gate gate = node.has("requires") ? gate(node.get("requires"), where + " requires", entityKeys) : Gate.OPEN;
        JsonNode rulesNode = required(node, "rules", where);
        if (!rulesNode.isArray() || rulesNode.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'rules' must be a non-empty list");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode r : rulesNode) {
            i++;
            Rule rule = rule(r, where + " rule #" + i, unlessWithin, entityKeys);
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException(where + " rule '" + rule.id() + "': duplicate id");
            }
            rules.add(rule);
        }
        List<String> exemplars = new ArrayList<>();
        for (JsonNode e : node.path("exemplars")) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": 'exemplars' must be a list of texts");
            }
            exemplars.add(e.asText().strip());
        }
        return new Category(name, threshold, gate, List.copyOf(rules), List.copyOf(exemplars));
    }

    private static Gate gate(JsonNode g, String where, Set<String> entityKeys) {
        keys(g, GATE_KEYS, where);
        List<String> entities = new ArrayList<>();
        g.path("entities").forEach(e -> entities.add(e.asText()));
        for (String e : entities) {
            if (!entityKeys.contains(e)) {
                throw new IllegalArgumentException(where + ": unknown entity or tag '" + e + "' (not in the entities file)");
            }
        }
        return new Gate(terms(g, "any", where), terms(g, "all", where), terms(g, "none", where), List.copyOf(entities));
    }

    private static Rule rule(JsonNode node, String position, int defaultUnlessWithin, Set<String> entityKeys) {
        keys(node, RULE_KEYS, position);
        String id = required(node, "id", position).asText();
        String where = position.substring(0, position.indexOf(" rule #")) + " rule '" + id + "'";
        double weight = number(node, "weight", Double.NaN, where);
        if (!(weight > 0)) {
            throw new IllegalArgumentException(where + ": 'weight' must be a number above 0");
        }
        List<Term> unless = terms(node, "unless", where);
        int unlessWithin = (int) number(node, "unless-within", defaultUnlessWithin, where);
        List<Term> all = terms(node, "all", where);
        List<Term> any = terms(node, "any", where);
        List<Term> none = terms(node, "none", where);
        Gate gate = node.has("requires") ? gate(node.get("requires"), where + " requires", entityKeys) : null;
        boolean hasTerms = node.has("terms");
        boolean hasNear = node.has("near");
        if (hasTerms && hasNear) {
            throw new IllegalArgumentException(where + ": give one of 'terms' or 'near', not both");
        }
        if (!hasTerms && !hasNear && all.isEmpty() && any.isEmpty()) {
            throw new IllegalArgumentException(where + ": give 'terms', 'near', or an 'all'/'any' group");
        }
        if (hasTerms) {
            List<Term> terms = terms(node, "terms", where);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException(where + ": 'terms' is empty");
            }
            return Rule.of(id, weight, terms, List.of(), List.of(), 0, unless, unlessWithin, all, any, none, gate);
        }
        if (!hasNear) {
            return Rule.of(id, weight, List.of(), List.of(), List.of(), 0, unless, unlessWithin, all, any, none, gate);
        }
        JsonNode near = node.get("near");
        keys(near, NEAR_KEYS, where + " near");
        List<Term> a = terms(near, "a", where + " near");
        List<Term> b = terms(near, "b", where + " near");
        int within = (int) number(near, "within", Double.NaN, where + " near");
        if (a.isEmpty() || b.isEmpty() || within < 0) {
            throw new IllegalArgumentException(where + ": 'near' needs non-empty 'a' and 'b' and 'within' >= 0");
        }
        return Rule.of(id, weight, List.of(), a, b, within, unless, unlessWithin, all, any, none, gate);
    }
}
