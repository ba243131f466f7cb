package newswatch.ingest.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether an address is publicly routable. Anything that could reach this machine, its network,
 * cloud metadata services or other non-public space is refused, including IPv6 forms that embed such an IPv4.
 */
public final class AddressGuard {
    private static final List<Cidr> FORBIDDEN_V4 = List.of(
            Cidr.of("0.0.0.0/8"), Cidr.of("10.0.0.0/8"), Cidr.of("100.64.0.0/10"), Cidr.of("127.0.0.0/8"),
            Cidr.of("169.254.0.0/16"), Cidr.of("172.16.0.0/12"), Cidr.of("192.0.0.0/24"), Cidr.of("192.0.2.0/24"),
            Cidr.of("192.168.0.0/16"), Cidr.of("198.18.0.0/15"), Cidr.of("198.51.100.0/24"),
            Cidr.of("203.0.113.0/24"), Cidr.of("224.0.0.0/4"), Cidr.of("240.0.0.0/4"));
    private static final List<Cidr> FORBIDDEN_V6 = List.of(
            Cidr.of("::/128"), Cidr.of("::1/128"), Cidr.of("100::/64"), Cidr.of("2001:db8::/32"),
            Cidr.of("fc00::/7"), Cidr.of("fe80::/10"), Cidr.of("fec0::/10"), Cidr.of("ff00::/8"));
    // IPv6 prefixes whose low 32 bits (for 6to4, bits 16..47) carry the IPv4 address that really gets reached.
    private static final Cidr MAPPED = Cidr.of("::ffff:0:0/96");
    private static final Cidr COMPATIBLE = Cidr.of("::/96");
    private static final Cidr NAT64 = Cidr.of("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.of("2002::/16");

    private AddressGuard() {
    }

    /** Why the address may not be contacted, or null if it is public. */
    public static String refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            boolean forbidden = FORBIDDEN_V4.stream().anyMatch(c -> c.contains(b));
            return forbidden ? "non-public IPv4 address " + address.getHostAddress() : null;
        }
        for (Cidr c : FORBIDDEN_V6) {
            if (c.contains(b)) {
                return "non-public IPv6 address " + address.getHostAddress();
            }
        }
        byte[] embedded = null;
        if (MAPPED.contains(b) || COMPATIBLE.contains(b) || NAT64.contains(b)) {
            embedded = Arrays.copyOfRange(b, 12, 16);
        } else if (SIX_TO_FOUR.contains(b)) {
            embedded = Arrays.copyOfRange(b, 2, 6);
        }
        if (embedded != null && refusal(v4(embedded)) != null) {
            return "IPv6 address " + address.getHostAddress() + " embeds a non-public IPv4 address";
        }
        return null;
    }

    private static InetAddress v4(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Cidr(byte[] network, int bits) {
        static Cidr of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                byte[] net = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                // getByName folds ::ffff:a.b.c.d into IPv4; the mapped prefix itself must stay 16 bytes.
                if (net.length == 4 && cidr.contains(":")) {
                    net = new byte[16];
                    net[10] = (byte) 0xff;
                    net[11] = (byte) 0xff;
                }
                return new Cidr(net, Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
