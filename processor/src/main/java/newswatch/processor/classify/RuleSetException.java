package newswatch.processor.classify;

/** A rule file that cannot be used; the message names the file and, when known, the category and rule. */
public final class RuleSetException extends RuntimeException {
    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
