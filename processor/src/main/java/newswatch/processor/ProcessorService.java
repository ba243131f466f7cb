package newswatch.processor;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import newswatch.common.config.NewswatchConfig;
import newswatch.processor.reload.RulesInForce;
import newswatch.processor.reload.StartupRules;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts KafkaStreams for the topology; close() shuts it down cleanly. */
public final class ProcessorService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;

    public ProcessorService(NewswatchConfig config, MeterRegistry meters) {
        this(config, StartupRules.choose(config), meters);
    }

    /** @param startRules the rules to start with (see {@link StartupRules#choose}); hot-reloaded while running */
    public ProcessorService(NewswatchConfig config, StartupRules.Chosen startRules, MeterRegistry meters) {
        RulesInForce rules = new RulesInForce(startRules.activate(), config.topics().names(), meters);
        this.streams = new KafkaStreams(AlertTopology.build(config.processor(), rules, meters),
                StreamsProperties.of(config, meters));
        // Streams' own metrics (records lag, process rate, commit latency) exported with ours.
        new io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics(streams).bindTo(meters);
    }

    public void start() {
        streams.setUncaughtExceptionHandler(e -> {
            // replacing the thread would fail on the same record forever; stop and let state() show ERROR
            LOG.error("stream thread failed; shutting the processor down", e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        // no cleanUp(): local state is rebuilt only when Streams itself detects it must be
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        // Leave the group: otherwise a restarted instance waits a whole session timeout for its own ghost.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT));
    }
}
