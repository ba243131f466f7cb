package newswatch.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import newswatch.common.config.NewswatchConfig;
import newswatch.common.topic.TopicAdmin;
import newswatch.ingest.Ingester;
import newswatch.processor.ProcessorService;
import newswatch.processor.reload.StartupRules;
import newswatch.processor.classify.RuleSet;
import newswatch.sink.AlertWriter;
import newswatch.ingest.http.SafeHttpClient;
import newswatch.sink.AlertWriters;
import newswatch.sink.web.WebPage;
import newswatch.ingest.FeedCatalog;
import newswatch.sink.SinkService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the chosen services (and the embedded broker when no cluster is configured) and stops them in order. */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    public enum Role { INGEST, PROCESS, SINK }

    public static final Set<Role> ALL = EnumSet.allOf(Role.class);

    private final NewswatchConfig config;
    private final BrokerConnection broker;
    private Ingester ingester;
    private ProcessorService processor;
    private SinkService sink;
    private SafeHttpClient outboundHttp;
    private WebPage webPage;
    private final List<Thread> threads = new ArrayList<>();
    private boolean closed;

    private Pipeline(BrokerConnection broker) {
        this.config = broker.config();
        this.broker = broker;
    }

    public static Pipeline start(NewswatchConfig config, Set<Role> roles, List<AlertWriter> extraWriters, MeterRegistry meters) {
        Pipeline p = new Pipeline(BrokerConnection.open(config));
        config = p.config;
        try {
            // Kafka reachable (and, when topics are not created here, the base topics there) before reading rules from it.
            StartupChecks.check(config, List.of());
            // Rules published to the rules topic win over the file, and may name other categories: their topics too.
            StartupRules.Chosen startRules = StartupRules.choose(config);
            List<String> categories = startRules.rules().categories();
            if (config.topics().create()) {
                TopicAdmin.ensure(config, categories);
            } else {
                StartupChecks.check(config, categories);
            }
            if (roles.contains(Role.SINK)) {
                // Webhook destinations get the same SSRF guard as feeds (and the same allow-list).
                p.outboundHttp = new SafeHttpClient(config.ingest());
                List<AlertWriter> writers = new ArrayList<>(AlertWriters.fromConfig(config.sink(), p.outboundHttp.guardedClient(), meters));
                NewswatchConfig c = p.config;
                if (c.sink().web().enabled()) {
                    p.webPage = WebPage.start(c, () -> FeedCatalog.states(c).values());
                    writers.add(p.webPage);
                }
                writers.addAll(extraWriters);
                p.sink = new SinkService(config, meters, writers);
                p.thread("sink", p.sink);
            }
            if (roles.contains(Role.PROCESS)) {
                p.processor = new ProcessorService(config, startRules, meters);
                p.processor.start();
            }
            if (roles.contains(Role.INGEST)) {
                p.ingester = new Ingester(config, meters);
                p.thread("ingest", p.ingester);
            }
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    private void thread(String name, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.error("{} stopped with an error", name, e);
            }
        }, name);
        t.start();
        threads.add(t);
    }

    public NewswatchConfig config() {
        return config;
    }

    public Ingester ingester() {
        return ingester;
    }

    public ProcessorService processor() {
        return processor;
    }

    public SinkService sink() {
        return sink;
    }

    /** The analysts' page, when the sink runs here with it enabled. */
    public java.util.Optional<WebPage> webPage() {
        return java.util.Optional.ofNullable(webPage);
    }

    /** Named readiness checks for /health/ready: broker reachable, streams running, service threads alive. */
    public newswatch.app.ops.ReadinessChecks readiness() {
        var checks = new newswatch.app.ops.ReadinessChecks().add("kafka", new KafkaReachable(config));
        if (processor != null) {
            checks.add("processor", () -> {
                var state = processor.state();
                return state == org.apache.kafka.streams.KafkaStreams.State.RUNNING
                        || state == org.apache.kafka.streams.KafkaStreams.State.REBALANCING;
            });
        }
        for (Thread t : threads) {
            checks.add(t.getName(), t::isAlive);
        }
        return checks;
    }

    /** Milliseconds the embedded broker took to start, 0 when an external cluster is used. */
    public long brokerStartMillis() {
        return broker.startMillis();
    }

    /** Stops ingest first so nothing new enters, then the processor, then the sink, then the broker. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ingester != null) {
            ingester.close();
        }
        if (processor != null) {
            processor.close();
        }
        if (sink != null) {
            sink.close();
        }
        for (Thread t : threads) {
            try {
                t.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (outboundHttp != null) {
            outboundHttp.close();
        }
        broker.close();
    }
}
