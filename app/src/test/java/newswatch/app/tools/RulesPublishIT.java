package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newswatch.app.Main;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.ConfigLoader;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.RuleUpdate;
import newswatch.common.topic.RuleTopic;
import newswatch.common.topic.TopicAdmin;
import newswatch.processor.classify.RuleSet;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** publish and show against a real broker: the published rules (entities file included) are what show reports. */
class RulesPublishIT {
    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void publishesValidRulesWithTheirEntitiesAndRefusesInvalidOnesLeavingTheTopicAsItWas() throws Exception {
        Path shipped = Path.of("../conf/rules.yaml");
        String version = RuleSet.load(shipped).version();
        Result none = run("valid", "rules", "show");
        assertThat(none.out()).contains("no rules published on valid.rules");

        Result published = run("valid", "rules", "publish", "--by", "analyst", shipped.toString());
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).contains("published rules " + version).contains("to valid.rules");

        Path invalid = Files.writeString(dir.resolve("bad.yaml"), "version: 9\ncategories: {}\n");
        Result refused = run("valid", "rules", "publish", invalid.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("'categories' must be a non-empty mapping").contains("nothing published");

        Result shown = run("valid", "rules", "current");
        assertThat(shown.exit()).isZero();
        assertThat(shown.out()).contains("version:    " + version)
                .contains("source:     " + shipped.toAbsolutePath().normalize())
                .contains("by analyst (newswatch rules publish)")
                .contains("categories: defection, human-rights");
    }

    @Test
    void aNewCategoryIsNamedWithWhatItNeedsAndItsTopicCreatedWhenTopicsCreateIsOn() throws Exception {
        Path more = Files.writeString(dir.resolve("more.yaml"), RulesCommandTest.RULES.replace("  human-rights:",
                "  recalls:\n    threshold: 1\n    rules:\n      - {id: recall, terms: [\"recall*\"], weight: 1}\n  human-rights:"));

        Result added = run("added", "rules", "publish", more.toString());

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).as("compared with the rules file before any publication")
                .contains("new categories [recalls]: running processors send their alerts to added.alerts only."
                        + " For [added.alerts.recalls], restart the processors.");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains("added.alerts.recalls", "added.rules");
        }
    }

    @Test
    void showSaysWhenTheLatestRulesOnTheTopicAreInvalid() {
        NewswatchConfig config = NewswatchConfig.from(ConfigLoader.load(null, Map.of(), Map.of("kafka.bootstrap.servers",
                kafka.bootstrapServers(), "data-dir", dir.toString(), "topics.prefix", "unchecked.")));
        TopicAdmin.ensure(config, List.of());
        RuleTopic.publish(config, new RuleUpdate(1, "9-unchecked", "version: 9\ncategories: {}\n", null, "elsewhere.yaml",
                "another client", Instant.now()));

        Result shown = run("unchecked", "rules", "show");

        assertThat(shown.exit()).isEqualTo(1);
        assertThat(shown.out()).contains("source:     elsewhere.yaml")
                .contains("9-unchecked (INVALID: processors keep their previous rules)")
                .contains("'categories' must be a non-empty mapping");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String prefix, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--data", dir.toString(), "--set", "topics.prefix=" + prefix + "."));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }
}
