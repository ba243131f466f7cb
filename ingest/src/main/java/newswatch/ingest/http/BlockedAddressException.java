package newswatch.ingest.http;

import java.io.IOException;

/** Raised inside the HTTP stack when the SSRF guard refuses a destination, so the call ends before any connection. */
final class BlockedAddressException extends IOException {
    BlockedAddressException(String message) {
        super(message);
    }
}
