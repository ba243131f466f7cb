package newswatch.ingest.websub;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.function.BiConsumer;
import newswatch.common.config.IngestConfig;
import newswatch.ingest.http.SafeHttpClient;

/** Builds the subscriber from {@code ingest.websub.*}. */
public final class WebSubs {
    private WebSubs() {
    }

    public static WebSubSubscriber subscriber(SafeHttpClient http, IngestConfig config, BiConsumer<String, byte[]> onPush) {
        return new WebSubSubscriber(http, config.websubCallbackUrl(),
                new InetSocketAddress(config.websubHost(), config.websubPort()), config.websubLease(),
                config.maxBodySize(), onPush, Clock.systemUTC());
    }
}
