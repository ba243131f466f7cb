package newswatch.ingest.http;

import java.time.Duration;

/**
 * What one fetch produced. A failure is data: {@link #outcome()} says which kind and {@link #error()} why.
 *
 * @param status                HTTP status of the last response, 0 when none was received
 * @param finalUrl              URL of the last hop (differs from requestedUrl after redirects)
 * @param body                  decompressed body for OK, else empty
 * @param retryAfter            parsed Retry-After of a 429 or 503, else null
 * @param permanentlyRedirected true when at least one redirect was followed and every one was 301 or 308
 * @param cacheMaxAge           Cache-Control max-age of the final response, else null
 */
public record FetchResult(Outcome outcome, int status, String requestedUrl, String finalUrl, byte[] body,
        String contentType, String etag, String lastModified, Duration retryAfter,
        boolean permanentlyRedirected, String error, Duration cacheMaxAge) {

    public enum Outcome { OK, NOT_MODIFIED, HTTP_ERROR, BLOCKED, TOO_LARGE, TIMEOUT, NETWORK_ERROR, ROBOTS_DISALLOWED }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    static FetchResult failure(Outcome outcome, String requestedUrl, String finalUrl, String error) {
        return new FetchResult(outcome, 0, requestedUrl, finalUrl, new byte[0], null, null, null, null, false, error, null);
    }
}
