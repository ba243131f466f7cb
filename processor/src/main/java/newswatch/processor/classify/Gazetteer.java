package newswatch.processor.classify;

import static newswatch.processor.classify.YamlNodes.keys;
import static newswatch.processor.classify.YamlNodes.required;
import static newswatch.processor.classify.YamlNodes.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The entities of conf/entities.yaml: places, organisations and people worth naming on an alert. */
record Gazetteer(List<Entity> entities) {
    static final Gazetteer EMPTY = new Gazetteer(List.of());
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TOP_KEYS = Set.of("version", "entities");
    private static final Set<String> ENTITY_KEYS = Set.of("id", "name", "kind", "tags", "names");
    private static final Set<String> KINDS = Set.of("place", "organisation", "person", "facility", "term");

    static Gazetteer parse(String yaml) throws Exception {
        JsonNode root = YAML.readTree(yaml);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("entities: expected a mapping with 'entities'");
        }
        keys(root, TOP_KEYS, "entities file");
        JsonNode list = required(root, "entities", "entities file");
        List<Entity> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode e : list) {
            keys(e, ENTITY_KEYS, "entity");
            String id = required(e, "id", "entity").asText();
            String where = "entity '" + id + "'";
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": duplicate id");
            }
            String kind = e.path("kind").asText("place");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(where + ": 'kind' must be one of " + KINDS);
            }
            Set<String> tags = new LinkedHashSet<>();
            e.path("tags").forEach(t -> tags.add(t.asText()));
            List<Term> names = terms(e, "names", where);
            if (names.isEmpty()) {
                throw new IllegalArgumentException(where + ": 'names' is empty");
            }
            out.add(new Entity(id, e.path("name").asText(id), kind, Set.copyOf(tags), names));
        }
        return new Gazetteer(List.copyOf(out));
    }

    /** Every id and tag, so a rule naming an unknown one is rejected at load time. */
    Set<String> keysKnown() {
        Set<String> k = new HashSet<>();
        entities.forEach(e -> {
            k.add(e.id());
            k.addAll(e.tags());
        });
        return k;
    }

    List<Entity> found(List<Field> fields) {
        return entities.stream().filter(e -> e.foundIn(fields)).toList();
    }

    Stream<Term> allTerms() {
        return entities.stream().flatMap(e -> e.names().stream());
    }
}
