package newswatch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newswatch", mixinStandardHelpOptions = true, version = "newswatch 0.1.0",
        description = "Watches news feeds for defection and human-rights stories on North Korea, on Kafka.",
        subcommands = {
            DemoCommand.class, RunCommand.class, IngestCommand.class, ProcessCommand.class, SinkCommand.class,
            newswatch.app.tools.FeedsCommand.class, newswatch.app.tools.ParseFeedCommand.class,
            newswatch.app.tools.ExtractCommand.class, newswatch.app.tools.ClassifyCommand.class,
            newswatch.app.tools.AlertsCommand.class, newswatch.app.tools.TrendsCommand.class, newswatch.app.tools.RulesCommand.class,
            newswatch.app.tools.DlqCommand.class,
            newswatch.app.tools.BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Chosen before the first logger exists: logback reads this property once, at initialisation.
        if ("json".equalsIgnoreCase(System.getenv("NEWSWATCH_LOG_FORMAT")) && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
        System.exit(commandLine().execute(args));
    }

    /** The command tree, with factories for commands that need the output stream. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DemoCommand.class) {
                    return cls.cast(new DemoCommand(System.out));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newswatch: " + e.getMessage());
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", e);
            return 2;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
