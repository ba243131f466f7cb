package newswatch.app.tools;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import newswatch.app.BrokerConnection;
import newswatch.app.ConfigOptions;
import newswatch.common.config.NewswatchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Inspect the dead-letter topic (records the processor and the sink could not handle) and send"
                + " them back once the cause is fixed.",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Replay.class})
public final class DlqCommand {
    private DlqCommand() {
    }

    static final String SINCE_HELP = "Only dead letters written since then: a duration back from now (30m, 24h, 7d)"
            + " or an instant (2026-11-28T12:00:00Z).";

    static DlqSelection selection(picocli.CommandLine.Model.CommandSpec spec, String stage, String since) {
        try {
            return new DlqSelection(stage, DlqSelection.since(since, Instant.now()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Read the dead-letter topic from its beginning to its current end (no consumer group, no"
                    + " offsets committed) and print one line per dead letter, oldest first, then counts by stage"
                    + " and by error.")
    static final class ListLetters implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--stage", paramLabel = "S", description = "Only this stage: deserialize, process, validate (processor) or sink.")
        String stage;

        @Option(names = "--since", paramLabel = "DURATION|INSTANT", description = SINCE_HELP)
        String since;

        @Option(names = "--limit", paramLabel = "N", description = "Print only the newest N (the counts still cover all selected).")
        Integer limit;

        @Option(names = "--json", description = "One JSON object per dead letter: all its fields plus dlqPartition and dlqOffset.")
        boolean json;

        @Override
        public Integer call() {
            if (limit != null && limit < 1) {
                throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
            }
            DlqSelection selection = selection(spec, stage, since);
            PrintWriter out = spec.commandLine().getOut();
            try (BrokerConnection kafka = BrokerConnection.open(options.load())) {
                DlqReader.Contents contents = DlqReader.read(kafka.config());
                List<DlqEntry> selected = contents.entries().stream().filter(selection::matches).sorted(DlqEntry.BY_TIME).toList();
                List<DlqEntry> shown = limit == null || limit >= selected.size() ? selected
                        : selected.subList(selected.size() - limit, selected.size());
                shown.forEach(e -> out.println(json ? DlqReport.json(e) : DlqReport.line(e)));
                // With --json, stdout stays pure JSON lines for jq; the counts go to stderr.
                PrintWriter summary = json ? spec.commandLine().getErr() : out;
                DlqReport.summary(summary, kafka.config().topics().names().dlq().name(), contents.entries().size()
                        + contents.unreadable(), contents.unreadable(), selected, shown.size());
                out.flush();
                summary.flush();
            }
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Send the payloads of one stage's dead letters back to the topic they came from, with their"
                    + " original keys (idempotent producer, acks=all), once the cause is fixed: a webhook that"
                    + " answered 4xx, a rule-set bug, a malformed article.",
                "Without --yes it only reports what it would send. Replaying writes new records; the pipeline is"
                    + " idempotent by design (alert ids are deterministic, sinks upsert by alert id), so replaying again"
                    + " after a partial failure is safe. Dead letters without a payload, or with one cut at the"
                    + " processor's limit, are skipped and counted."})
    static final class Replay implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--stage", paramLabel = "S", required = true,
                description = "The stage whose dead letters to replay: deserialize, process, validate or sink.")
        String stage;

        @Option(names = "--since", paramLabel = "DURATION|INSTANT", description = SINCE_HELP)
        String since;

        @Option(names = "--topic", paramLabel = "T", description = "Send to this topic instead of each record's original one.")
        String topic;

        @Option(names = "--force-topic", description = "Allow a --topic that is not one of Newswatch's topics.")
        boolean forceTopic;

        @Option(names = "--dry-run", description = "Only report what would be sent (the default without --yes).")
        boolean dryRun;

        @Option(names = "--yes", description = "Really write to the live topics.")
        boolean yes;

        @Override
        public Integer call() {
            DlqSelection selection = selection(spec, stage, since);
            PrintWriter out = spec.commandLine().getOut();
            NewswatchConfig loaded = options.load();
            if (topic != null && !forceTopic && !ReplayTopics.known(loaded.topics().names(), topic)) {
                throw new ParameterException(spec.commandLine(), "--topic " + topic + " is not one of Newswatch's topics"
                        + " (topics.prefix '" + loaded.topics().prefix() + "'); add --force-topic if it is really meant");
            }
            try (BrokerConnection kafka = BrokerConnection.open(loaded)) {
                List<DlqEntry> selected = DlqReader.read(kafka.config()).entries().stream()
                        .filter(selection::matches).sorted(DlqEntry.BY_TIME).toList();
                ReplayPlan plan = ReplayPlan.of(selected, topic);
                boolean write = yes && !dryRun;
                if (write) {
                    int sent = ReplaySender.send(kafka.config(), plan);
                    out.printf("sent %d of %d selected dead letters (stage %s)%n", sent, selected.size(), stage);
                } else {
                    out.printf("would send %d of %d selected dead letters (stage %s)%s%n", plan.sends().size(),
                            selected.size(), stage, write ? "" : "; nothing written: add --yes to send them");
                }
                plan.byTopic().forEach((t, n) -> out.printf("  %6d  to %s%n", n, t));
                plan.skipped().forEach((reason, n) -> out.printf("  %6d  skipped: %s%n", n, reason));
                out.flush();
            }
            return 0;
        }
    }
}
