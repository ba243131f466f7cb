package newswatch.common.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The whole configuration, typed and validated once at start-up.
 *
 * @param bootstrapServers empty when the embedded broker is to be used
 * @param kafka            pass-through client settings (every {@code kafka.*} key but bootstrap.servers)
 */
public record NewswatchConfig(
        Path dataDir,
        String bootstrapServers,
        Map<String, String> kafka,
        TopicsConfig topics,
        IngestConfig ingest,
        ProcessorConfig processor,
        SinkConfig sink,
        OpsConfig ops) {

    public static NewswatchConfig from(Settings s) {
        Path dataDir = Path.of(s.nonBlank("data-dir"));
        Map<String, String> kafka = new java.util.TreeMap<>(s.under("kafka."));
        kafka.remove("bootstrap.servers");
        return new NewswatchConfig(
                dataDir,
                s.string("kafka.bootstrap.servers"),
                Map.copyOf(kafka),
                TopicsConfig.from(s),
                IngestConfig.from(s),
                ProcessorConfig.from(s),
                SinkConfig.from(s, dataDir),
                new OpsConfig(s.nonBlank("ops.host"), s.intBetween("ops.port", 0, 65535)));
    }

    public boolean embedded() {
        return bootstrapServers.isEmpty();
    }

    /** The same configuration pointed at a broker (used once the embedded broker knows its port). */
    public NewswatchConfig withBootstrapServers(String servers) {
        return new NewswatchConfig(dataDir, servers, kafka, topics, ingest, processor, sink, ops);
    }

    /** Client properties every Kafka client of this process starts from. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new java.util.HashMap<>(kafka);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }
}
