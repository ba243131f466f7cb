package newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built jar exactly as the image does: the Dockerfile's ENTRYPOINT, CMD-style service arguments and
 * HEALTHCHECK command, with /opt/newswatch replaced by a directory laid out like the image (jar, lib/, conf/).
 * Needs app/target/newswatch.jar and app/target/lib (the package phase; failsafe runs after it).
 */
class ImageCommandIT {
    private static final String IMAGE_HOME = "/opt/newswatch";

    @TempDir
    static Path home;
    @TempDir
    static Path data;
    private static Dockerfile dockerfile;

    @BeforeAll
    static void layOutLikeTheImage() throws Exception {
        dockerfile = Dockerfile.read();
        Path target = Path.of(System.getProperty("newswatch.target", RepoFiles.root().resolve("app/target").toString()));
        assertThat(target.resolve("newswatch.jar")).as("run `mvn package` first").isRegularFile();
        Files.copy(target.resolve("newswatch.jar"), home.resolve("newswatch.jar"));
        Files.createSymbolicLink(home.resolve("lib"), target.resolve("lib").toAbsolutePath());
        Files.createSymbolicLink(home.resolve("conf"), RepoFiles.root().resolve("conf"));
    }

    @Test
    void everyServiceCommandStartsFromTheEntrypoint() throws Exception {
        for (List<String> args : List.of(List.of("--help"), List.of("run", "--help"), List.of("ingest", "--help"),
                List.of("process", "--help"), List.of("sink", "--help"))) {
            List<String> command = new ArrayList<>(inHome(dockerfile.last("ENTRYPOINT").execForm()));
            command.addAll(args);

            Result result = run(command, Map.of());

            assertThat(result.exit()).as(args + ": " + result.output()).isZero();
            assertThat(result.output()).as(args.toString()).contains("Usage:");
        }
    }

    @Test
    void healthcheckCommandFollowsTheLivenessEndpoint() throws Exception {
        List<String> healthcheck = inHome(dockerfile.last("HEALTHCHECK").execForm());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        OpsServer server = OpsServer.start("127.0.0.1", 0, registry, Health::alwaysUp);
        String port = String.valueOf(server.port());
        Result up;
        try {
            up = run(healthcheck, Map.of("NEWSWATCH_OPS_PORT", port));
        } finally {
            server.close();
            registry.close();
        }
        Result down = run(healthcheck, Map.of("NEWSWATCH_OPS_PORT", port));

        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(down.exit()).as(down.output()).isEqualTo(1);
    }

    private static List<String> inHome(List<String> command) {
        return command.stream().map(a -> a.replace(IMAGE_HOME, home.toString())).toList();
    }

    private static Result run(List<String> command, Map<String, String> extraEnv) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        // The image's ENV, with its paths moved to the test's directories.
        builder.environment().put("NEWSWATCH_HOME", home.toString());
        builder.environment().put("NEWSWATCH_DATA_DIR", data.toString());
        builder.environment().putAll(extraEnv);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }
}
