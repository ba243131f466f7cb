package newswatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.config.Settings;
import picocli.CommandLine.Option;

/** The configuration flags every service command shares. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML overrides (default: conf/newswatch.yaml when present).")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "Directory for all local state (default: ./data).")
    Path data;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Use this Kafka cluster instead of the embedded broker.")
    String bootstrapServers;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override any configuration key, e.g. --set ingest.poll-interval=5m.")
    Map<String, String> set = new LinkedHashMap<>();

    /** Loads and validates the configuration; {@code defaults} are applied first, so user flags still win. */
    public NewswatchConfig load(Map<String, String> defaults) {
        Map<String, String> overrides = new LinkedHashMap<>(defaults);
        overrides.putAll(set);
        if (data != null) {
            overrides.put("data-dir", data.toString());
        }
        if (bootstrapServers != null) {
            overrides.put("kafka.bootstrap.servers", bootstrapServers);
        }
        Path file = config;
        if (file == null && Files.isRegularFile(Path.of("conf", "newswatch.yaml"))) {
            file = Path.of("conf", "newswatch.yaml");
        }
        Settings settings = ConfigLoader.load(file, System.getenv(), overrides);
        // A relative rules path is looked up under the installation too, when run from elsewhere.
        settings = settings.with("processor.rules", AppPaths.resolve(settings.string("processor.rules")).toString());
        return NewswatchConfig.from(settings);
    }

    public NewswatchConfig load() {
        return load(Map.of());
    }
}
