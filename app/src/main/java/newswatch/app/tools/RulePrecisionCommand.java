package newswatch.app.tools;

import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import newswatch.app.BrokerConnection;
import newswatch.app.ConfigOptions;
import newswatch.common.model.RuleStats;
import newswatch.common.topic.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "precision", mixinStandardHelpOptions = true,
        description = "Per-rule precision from analysts' relevant / not-relevant feedback, noisiest rules first.")
public final class RulePrecisionCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        try (BrokerConnection kafka = BrokerConnection.open(options.load())) {
            var stats = TableReader.readTable(kafka.config().clientProperties(), kafka.config().topics().names().ruleStats());
            System.out.printf("%-14s %-28s %9s %13s %9s%n", "CATEGORY", "RULE", "RELEVANT", "NOT RELEVANT", "PRECISION");
            stats.values().stream()
                    .sorted(Comparator.comparingDouble(RuleStats::precision).thenComparing(RuleStats::rule))
                    .forEach(s -> System.out.printf(Locale.ROOT, "%-14s %-28s %9d %13d %9.2f%n",
                            s.category(), s.rule(), s.relevant(), s.notRelevant(), s.precision()));
            if (stats.isEmpty()) {
                System.out.println("(no feedback yet: mark alerts relevant / not relevant on the sink's page)");
            }
        }
        return 0;
    }
}
