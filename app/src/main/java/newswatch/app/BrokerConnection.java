package newswatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newswatch.broker.EmbeddedKafka;
import newswatch.common.config.NewswatchConfig;
import org.apache.kafka.clients.admin.Admin;

/**
 * A configuration pointed at a live broker: the configured cluster; else the embedded broker another newswatch
 * process runs on the same data directory; else an embedded broker started here (closed with this object).
 */
public final class BrokerConnection implements AutoCloseable {
    private final NewswatchConfig config;
    private final EmbeddedKafka started;
    private final long startMillis;

    private BrokerConnection(NewswatchConfig config, EmbeddedKafka started, long startMillis) {
        this.config = config;
        this.started = started;
        this.startMillis = startMillis;
    }

    public static BrokerConnection open(NewswatchConfig config) {
        if (!config.embedded()) {
            return new BrokerConnection(config, null, 0);
        }
        Path logDir = config.dataDir().resolve("kafka");
        Path address = EmbeddedKafka.addressFile(logDir);
        try {
            if (Files.exists(address)) {
                String servers = Files.readString(address).trim();
                if (reachable(config, servers)) {
                    return new BrokerConnection(config.withBootstrapServers(servers), null, 0);
                }
            }
        } catch (java.io.IOException e) {
            // Unreadable address file: fall through and start our own broker.
        }
        long t0 = System.nanoTime();
        EmbeddedKafka broker = EmbeddedKafka.start(logDir);
        return new BrokerConnection(config.withBootstrapServers(broker.bootstrapServers()), broker, (System.nanoTime() - t0) / 1_000_000);
    }

    private static boolean reachable(NewswatchConfig config, String servers) {
        Map<String, Object> props = new java.util.HashMap<>(config.clientProperties());
        props.put("bootstrap.servers", servers);
        props.put("request.timeout.ms", 2000);
        props.put("default.api.timeout.ms", 3000);
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().clusterId().get(3, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public NewswatchConfig config() {
        return config;
    }

    /** Milliseconds this process spent starting a broker (0 when it connected to a running one). */
    public long startMillis() {
        return startMillis;
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }
}
