package newswatch.app.tools;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import newswatch.app.BrokerConnection;
import newswatch.app.ConfigOptions;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.topic.Topic;
import newswatch.sink.ConsoleAlertWriter;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Read alerts from the alert topics.",
        subcommands = AlertsCommand.Tail.class)
public final class AlertsCommand {

    @Command(name = "tail", mixinStandardHelpOptions = true,
            description = "Print alerts as they arrive (readably, or as JSON lines), like a subscriber would see them.")
    static final class Tail implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--category", description = "Only this category (reads newswatch.alerts.<category>).")
        String category;

        @Option(names = "--since", description = "Start this far back, e.g. 24h or 7d (default: only new alerts).")
        String since;

        @Option(names = "--json", description = "One JSON alert per line.")
        boolean json;

        @Option(names = "--group", description = "Consumer group, to resume where the last tail stopped (default: none).")
        String group;

        @Option(names = "--max", description = "Stop after this many alerts.")
        Integer max;

        @Override
        public Integer call() {
            try (BrokerConnection kafka = BrokerConnection.open(options.load())) {
                var topics = kafka.config().topics().names();
                Topic<String, Alert> topic = category == null ? topics.alerts() : topics.alerts(category);
                Duration back = since == null ? null : newswatch.common.config.Settings.parseDuration("--since", since);
                return tail(kafka, topic, back);
            }
        }

        private int tail(BrokerConnection kafka, Topic<String, Alert> topic, Duration back) {
            Map<String, Object> props = new HashMap<>(kafka.config().clientProperties());
            props.put("isolation.level", "read_committed");
            props.put("enable.auto.commit", group != null);
            if (group != null) {
                props.put("group.id", group);
                props.put("auto.offset.reset", back == null ? "latest" : "earliest");
            }
            AtomicBoolean running = new AtomicBoolean(true);
            int shown = 0;
            try (var consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    running.set(false);
                    consumer.wakeup();
                }));
                if (group != null) {
                    consumer.subscribe(List.of(topic.name()));
                } else {
                    List<TopicPartition> parts = consumer.partitionsFor(topic.name()).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                    consumer.assign(parts);
                    seek(consumer, parts, back);
                }
                while (running.get() && (max == null || shown < max)) {
                    for (var record : consumer.poll(Duration.ofMillis(500))) {
                        Alert a = record.value();
                        System.out.println(json ? Json.write(a) : ConsoleAlertWriter.format(a));
                        if (max != null && ++shown >= max) {
                            break;
                        }
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                // Ctrl-C
            }
            return 0;
        }

        private static void seek(KafkaConsumer<String, Alert> consumer, List<TopicPartition> parts, Duration back) {
            if (back == null) {
                consumer.seekToEnd(parts);
                return;
            }
            long from = Instant.now().minus(back).toEpochMilli();
            Map<TopicPartition, Long> query = new HashMap<>();
            parts.forEach(p -> query.put(p, from));
            consumer.offsetsForTimes(query).forEach((tp, found) -> {
                if (found == null) {
                    consumer.seekToEnd(List.of(tp));
                } else {
                    consumer.seek(tp, found.offset());
                }
            });
        }
    }
}
