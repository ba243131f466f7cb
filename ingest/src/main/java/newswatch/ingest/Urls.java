package newswatch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** URL identity: the same article reached through different links must get the same key. */
public final class Urls {
    // Campaign and click identifiers: they vary per share and never select different content.
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
            "oly_enc_id", "vero_id", "wt.mc_id", "cmpid", "ocid", "ns_campaign", "ns_mchannel", "ns_source",
            "ns_linkname", "ns_fee", "at_medium", "at_campaign");

    private Urls() {
    }

    /**
     * Canonical form for identity: lower-case scheme/host, default port dropped, fragment dropped, utm_* / fbclid /
     * gclid / similar tracking params removed, remaining params kept in order. Returns the input unchanged if
     * unparsable.
     */
    public static String canonical(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getHost() == null) {
                return url;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            StringBuilder out = new StringBuilder(scheme).append("://");
            if (uri.getRawUserInfo() != null) {
                out.append(uri.getRawUserInfo()).append('@');
            }
            out.append(host);
            if (!defaultPort) {
                out.append(':').append(port);
            }
            String path = uri.getRawPath();
            out.append(path == null || path.isEmpty() ? "/" : path);
            String query = query(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String param : rawQuery.split("&")) {
            if (param.isEmpty() || isTracking(param)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(param);
        }
        return kept.toString();
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
