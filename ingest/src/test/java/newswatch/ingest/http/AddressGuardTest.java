package newswatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3", "255.255.255.255", "224.0.0.1",
        "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:10.0.0.1", "::127.0.0.1",
        "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1"})
    void refusesNonPublic(String address) throws UnknownHostException {
        assertThat(AddressGuard.refusal(InetAddress.getByName(address))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
        "::ffff:8.8.8.8", "2002:0808:0808::1"})
    void allowsPublic(String address) throws UnknownHostException {
        assertThat(AddressGuard.refusal(InetAddress.getByName(address))).isNull();
    }
}
