package newswatch.ingest.feed;

/** The bytes are not a feed this parser understands (or are a forbidden one, such as XML with a DOCTYPE). */
public final class FeedParseException extends Exception {
    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
