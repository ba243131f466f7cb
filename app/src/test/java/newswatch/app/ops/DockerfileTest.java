package newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DockerfileTest {
    private static Dockerfile dockerfile;

    @BeforeAll
    static void read() throws Exception {
        dockerfile = Dockerfile.read();
    }

    @Test
    void buildsWithMavenThenRunsOnAJre() {
        List<Dockerfile.Instruction> from = dockerfile.all("FROM");

        assertThat(from).hasSize(2);
        assertThat(from.get(0).arguments()).isEqualTo("maven:3.9-eclipse-temurin-17 AS build");
        assertThat(from.get(1).arguments()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(dockerfile.all("RUN").get(0).arguments()).contains("mvn -B -q -DskipTests install");
    }

    @Test
    void finalStageCopiesTheJarItsLibrariesAndConf() {
        List<String> copies = dockerfile.finalStage().stream().filter(i -> i.keyword().equals("COPY")).map(Dockerfile.Instruction::arguments).toList();

        assertThat(copies).containsExactlyInAnyOrder(
                "--from=build /src/app/target/lib/ /opt/newswatch/lib/",
                "--from=build /src/app/target/newswatch.jar /opt/newswatch/newswatch.jar",
                "--from=build /src/conf/ /opt/newswatch/conf/");
    }

    @Test
    void runsAsANonRootUser() {
        String user = dockerfile.last("USER").arguments();

        assertThat(user).doesNotStartWith("root").doesNotStartWith("0:").isNotEqualTo("0");
        assertThat(dockerfile.finalStage()).contains(dockerfile.last("USER"));
    }

    @Test
    void entrypointIsJavaWithContainerAwareHeapAndCommandPicksTheService() {
        List<String> entrypoint = dockerfile.last("ENTRYPOINT").execForm();

        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
        assertThat(entrypoint.subList(entrypoint.size() - 2, entrypoint.size())).containsExactly("-jar", "/opt/newswatch/newswatch.jar");
        assertThat(dockerfile.last("CMD").execForm()).containsExactly("run");
    }

    @Test
    void environmentPointsStateAtTheDataVolumeAndOpsAtTheComposePort() {
        String env = dockerfile.last("ENV").arguments();

        assertThat(env).contains("NEWSWATCH_HOME=/opt/newswatch", "NEWSWATCH_DATA_DIR=/var/lib/newswatch", "NEWSWATCH_OPS_PORT=9404");
        assertThat(dockerfile.last("EXPOSE").arguments()).contains("8080", "9404");
    }

    @Test
    void healthcheckRunsTheProbeClassThatShipsInTheJar() throws Exception {
        Dockerfile.Instruction healthcheck = dockerfile.last("HEALTHCHECK");
        List<String> command = healthcheck.execForm();

        assertThat(healthcheck.arguments()).contains("--interval=", "--timeout=", "--start-period=", "--retries=");
        assertThat(command.get(0)).isEqualTo("java");
        assertThat(command).containsSubsequence("-cp", "/opt/newswatch/newswatch.jar");
        String probeClass = command.get(command.size() - 1);
        Method main = Class.forName(probeClass).getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
        assertThat(probeClass).isEqualTo(HealthProbe.class.getName());
    }

    @Test
    void buildContextLeavesOutBuildOutputAndGit() throws Exception {
        List<String> ignored = Files.readAllLines(RepoFiles.root().resolve(".dockerignore"));

        assertThat(ignored).contains("**/target", ".git", "data");
    }
}
