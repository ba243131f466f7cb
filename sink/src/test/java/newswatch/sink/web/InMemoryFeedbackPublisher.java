package newswatch.sink.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import newswatch.common.model.Feedback;

/** Keeps published feedback in a list; can be told to fail. */
final class InMemoryFeedbackPublisher implements FeedbackPublisher {
    final List<Feedback> published = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public void publish(Feedback feedback) throws IOException {
        if (failing) {
            throw new IOException("broker unavailable");
        }
        published.add(feedback);
    }
}
