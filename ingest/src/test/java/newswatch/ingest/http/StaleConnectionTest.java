package newswatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import newswatch.ingest.TestConfigs;
import newswatch.ingest.http.FetchResult.Outcome;
import org.junit.jupiter.api.Test;

/** Servers close idle keep-alive connections; the next poll must not fail on the pooled, dead one. */
class StaleConnectionTest {
    @Test
    void aConnectionClosedByTheServerWhileIdleIsNotAFailedPoll() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serveOneRequestPerConnection(server, connections));
            t.setDaemon(true);
            t.start();
            try (SafeHttpClient client = new SafeHttpClient(TestConfigs.ingest(
                    "ingest.allow-private-hosts", "127.0.0.1:" + server.getLocalPort()))) {
                String url = "http://127.0.0.1:" + server.getLocalPort() + "/feed";

                FetchResult first = client.get(url, null, null);
                Thread.sleep(300);
                FetchResult second = client.get(url, null, null);

                assertThat(first.outcome()).isEqualTo(Outcome.OK);
                assertThat(second.outcome()).as(second.error()).isEqualTo(Outcome.OK);
                assertThat(connections.get()).isEqualTo(2);
            }
        }
    }

    /** Answers as if keeping the connection alive, then closes it: what an idle timeout does. */
    private static void serveOneRequestPerConnection(ServerSocket server, AtomicInteger connections) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                connections.incrementAndGet();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    // skip request headers
                }
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 6\r\n\r\n<rss/>"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(100);
            } catch (Exception e) {
                return;
            }
        }
    }
}
