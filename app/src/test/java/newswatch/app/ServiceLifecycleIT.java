package newswatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built command in a child JVM: becomes ready, stops cleanly on SIGTERM, and starts again on the same data. */
class ServiceLifecycleIT {
    @TempDir
    Path data;

    @Test
    void sigtermStopsTheServicesCleanlyAndTheDataDirectoryIsReusable() throws Exception {
        for (int run = 1; run <= 2; run++) {
            int opsPort = freePort();
            Path log = data.resolve("run-" + run + ".log");
            Process p = start(opsPort, log);
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                        .until(() -> status("http://127.0.0.1:" + opsPort + "/health/ready") == 200);
                assertThat(body("http://127.0.0.1:" + opsPort + "/metrics")).contains("jvm_memory_used_bytes");

                p.destroy(); // SIGTERM, as docker stop sends

                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
                assertThat(p.exitValue()).as(Files.readString(log)).isIn(0, 143);
                assertThat(Files.readString(log)).doesNotContain("Exception in thread");
            } finally {
                p.destroyForcibly();
            }
        }
        assertThat(data.resolve("kafka.address")).doesNotExist();
    }

    private Process start(int opsPort, Path log) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", target.resolve("newswatch.jar").toString(), "run", "--data", data.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("NEWSWATCH_OPS_PORT", String.valueOf(opsPort));
        pb.environment().put("NEWSWATCH_OPS_HOST", "127.0.0.1");
        pb.environment().put("NEWSWATCH_SINK_WEB_PORT", "0");
        pb.environment().put("NEWSWATCH_HOME", target.getParent().getParent().toString());
        return pb.start();
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String body(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
