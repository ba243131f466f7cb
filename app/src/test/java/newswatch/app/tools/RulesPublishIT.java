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

            Path more = Files.writeString(dir.resolve("more.yaml"), RulesCommandTest.RULES.replace("  human-rights:",
                    "  recalls:\n    threshold: 1\n    rules:\n      - {id: recall, terms: [\"recall*\"], weight: 1}\n  human-rights:"));
            Result added = run("rules", "publish", "--bootstrap-servers", servers, "--data", dir.toString(), more.toString());
            assertThat(added.exit()).as(added.err()).isZero();
            assertThat(added.out()).contains("new categories [recalls]: running processors send their alerts to newswatch.alerts only."
                    + " For [newswatch.alerts.recalls], restart the processors.");
            try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers", servers))) {
                assertThat(admin.listTopics().names().get()).as("topics.create is on by default").contains("newswatch.alerts.recalls");
            }
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
