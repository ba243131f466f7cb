package newswatch.app.tools;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import newswatch.app.BrokerConnection;
import newswatch.app.ConfigOptions;
import newswatch.common.model.Trend;
import newswatch.common.topic.TableReader;
import newswatch.common.topic.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "trends", mixinStandardHelpOptions = true,
        description = "Stories alerted per category and time window (processor.trend-window), newest first,"
                + " with the copies, sources and most frequent entities and terms of each window.")
public final class TrendsCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--category", paramLabel = "C", description = "Only this category, e.g. defection.")
    String category;

    @Option(names = "--last", paramLabel = "N", defaultValue = "24",
            description = "The N most recent windows, each with a row per category (default: ${DEFAULT-VALUE}).")
    int last;

    @Override
    public Integer call() {
        if (last < 1) {
            throw new ParameterException(spec.commandLine(), "--last must be at least 1, got " + last);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (BrokerConnection kafka = BrokerConnection.open(options.load())) {
            Topic<String, Trend> topic = kafka.config().topics().names().trends();
            List<Trend> rows = TrendTable.latest(TableReader.readTable(kafka.config().clientProperties(), topic).values(), category, last);
            if (rows.isEmpty()) {
                out.printf("no trends on %s%s yet: the processor writes them as alerts are made%n", topic.name(),
                        category == null ? "" : " for " + category);
                out.flush();
                return 0;
            }
            TrendTable.print(out, rows);
        }
        return 0;
    }
}
