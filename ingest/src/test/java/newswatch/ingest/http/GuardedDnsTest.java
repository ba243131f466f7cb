package newswatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardedDnsTest {
    @Test
    void hostResolvingOnlyToLoopbackIsRefused() {
        assertThatThrownBy(() -> new GuardedDns(new AllowList(List.of())).lookup("localhost"))
                .isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("blocked")
                .hasCauseInstanceOf(BlockedAddressException.class);
    }

    @Test
    void allowListedAddressPasses() throws UnknownHostException {
        List<InetAddress> found = new GuardedDns(new AllowList(List.of("127.0.0.1:8080"))).lookup("127.0.0.1");
        assertThat(found).containsExactly(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void allowListPortIsEnforcedAtConnect() {
        var sockets = new GuardedSocketFactory(new AllowList(List.of("127.0.0.1:1")));
        assertThatThrownBy(() -> sockets.createSocket("127.0.0.1", 2)).isInstanceOf(BlockedAddressException.class);
    }
}
