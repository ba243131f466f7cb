package newswatch.ingest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Non-public destinations explicitly permitted by {@code ingest.allow-private-hosts}: "host" (any port) or
 * "host:port" ("[v6]:port" for IPv6). Names are resolved once, here, because the later checks see addresses.
 */
final class AllowList {
    private static final Logger LOG = LoggerFactory.getLogger(AllowList.class);
    private static final int ANY_PORT = -1;

    private record Entry(InetAddress address, int port) {
    }

    private final List<Entry> entries = new ArrayList<>();

    AllowList(List<String> specs) {
        for (String spec : specs) {
            String s = spec.trim().toLowerCase(Locale.ROOT);
            String host = s;
            int port = ANY_PORT;
            int colon = s.lastIndexOf(':');
            boolean bracketed = s.startsWith("[");
            if (colon > 0 && (bracketed ? s.indexOf(']') < colon : s.indexOf(':') == colon)) {
                host = s.substring(0, colon);
                port = Integer.parseInt(s.substring(colon + 1));
            }
            if (bracketed) {
                host = host.substring(1, host.indexOf(']'));
            }
            try {
                for (InetAddress a : InetAddress.getAllByName(host)) {
                    entries.add(new Entry(a, port));
                }
            } catch (UnknownHostException e) {
                LOG.warn("ingest.allow-private-hosts entry '{}' does not resolve; ignored", spec);
            }
        }
    }

    boolean allowsAddress(InetAddress address) {
        return entries.stream().anyMatch(e -> e.address().equals(address));
    }

    boolean allows(InetAddress address, int port) {
        return entries.stream().anyMatch(e -> e.address().equals(address) && (e.port() == ANY_PORT || e.port() == port));
    }
}
