package newswatch.app.tools;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import newswatch.app.BrokerConnection;
import newswatch.app.ConfigOptions;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.RuleUpdate;
import newswatch.common.topic.RuleTopic;
import newswatch.common.topic.TopicAdmin;
import newswatch.processor.classify.RuleFiles;
import newswatch.processor.classify.RuleSet;
import newswatch.processor.classify.RuleSetException;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Validate a rules file and publish it to the rules topic: running processors classify the next"
                + " articles with it, no restart needed. An invalid file is refused and nothing is published.")
public final class RulesPublishCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--by", paramLabel = "NAME", description = "Who publishes (default: user@host).")
    String by;

    @Parameters(paramLabel = "FILE", description = "The rules file (YAML), with the entities file it names next to it.")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // Read once: the version published is the version of exactly the text published.
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        RuleSet rules;
        try {
            // The processor's own parser: what passes here parses there.
            rules = RuleSet.parse(yaml, file.toString(), file.toAbsolutePath().getParent());
        } catch (RuleSetException e) {
            throw new IllegalArgumentException(e.getMessage() + " (nothing published)", e);
        }
        RuleUpdate update = new RuleUpdate(RuleUpdate.SCHEMA_VERSION, rules.version(),
                yaml, rules.files(), file.toAbsolutePath().normalize().toString(),
                (by != null ? by : publisher()) + " (newswatch rules publish)", Instant.now());
        try (BrokerConnection kafka = BrokerConnection.open(options.load())) {
            NewswatchConfig config = kafka.config();
            if (config.topics().create()) {
                TopicAdmin.ensure(config, rules.categories());
            }
            Optional<RuleUpdate> before = RuleTopic.latest(config);
            RecordMetadata sent = RuleTopic.publish(config, update);
            out.printf("published rules %s from %s to %s (partition %d, offset %d)%n", rules.version(), file,
                    sent.topic(), sent.partition(), sent.offset());
            newCategories(before, rules, config, out);
        }
        return 0;
    }

    /** Per-category topics are fixed while a processor runs: say what a new category needs. */
    private static void newCategories(Optional<RuleUpdate> previous, RuleSet rules, NewswatchConfig config, PrintWriter out) {
        List<String> added = new ArrayList<>(rules.categories());
        try {
            // Before the first publication, processors run on their rules file.
            added.removeAll(previous.isPresent()
                    ? RuleSet.parse(previous.get().yaml(), "previous rules", previous.get().files()).categories()
                    : RuleFiles.load(config.processor().rules()).categories());
        } catch (RuntimeException e) {
            return;
        }
        if (added.isEmpty()) {
            return;
        }
        List<String> topics = added.stream().map(c -> config.topics().names().alerts(c).name()).toList();
        out.printf("new categories %s: running processors send their alerts to %s only. For %s, %srestart the processors.%n",
                added, config.topics().names().alerts().name(), topics,
                config.topics().create() ? "" : "create those topics (deploy/create-topics.sh, CATEGORIES) and ");
    }

    private static String publisher() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "unknown-host";
            }
        }
        return System.getProperty("user.name") + "@" + host;
    }
}
