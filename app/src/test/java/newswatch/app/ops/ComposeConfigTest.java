package newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Validates the compose files with a real compose implementation when one is installed
 * (Debian: {@code apt-get install -y --no-install-recommends docker-compose}); skipped otherwise,
 * so {@link ComposeFileTest} is the check that always runs.
 */
class ComposeConfigTest {
    @Test
    void singleBrokerFileIsValid() throws Exception {
        assertValid(List.of("-f", "docker-compose.yml", "--profile", "monitoring", "config", "-q"));
    }

    @Test
    void productionOverlayIsValid() throws Exception {
        assertValid(List.of("-f", "docker-compose.yml", "-f", "docker-compose.prod.yml", "config", "-q"));
    }

    private static void assertValid(List<String> args) throws Exception {
        String compose = onPath("docker-compose");
        assumeTrue(compose != null, "docker-compose is not installed");
        ProcessBuilder builder = new ProcessBuilder(compose);
        builder.command().addAll(args);
        builder.directory(RepoFiles.root().toFile()).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
