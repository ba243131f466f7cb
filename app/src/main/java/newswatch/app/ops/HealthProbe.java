package newswatch.app.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container HEALTHCHECK: exits 0 when an ops endpoint answers 200, 1 otherwise. Uses only the JDK, so the
 * image needs no curl: {@code java -cp newswatch.jar newswatch.app.ops.HealthProbe [URL]}. Without a URL it asks
 * {@code http://127.0.0.1:$NEWSWATCH_OPS_PORT/health/live}.
 */
public final class HealthProbe {
    private HealthProbe() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0]
                : "http://127.0.0.1:" + System.getenv().getOrDefault("NEWSWATCH_OPS_PORT", "9404") + "/health/live";
        System.exit(probe(URI.create(url), Duration.ofSeconds(3)) ? 0 : 1);
    }

    /** True when the URL answers 200 within the timeout; prints why not on stderr. */
    public static boolean probe(URI url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                System.err.println("health probe: " + url + " answered " + status);
            }
            return status == 200;
        } catch (IOException e) {
            System.err.println("health probe: " + url + ": " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
