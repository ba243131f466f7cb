package newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newswatch.common.topic.Topic;
import newswatch.common.topic.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs deploy/create-topics.sh with the topics service's environment against a kafka-topics.sh stub that records its calls. */
class CreateTopicsScriptTest {
    @TempDir
    Path bin;

    @Test
    void createsEveryTopicTheServicesUseCompactingTheTables() throws Exception {
        Map<String, String> env = topicsServiceEnvironment("docker-compose.yml");
        Map<String, List<String>> created = run(env);

        String prefix = env.get("TOPIC_PREFIX");
        List<String> categories = Arrays.asList(env.get("CATEGORIES").split(" "));
        List<Topic<String, ?>> expected = new Topics(prefix).all(categories);
        assertThat(created.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Topic::name).toList());
        assertThat(categories).containsExactlyInAnyOrder("defection", "human-rights");
        for (Topic<String, ?> topic : expected) {
            List<String> args = created.get(topic.name());
            assertThat(args).as(topic.name())
                    .contains(topic.compacted() ? "cleanup.policy=compact" : "cleanup.policy=delete")
                    .containsSubsequence("--partitions", "6")
                    .containsSubsequence("--replication-factor", "1")
                    .contains("min.insync.replicas=1", "--if-not-exists");
            if (topic.compacted()) {
                assertThat(args).as(topic.name()).contains("segment.bytes=104857600", "segment.ms=86400000");
            }
        }
        assertThat(created.get("newswatch.articles")).contains("retention.ms=604800000");
        assertThat(created.get("newswatch.alerts.defection")).contains("retention.ms=2592000000");
        assertThat(created.get("newswatch.dlq")).contains("retention.ms=2592000000");
    }

    @Test
    void productionOverlayCreatesThemWithThreeReplicasAndMinIsrTwo() throws Exception {
        Map<String, String> env = topicsServiceEnvironment("docker-compose.yml");
        env.putAll(topicsServiceEnvironment("docker-compose.prod.yml"));

        Map<String, List<String>> created = run(env);

        assertThat(created).hasSize(new Topics(env.get("TOPIC_PREFIX")).all(Arrays.asList(env.get("CATEGORIES").split(" "))).size());
        created.forEach((name, args) -> assertThat(args).as(name)
                .containsSubsequence("--replication-factor", "3")
                .contains("min.insync.replicas=2")
                .containsSubsequence("--bootstrap-server", "kafka:9092,kafka-2:9092,kafka-3:9092"));
    }

    @Test
    void failsWhenKafkaCannotBeReached() throws Exception {
        Path stub = bin.resolve("kafka-topics.sh");
        Files.writeString(stub, "#!/usr/bin/env bash\nexit 1\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>(topicsServiceEnvironment("docker-compose.yml"));
        env.put("KAFKA_BIN", bin.toString());
        // Keep the retry loop short: a sleep stub first on PATH.
        Files.writeString(bin.resolve("sleep"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(bin.resolve("sleep"), PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));

        Process process = start(env);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("cannot reach Kafka at kafka:9092");
    }

    private Map<String, List<String>> run(Map<String, String> composeEnv) throws Exception {
        Path log = bin.resolve("calls.log");
        Path stub = bin.resolve("kafka-topics.sh");
        Files.writeString(stub, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" >> '" + log + "'\necho '--END--' >> '" + log + "'\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>(composeEnv);
        env.put("KAFKA_BIN", bin.toString());

        Process process = start(env);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stderr).isZero();

        Map<String, List<String>> created = new LinkedHashMap<>();
        List<String> call = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (!line.equals("--END--")) {
                call.add(line);
                continue;
            }
            if (call.contains("--create")) {
                created.put(call.get(call.indexOf("--topic") + 1), List.copyOf(call));
            }
            call.clear();
        }
        return created;
    }

    private static Process start(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", RepoFiles.root().resolve("deploy/create-topics.sh").toString());
        builder.environment().putAll(env);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static Map<String, String> topicsServiceEnvironment(String file) throws Exception {
        JsonNode env = RepoFiles.yaml(file).at("/services/topics/environment");
        return ComposeFileTest.fieldNames(env).stream()
                .collect(Collectors.toMap(k -> k, k -> RepoFiles.interpolate(env.get(k).asText()), (a, b) -> b, HashMap::new));
    }
}
