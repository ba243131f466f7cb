package newswatch.processor;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unreadable input record is logged, counted, written to the DLQ and skipped instead of stopping the app. */
public final class DeadLetterOnDeserializationError implements DeserializationExceptionHandler {
    static final String STAGE = "deserialize";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterOnDeserializationError.class);

    private DeadLetters deadLetters = DeadLetters.from(Map.of());

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn("skipping unreadable record at {}-{} offset {}: {}",
                context.topic(), context.partition(), context.offset(), exception.getMessage());
        return Response.resume(deadLetters.records(STAGE, context, record.key(), record.value(), exception));
    }
}
