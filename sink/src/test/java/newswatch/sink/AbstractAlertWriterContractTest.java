package newswatch.sink;

import static newswatch.sink.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every writer promises: each alert stored once, however often it is replayed, across restarts too. */
abstract class AbstractAlertWriterContractTest {

    /** A writer on the same store each time it is called within one test. */
    protected abstract AlertWriter openWriter() throws Exception;

    /** The alert ids in the store, one entry per stored copy, in any order. */
    protected abstract List<String> storedIds() throws Exception;

    @Test
    void storesEveryAlert() throws Exception {
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("a"));
            writer.write(alert("b"));
        }
        assertThat(storedIds()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aReplayAddsNothing() throws Exception {
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("a"));
            writer.write(alert("b"));
            writer.write(alert("a"));
            writer.write(alert("b"));
        }
        assertThat(storedIds()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aReplayAfterReopeningAddsNothing() throws Exception {
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("a"));
        }
        try (AlertWriter writer = openWriter()) {
            writer.write(alert("a"));
            writer.write(alert("c"));
        }
        assertThat(storedIds()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        AlertWriter writer = openWriter();
        writer.write(alert("a"));
        writer.close();
        writer.close();
        assertThat(storedIds()).containsExactly("a");
    }
}
