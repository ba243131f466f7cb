package newswatch.sink;

import java.io.IOException;

/**
 * The destination refused the alert for good (a 4xx other than 408 and 429): retrying will not help, so the sink
 * sends the alert to the dead-letter topic, with this status and response, and moves on.
 */
public class PermanentDeliveryException extends IOException {
    private final int status;
    private final String responseBody;

    public PermanentDeliveryException(String destination, int status, String responseBody) {
        super(destination + " refused the alert with HTTP " + status
                + (responseBody.isEmpty() ? "" : ": " + responseBody));
        this.status = status;
        this.responseBody = responseBody;
    }

    public int status() {
        return status;
    }

    /** The start of the response body (at most a few KB), as text. */
    public String responseBody() {
        return responseBody;
    }
}
