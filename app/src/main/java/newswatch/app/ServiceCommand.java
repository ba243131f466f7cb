package newswatch.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import newswatch.app.ops.OpsServer;
import newswatch.app.ops.SystemMetrics;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import newswatch.common.model.FeedSpec;
import newswatch.ingest.FeedCatalog;
import newswatch.ingest.feed.FeedList;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Shared body of run / ingest / process / sink: start the roles, run until SIGINT/SIGTERM, stop cleanly. */
abstract class ServiceCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--feeds", paramLabel = "FILE", description = "Add the feeds of this OPML file or URL list to the feed catalog first.")
    Path feeds;

    abstract Set<Pipeline.Role> roles();

    @Override
    public Integer call() throws Exception {
        var config = options.load();
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        SystemMetrics.bindTo(meters);
        Pipeline pipeline = Pipeline.start(config, roles(), List.of(), meters);
        OpsServer ops = config.ops().enabled()
                ? OpsServer.start(config.ops().host(), config.ops().port(), meters, pipeline.readiness()) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (docker stop) and Ctrl-C: stop taking work, let services commit what they did, then exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pipeline.close();
            if (ops != null) {
                ops.close();
            }
            stopped.countDown();
        }, "shutdown"));
        if (feeds != null) {
            List<FeedSpec> list = FeedList.read(AppPaths.resolve(feeds.toString()));
            FeedCatalog.add(pipeline.config(), list);
            System.err.println("added " + list.size() + " feeds from " + feeds);
        }
        System.err.println("newswatch " + roles() + " running on " + pipeline.config().bootstrapServers() + "; Ctrl-C to stop");
        stopped.await();
        return 0;
    }
}
