package newswatch.sink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newswatch.common.json.Json;
import org.junit.jupiter.api.io.TempDir;

class JsonlAlertWriterContractTest extends AbstractAlertWriterContractTest {
    @TempDir
    Path dir;

    @Override
    protected AlertWriter openWriter() {
        return new JsonlAlertWriter(dir.resolve("alerts.jsonl"));
    }

    @Override
    protected List<String> storedIds() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("alerts.jsonl"))) {
            ids.add(Json.MAPPER.readTree(line).path("alertId").asText());
        }
        return ids;
    }
}
