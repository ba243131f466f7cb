package newswatch.ingest.http;

import java.io.IOException;
import java.time.Instant;
import newswatch.ingest.http.FetchResult.Outcome;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Turns a final (non-redirect) response into a result, reading at most the size cap of decompressed body. */
final class ResponseReader {
    private static final long CHUNK = 8192;

    private ResponseReader() {
    }

    static FetchResult read(Response r, String requestedUrl, String finalUrl, boolean permanent, long maxBody, Instant now)
            throws IOException {
        int code = r.code();
        String etag = r.header("ETag");
        String lastModified = r.header("Last-Modified");
        String contentType = r.header("Content-Type");
        var maxAge = CacheControl.maxAge(r.header("Cache-Control"));
        if (code == 304) {
            return new FetchResult(Outcome.NOT_MODIFIED, code, requestedUrl, finalUrl, new byte[0], contentType,
                    etag, lastModified, null, permanent, null, maxAge);
        }
        if (code < 200 || code > 299) {
            var retryAfter = code == 429 || code == 503 ? RetryAfter.parse(r.header("Retry-After"), now) : null;
            return new FetchResult(Outcome.HTTP_ERROR, code, requestedUrl, finalUrl, new byte[0], contentType,
                    etag, lastModified, retryAfter, permanent, "HTTP " + code, maxAge);
        }
        ResponseBody body = r.body();
        // With transparent gzip OkHttp drops Content-Length, so this only catches honest oversize plain bodies early.
        if (body.contentLength() > maxBody) {
            return tooLarge(code, requestedUrl, finalUrl, maxBody, permanent);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, CHUNK) != -1) {
            if (buffer.size() > maxBody) {
                return tooLarge(code, requestedUrl, finalUrl, maxBody, permanent);
            }
        }
        return new FetchResult(Outcome.OK, code, requestedUrl, finalUrl, buffer.readByteArray(), contentType,
                etag, lastModified, null, permanent, null, maxAge);
    }

    private static FetchResult tooLarge(int code, String requestedUrl, String finalUrl, long max, boolean permanent) {
        return new FetchResult(Outcome.TOO_LARGE, code, requestedUrl, finalUrl, new byte[0], null, null, null, null,
                permanent, "body larger than " + max + " bytes (after decompression)", null);
    }
}
