package newswatch.sink;

import java.io.IOException;
import newswatch.common.model.Alert;

/**
 * A destination for alerts. Writes must be idempotent by {@link Alert#alertId()}: the sink delivers at least once,
 * so a replayed alert must not appear twice. An {@link IOException} means "not written, try again later".
 */
public interface AlertWriter extends AutoCloseable {
    String name();

    void write(Alert alert) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
