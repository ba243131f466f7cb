package newswatch.sink.web;

import java.io.IOException;
import newswatch.common.model.Feedback;

/** Where the page's relevant / not-relevant judgements go: the feedback topic in production, a list in tests. */
public interface FeedbackPublisher extends AutoCloseable {
    /** Returns once the feedback is durably stored; an {@link IOException} means it was not. */
    void publish(Feedback feedback) throws IOException;

    @Override
    default void close() {
    }
}
