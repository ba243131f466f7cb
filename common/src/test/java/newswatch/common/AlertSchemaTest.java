package newswatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import org.junit.jupiter.api.Test;

/** The published JSON Schema (docs/alert.schema.json) describes exactly the fields the Alert record writes. */
class AlertSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "alert.schema.json");

    @Test
    void schemaPropertiesMatchTheRecordAtEveryLevel() throws Exception {
        JsonNode schema = Json.MAPPER.readTree(SCHEMA.toFile());

        assertSameFields(Alert.class, schema);
    }

    @Test
    void aSerialisedAlertHasEveryRequiredField() throws Exception {
        JsonNode schema = Json.MAPPER.readTree(SCHEMA.toFile());
        JsonNode alert = Json.MAPPER.readTree(new newswatch.common.json.JsonSerde<>(Alert.class).serialize("t", SampleAlerts.sample()));

        for (JsonNode required : schema.get("required")) {
            assertThat(alert.has(required.asText())).as(required.asText()).isTrue();
        }
        assertThat(alert.get("severity").asText()).isIn("low", "medium", "high");
    }

    private static void assertSameFields(Class<?> type, JsonNode schema) {
        Set<String> fields = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.add(c.getName());
            JsonNode sub = schema.get("properties").get(c.getName());
            if (c.getType().isRecord()) {
                assertSameFields(c.getType(), sub);
            } else if (c.getType() == List.class && sub != null && sub.path("items").has("properties")) {
                var element = (Class<?>) ((java.lang.reflect.ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                assertSameFields(element, sub.get("items"));
            }
        }
        Set<String> documented = new HashSet<>();
        Iterator<String> names = schema.get("properties").fieldNames();
        names.forEachRemaining(documented::add);
        assertThat(documented).as(type.getSimpleName() + " in " + SCHEMA).isEqualTo(fields);
        assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)).containsAll(
                iterable(schema.path("required")));
    }

    private static List<String> iterable(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
