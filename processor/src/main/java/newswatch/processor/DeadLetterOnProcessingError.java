package newswatch.processor;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An article that makes a processor throw (a classifier bug, say) goes to the DLQ with the error and the input
 * as read from the topic, and processing continues: one bad article must not stop the pipeline.
 */
public final class DeadLetterOnProcessingError implements ProcessingExceptionHandler {
    static final String STAGE = "process";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterOnProcessingError.class);

    private DeadLetters deadLetters = DeadLetters.from(Map.of());

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        LOG.warn("processor {} failed on the record at {}-{} offset {}; sending it to the DLQ",
                context.processorNodeId(), context.topic(), context.partition(), context.offset(), exception);
        return Response.resume(deadLetters.records(STAGE, context, context.sourceRawKey(), context.sourceRawValue(), exception));
    }
}
