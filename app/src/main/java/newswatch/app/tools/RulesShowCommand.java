package newswatch.app.tools;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import newswatch.app.BrokerConnection;
import newswatch.app.ConfigOptions;
import newswatch.common.model.RuleUpdate;
import newswatch.common.topic.RuleTopic;
import newswatch.processor.classify.RuleSet;
import newswatch.processor.classify.RuleSetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "show", aliases = "current", mixinStandardHelpOptions = true,
        description = "Print the version and source of the rules published on the rules topic (what processors use).")
public final class RulesShowCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (BrokerConnection kafka = BrokerConnection.open(options.load())) {
            String topic = kafka.config().topics().names().rules().name();
            Optional<RuleUpdate> latest = RuleTopic.latest(kafka.config());
            if (latest.isEmpty()) {
                out.printf("no rules published on %s: processors use their rules file (processor.rules = %s)%n",
                        topic, kafka.config().processor().rules());
                return 0;
            }
            RuleUpdate u = latest.get();
            out.printf("topic:      %s%nsource:     %s%npublished:  %s by %s%n", topic, u.source(), u.publishedAt(), u.publishedBy());
            try {
                if (u.yaml() == null) {
                    throw new RuleSetException("the record carries no rules text", null);
                }
                RuleSet rules = RuleSet.parse(u.yaml(), topic, u.files());
                out.printf("version:    %s%ncategories: %s%n", rules.version(), String.join(", ", rules.categories()));
                return 0;
            } catch (RuleSetException e) {
                // Published by a client that skipped validation: processors ignore it and keep what they had.
                out.printf("version:    %s (INVALID: processors keep their previous rules)%nerror:      %s%n", u.version(), e.getMessage());
                return 1;
            }
        }
    }
}
