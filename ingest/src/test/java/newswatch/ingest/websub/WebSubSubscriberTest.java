package newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import newswatch.ingest.TestConfigs;
import newswatch.ingest.http.SafeHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebSubSubscriberTest {
    private static final String FEED = "http://news.example/feed.xml";
    private static final byte[] CONTENT = "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8);

    private LoopbackHub hub;
    private SafeHttpClient http;
    private WebSubSubscriber subscriber;
    private final List<Map.Entry<String, byte[]>> pushes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        hub = new LoopbackHub();
        String hubHost = hub.url().substring("http://".length(), hub.url().indexOf("/hub"));
        http = new SafeHttpClient(TestConfigs.ingest("ingest.allow-private-hosts", hubHost));
        subscriber = subscriber(Duration.ofDays(1));
    }

    @AfterEach
    void stop() {
        subscriber.close();
        http.close();
        hub.close();
    }

    private WebSubSubscriber subscriber(Duration lease) {
        return new WebSubSubscriber(http, "", new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), lease,
                1_000_000, (feed, body) -> pushes.add(Map.entry(feed, body)), Clock.systemUTC());
    }

    @Test
    void subscribesVerifiesAndAcceptsOnlySignedPushes() {
        WebSubSubscriber s = subscriber;
        s.subscribe(FEED, new HubLinks(hub.url(), FEED));
        await().atMost(Duration.ofSeconds(5)).until(() -> s.active(FEED) && !hub.verified.isEmpty());
        LoopbackHub.Sub sub = hub.verified.get(0);
        assertThat(sub.mode()).isEqualTo("subscribe");
        assertThat(sub.secret()).hasSizeGreaterThanOrEqualTo(32);

        assertThat(hub.publish(sub.callback(), CONTENT, Signature.sign(sub.secret(), CONTENT))).isEqualTo(202);
        assertThat(hub.publish(sub.callback(), CONTENT, Signature.sign("not-the-secret", CONTENT))).isEqualTo(202);
        assertThat(hub.publish(sub.callback(), CONTENT, null)).isEqualTo(202);
        assertThat(pushes).hasSize(1);
        assertThat(pushes.get(0).getKey()).isEqualTo(FEED);
        assertThat(pushes.get(0).getValue()).isEqualTo(CONTENT);
    }

    @Test
    void refusesVerificationForATopicOrSubscriptionItDidNotAskFor() {
        WebSubSubscriber s = subscriber;
        s.subscribe(FEED, new HubLinks(hub.url(), FEED));
        await().atMost(Duration.ofSeconds(5)).until(() -> s.active(FEED) && !hub.verified.isEmpty());
        LoopbackHub.Sub sub = hub.verified.get(0);
        assertThat(hub.verify(sub, "http://other.example/feed", "c1")).isFalse();
        String unknown = sub.callback().substring(0, sub.callback().lastIndexOf('/') + 1) + "0000";
        assertThat(hub.verify(new LoopbackHub.Sub("subscribe", FEED, unknown, "s", "60"), FEED, "c2")).isFalse();
        assertThat(hub.publish(unknown, CONTENT, Signature.sign(sub.secret(), CONTENT))).isEqualTo(410);
    }

    @Test
    void renewsTheLeaseBeforeItEnds() {
        hub.grantedLease = "2";
        WebSubSubscriber s = subscriber;
        s.subscribe(FEED, new HubLinks(hub.url(), FEED));
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.verified.size() >= 3);
        assertThat(hub.verified).extracting(LoopbackHub.Sub::callback).containsOnly(hub.verified.get(0).callback());
        assertThat(s.active(FEED)).isTrue();
    }

    @Test
    void unsubscribeIsConfirmedAndLaterPushesAreRefused() {
        WebSubSubscriber s = subscriber;
        s.subscribe(FEED, new HubLinks(hub.url(), FEED));
        await().atMost(Duration.ofSeconds(5)).until(() -> s.active(FEED) && !hub.verified.isEmpty());
        LoopbackHub.Sub sub = hub.verified.get(0);
        s.unsubscribe(FEED);
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.verified.size() == 2);
        assertThat(hub.verified.get(1).mode()).isEqualTo("unsubscribe");
        assertThat(s.active(FEED)).isFalse();
        assertThat(hub.publish(sub.callback(), CONTENT, Signature.sign(sub.secret(), CONTENT))).isEqualTo(410);
        assertThat(pushes).isEmpty();
    }

    @Test
    void aFeedWithoutHubIsLeftToPolling() {
        subscriber.subscribe(FEED, new HubLinks(null, null));
        assertThat(hub.requests).isEmpty();
        assertThat(subscriber.active(FEED)).isFalse();
    }
}
