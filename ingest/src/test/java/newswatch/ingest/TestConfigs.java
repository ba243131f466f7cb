package newswatch.ingest;

import java.util.HashMap;
import java.util.Map;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.IngestConfig;
import newswatch.common.config.NewswatchConfig;

public final class TestConfigs {
    private TestConfigs() {
    }

    /** Ingest config with short timeouts; extra entries are "key", "value" pairs of ingest.* settings. */
    public static IngestConfig ingest(String... keyValues) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("ingest.request-timeout", "2s");
        overrides.put("ingest.connect-timeout", "1s");
        overrides.put("ingest.host-delay", "0ms");
        for (int i = 0; i < keyValues.length; i += 2) {
            overrides.put(keyValues[i], keyValues[i + 1]);
        }
        return NewswatchConfig.from(ConfigLoader.load(null, Map.of(), overrides)).ingest();
    }
}
