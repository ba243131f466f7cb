package newswatch.ingest.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Last line of the SSRF guard: every socket OkHttp opens re-checks the exact address and port it is about to
 * connect to, which also covers IP-literal hosts that OkHttp never passes to {@link GuardedDns}.
 */
final class GuardedSocketFactory extends SocketFactory {
    private final AllowList allowList;

    GuardedSocketFactory(AllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public Socket createSocket() {
        return new Socket() {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                check(endpoint);
                super.connect(endpoint, timeout);
            }
        };
    }

    private void check(SocketAddress endpoint) throws BlockedAddressException {
        if (!(endpoint instanceof InetSocketAddress isa) || isa.getAddress() == null) {
            throw new BlockedAddressException("unresolved socket address " + endpoint);
        }
        String refusal = AddressGuard.refusal(isa.getAddress());
        if (refusal != null && !allowList.allows(isa.getAddress(), isa.getPort())) {
            throw new BlockedAddressException(refusal + " port " + isa.getPort());
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress target) throws IOException {
        Socket s = createSocket();
        s.connect(target);
        return s;
    }
}
