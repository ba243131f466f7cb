package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newswatch.app.Main;
import newswatch.broker.EmbeddedKafka;
import newswatch.processor.classify.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** publish and show against a real broker: the published rules (entities file included) are what show reports. */
class RulesPublishIT {
    @TempDir
    Path dir;

    @Test
    void publishesValidRulesWithTheirEntitiesAndRefusesInvalidOnesLeavingTheTopicAsItWas() throws Exception {
        Path shipped = Path.of("../conf/rules.yaml");
        String version = RuleSet.load(shipped).version();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String servers = kafka.bootstrapServers();
            Result none = run("rules", "show", "--bootstrap-servers", servers, "--data", dir.toString());
            assertThat(none.out()).contains("no rules published on newswatch.rules");

            Result published = run("rules", "publish", "--by", "analyst", "--bootstrap-servers", servers, "--data", dir.toString(),
                    shipped.toString());
            assertThat(published.exit()).as(published.err()).isZero();
            assertThat(published.out()).contains("published rules " + version).contains("to newswatch.rules");

            Path invalid = Files.writeString(dir.resolve("bad.yaml"), "version: 9\ncategories: {}\n");
            Result refused = run("rules", "publish", "--bootstrap-servers", servers, "--data", dir.toString(), invalid.toString());
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("'categories' must be a non-empty mapping").contains("nothing published");

            Result shown = run("rules", "current", "--bootstrap-servers", servers, "--data", dir.toString());
            assertThat(shown.exit()).isZero();
            assertThat(shown.out()).contains("version:    " + version)
                    .contains("source:     " + shipped.toAbsolutePath().normalize())
                    .contains("by analyst (newswatch rules publish)")
                    .contains("categories: defection, human-rights");
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
