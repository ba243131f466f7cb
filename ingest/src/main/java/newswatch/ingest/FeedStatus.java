package newswatch.ingest;

/** Values of {@code FeedState.lastStatus} and of the poll outcome metric tag. */
final class FeedStatus {
    static final String OK = "ok";
    static final String NOT_MODIFIED = "not-modified";
    static final String FAILED = "failed";
    /** Fetched and parsed, but something needs attention: see {@code FeedState.lastWarning}. */
    static final String WARNING = "warning";

    private FeedStatus() {
    }
}
