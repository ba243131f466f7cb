package newswatch.ingest.http;

import java.io.IOException;
import java.net.Proxy;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import newswatch.common.config.IngestConfig;
import newswatch.ingest.http.FetchResult.Outcome;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request and each redirect hop goes through the SSRF guard; never throws for network/HTTP failures.
 * The guard acts three times: on the URL (scheme, numeric hosts), in DNS resolution, and on each socket connect.
 * Thread-safe; one instance should be shared.
 */
public final class SafeHttpClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafeHttpClient.class);

    private final IngestConfig config;
    private final TargetCheck targetCheck;
    private final OkHttpClient client;

    public SafeHttpClient(IngestConfig config) {
        this.config = config;
        AllowList allowList = new AllowList(config.allowPrivateHosts());
        this.targetCheck = new TargetCheck(allowList);
        this.client = new OkHttpClient.Builder()
                .dns(new GuardedDns(allowList))
                .socketFactory(new GuardedSocketFactory(allowList))
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                // Servers close idle keep-alive connections; OkHttp retries a GET once on a fresh connection
                // rather than reporting the dead pooled one as a failed poll. Each new connection is guarded.
                .retryOnConnectionFailure(true)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.requestTimeout())
                .callTimeout(config.requestTimeout())
                .build();
    }

    /**
     * The underlying client with the DNS and connect-time guards, for other outbound calls (webhooks) that must
     * not reach private addresses either. Redirects are off; callers must not turn them on.
     */
    public OkHttpClient guardedClient() {
        return client;
    }

    /** Conditional GET: sends If-None-Match / If-Modified-Since independently when non-null. */
    public FetchResult get(String url, String etag, String lastModified) {
        if (url == null || url.isBlank()) {
            return FetchResult.failure(Outcome.NETWORK_ERROR, url, url, "no URL given");
        }
        long deadline = System.nanoTime() + config.requestTimeout().toNanos();
        String current = url;
        boolean allPermanent = true;
        for (int redirects = 0; ; redirects++) {
            String refusal = targetCheck.refusal(current);
            if (refusal != null) {
                LOG.warn("Refused to fetch {} (requested as {}): {}", current, url, refusal);
                return FetchResult.failure(Outcome.BLOCKED, url, current, "blocked: " + refusal);
            }
            HttpUrl httpUrl = HttpUrl.parse(current);
            if (httpUrl == null) {
                return FetchResult.failure(Outcome.NETWORK_ERROR, url, current, "invalid URL: " + current);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return FetchResult.failure(Outcome.TIMEOUT, url, current, "timed out after " + config.requestTimeout());
            }
            Call call = client.newCall(request(httpUrl, etag, lastModified));
            call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
            try (Response response = call.execute()) {
                if (!isRedirect(response.code())) {
                    FetchResult result = ResponseReader.read(response, url, current, redirects > 0 && allPermanent,
                            config.maxBodySize(), Instant.now());
                    if (result.outcome() == Outcome.TOO_LARGE || result.outcome() == Outcome.HTTP_ERROR) {
                        LOG.info("Fetch of {} failed at {}: {}", url, current, result.error());
                    }
                    return result;
                }
                String location = response.header("Location");
                if (location == null) {
                    return httpError(response.code(), url, current, "redirect without a Location header");
                }
                if (redirects >= config.maxRedirects()) {
                    return httpError(response.code(), url, current,
                            "too many redirects (more than " + config.maxRedirects() + ")");
                }
                HttpUrl next = httpUrl.resolve(location);
                allPermanent &= response.code() == 301 || response.code() == 308;
                current = next != null ? next.toString() : location;
            } catch (IOException | RuntimeException e) {
                return failure(e, url, current);
            }
        }
    }

    /**
     * POSTs a form (WebSub subscription requests) through the same guard as {@link #get}; redirects are not followed.
     * Returns the HTTP status, or 0 with the reason logged when the request was refused or failed.
     */
    public int postForm(String url, java.util.Map<String, String> fields) {
        String refusal = targetCheck.refusal(url);
        HttpUrl httpUrl = refusal == null ? HttpUrl.parse(url) : null;
        if (httpUrl == null) {
            LOG.warn("Refused to post to {}: {}", url, refusal != null ? refusal : "invalid URL");
            return 0;
        }
        okhttp3.FormBody.Builder form = new okhttp3.FormBody.Builder();
        fields.forEach(form::add);
        Request request = new Request.Builder().url(httpUrl).header("User-Agent", config.userAgent())
                .post(form.build()).build();
        try (Response response = client.newCall(request).execute()) {
            return response.code();
        } catch (IOException | RuntimeException e) {
            LOG.info("POST to {} failed ({}): {}", url, Failures.classify(e), Failures.describe(e));
            return 0;
        }
    }

    private Request request(HttpUrl url, String etag, String lastModified) {
        Request.Builder b = new Request.Builder().url(url).header("User-Agent", config.userAgent());
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        return b.build();
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    private static FetchResult httpError(int status, String url, String current, String error) {
        LOG.info("Fetch of {} failed at {}: {}", url, current, error);
        return new FetchResult(Outcome.HTTP_ERROR, status, url, current, new byte[0], null, null, null, null, false, error, null);
    }

    private static FetchResult failure(Exception e, String url, String current) {
        Outcome outcome = Failures.classify(e);
        String message = Failures.describe(e);
        if (outcome == Outcome.BLOCKED) {
            LOG.warn("Refused to fetch {} (requested as {}): {}", current, url, message);
        } else {
            LOG.info("Fetch of {} failed ({}): {}", current, outcome, message);
        }
        return FetchResult.failure(outcome, url, current, message);
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
