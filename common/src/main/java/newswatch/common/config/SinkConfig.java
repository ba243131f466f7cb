package newswatch.common.config;

import java.nio.file.Path;

/** Sink settings ({@code sink.*}). */
public record SinkConfig(String groupId, Path jsonlPath, WebConfig web) {
    static SinkConfig from(Settings s, Path dataDir) {
        String path = s.string("sink.jsonl-path");
        return new SinkConfig(s.nonBlank("sink.group-id"),
                path.isEmpty() ? dataDir.resolve("alerts").resolve("alerts.jsonl") : Path.of(path),
                WebConfig.from(s));
    }
}
