package newswatch.ingest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves once and hands OkHttp only the addresses that passed the guard, so the connection goes to an
 * address that was checked (no second lookup an attacker's DNS could answer differently).
 */
final class GuardedDns implements Dns {
    private final AllowList allowList;

    GuardedDns(AllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        InetAddress[] all = InetAddress.getAllByName(hostname);
        List<InetAddress> allowed = new ArrayList<>();
        String firstRefusal = null;
        for (InetAddress a : all) {
            String refusal = AddressGuard.refusal(a);
            if (refusal == null || allowList.allowsAddress(a)) {
                allowed.add(a);
            } else if (firstRefusal == null) {
                firstRefusal = refusal;
            }
        }
        if (allowed.isEmpty()) {
            // UnknownHostException keeps OkHttp's contract for Dns; the cause marks it as a refusal.
            UnknownHostException e = new UnknownHostException("blocked: " + hostname + " resolves to a " + firstRefusal);
            e.initCause(new BlockedAddressException(hostname + " resolves to a " + firstRefusal));
            throw e;
        }
        return allowed;
    }
}
