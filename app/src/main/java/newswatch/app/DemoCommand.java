package newswatch.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newswatch.app.demo.DemoSite;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.model.FeedSpec;
import newswatch.ingest.FeedCatalog;
import newswatch.sink.ConsoleAlertWriter;
import newswatch.sink.web.WebPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on bundled sample feeds served from loopback, on an embedded Kafka broker.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--once", description = "Exit once every sample item has been processed, with a summary.")
    boolean once;

    @Option(names = "--site-port", defaultValue = "8711", description = "Loopback port of the sample site (default: ${DEFAULT-VALUE}).")
    int sitePort;

    @Option(names = "--timeout", defaultValue = "300s", description = "With --once: give up after this long (default: ${DEFAULT-VALUE}).")
    String timeout;

    private final PrintStream out;

    public DemoCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (DemoSite site = DemoSite.start(sitePort)) {
            NewswatchConfig config = options.load(Map.of(
                    "ingest.allow-private-hosts", site.hostPort(),
                    // The sample site is ours: no need to pace requests to it.
                    "ingest.host-delay", "0s",
                    "ingest.poll-interval", "1m",
                    "ingest.poll-on-start", "true"));
            out.println("Starting Newswatch on " + (config.embedded() ? "an embedded Kafka broker (data in " + config.dataDir() + ")" : config.bootstrapServers()) + " ...");
            Pipeline pipeline = Pipeline.start(config, Pipeline.ALL, List.of(new ConsoleAlertWriter(out)), meters);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                pipeline.close();
                stopped.countDown();
            }, "shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            List<FeedSpec> feeds = site.feeds();
            FeedCatalog.add(pipeline.config(), feeds);
            out.printf("Broker ready in %d ms. Watching %d sample feeds; alerts appear below and in %s%n",
                    pipeline.brokerStartMillis(), feeds.size(), config.sink().jsonlPath());
            pipeline.webPage().flatMap(WebPage::uri).ifPresent(uri -> out.println("Analysts' page: " + uri));
            out.println();
            if (!once) {
                stopped.await();
                return 0;
            }
            boolean done = Drain.await(pipeline, feeds.stream().map(FeedSpec::url).toList(),
                    newswatch.common.config.Settings.parseDuration("--timeout", timeout));
            Runtime.getRuntime().removeShutdownHook(hook);
            pipeline.close();
            new Summary(meters, config.sink().jsonlPath()).print(out, (System.nanoTime() - t0) / 1_000_000);
            if (!done) {
                out.println("Timed out after " + timeout + " before every sample item was processed.");
                return 1;
            }
            return 0;
        }
    }
}
