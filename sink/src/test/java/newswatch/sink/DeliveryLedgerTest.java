package newswatch.sink;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newswatch.sink.WebhookAlertWriterTest.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DeliveryLedgerTest {
    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(40);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOON);
    private final AtomicInteger failures = new AtomicInteger();
    private final List<DeliveryLedger> opened = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger ledgerLog = (Logger) LoggerFactory.getLogger(DeliveryLedger.class);

    @BeforeEach
    void captureLog() {
        log.start();
        ledgerLog.addAppender(log);
    }

    @AfterEach
    void close() {
        ledgerLog.detachAppender(log);
        opened.forEach(DeliveryLedger::close);
    }

    private DeliveryLedger ledger(Path file) {
        DeliveryLedger ledger = new DeliveryLedger(file, RETENTION, clock, failures::incrementAndGet);
        opened.add(ledger);
        return ledger;
    }

    private DeliveryLedger ledger() {
        return ledger(dir.resolve("alerts").resolve("webhook-delivered.db"));
    }

    @Test
    void aMarkedAlertIsDeliveredForItsDestinationOnly() {
        DeliveryLedger ledger = ledger();
        assertThat(ledger.delivered("ops", "a1")).isFalse();
        ledger.markDelivered("ops", "a1", NOON);

        assertThat(ledger.delivered("ops", "a1")).isTrue();
        assertThat(ledger.delivered("ops", "a2")).isFalse();
        assertThat(ledger.delivered("chat", "a1")).as("each destination has its own rows").isFalse();
        assertThat(ledger.refusal("ops", "a1")).isNull();
        assertThat(failures).hasValue(0);
    }

    @Test
    void aRefusalKeepsTheStatusAndResponseAndIsNotADelivery() {
        DeliveryLedger ledger = ledger();
        ledger.markRefused("ops", "a1", 410, "channel archived", NOON);

        assertThat(ledger.refusal("ops", "a1")).isEqualTo(new DeliveryLedger.Refusal(410, "channel archived"));
        assertThat(ledger.delivered("ops", "a1")).isFalse();
        assertThat(ledger.refusal("chat", "a1")).isNull();
    }

    @Test
    void entriesSurviveClosingAndReopeningTheFile() {
        DeliveryLedger first = ledger();
        first.markDelivered("ops", "a1", NOON);
        first.markRefused("ops", "a2", 400, "", NOON);
        first.close();

        DeliveryLedger second = ledger();
        assertThat(second.delivered("ops", "a1")).isTrue();
        assertThat(second.refusal("ops", "a2")).isEqualTo(new DeliveryLedger.Refusal(400, ""));
    }

    @Test
    void entriesOlderThanTheRetentionArePurgedAtMostOnceAnHour() {
        DeliveryLedger ledger = ledger();
        ledger.markDelivered("ops", "old", NOON);
        clock.now = NOON.plus(RETENTION).minusSeconds(60);
        ledger.markDelivered("ops", "new", clock.now);

        clock.now = NOON.plus(RETENTION).plusSeconds(1);
        assertThat(ledger.delivered("ops", "old")).as("the last purge was less than an hour ago").isTrue();

        clock.now = NOON.plus(RETENTION).plus(DeliveryLedger.PURGE_EVERY);
        assertThat(ledger.delivered("ops", "old")).isFalse();
        assertThat(ledger.delivered("ops", "new")).isTrue();
    }

    @Test
    void openingTheFilePurgesAtOnce() {
        DeliveryLedger first = ledger();
        first.markDelivered("ops", "old", NOON);
        first.close();

        clock.now = NOON.plus(RETENTION).plusSeconds(1);
        assertThat(ledger().delivered("ops", "old")).isFalse();
    }

    @Test
    void aPathThatCannotBeAFileFallsBackWithAWarningNamingItAndRecoversWhenFixed() throws Exception {
        Path file = Files.createDirectories(dir.resolve("webhook-delivered.db"));
        DeliveryLedger ledger = ledger(file);

        ledger.markDelivered("ops", "a1", NOON);
        assertThat(ledger.delivered("ops", "a1")).as("nothing could be recorded").isFalse();
        assertThat(failures).hasValue(2);
        assertThat(log.list).hasSize(1).first().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains(file.toAbsolutePath().toString(), "memory only");
        });

        Files.delete(file);
        clock.now = NOON.plus(DeliveryLedger.REOPEN_AFTER);
        ledger.markDelivered("ops", "a1", clock.now);
        assertThat(ledger.delivered("ops", "a1")).isTrue();
        assertThat(failures).hasValue(2);
        assertThat(log.list).hasSize(1);
    }
}
