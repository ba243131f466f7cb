package newswatch.ingest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Checks a URL before any request: scheme, and hosts written as numbers, which never reach {@link GuardedDns}. */
final class TargetCheck {
    // Labels like 0x7f, 0177 or 2130706433: resolvers disagree on what they mean, so only plain dotted quads pass.
    private static final Pattern NUMERIC_LABELS = Pattern.compile("((0x[0-9a-f]*|[0-9]+)\\.?)+");
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    private final AllowList allowList;

    TargetCheck(AllowList allowList) {
        this.allowList = allowList;
    }

    /** Why the URL may not be fetched, or null. */
    String refusal(String url) {
        int colon = url.indexOf(':');
        String scheme = colon > 0 ? url.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs may be fetched";
        }
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return null; // reported as an invalid URL by the caller
        }
        String host = parsed.host().toLowerCase(Locale.ROOT);
        boolean v6 = host.contains(":");
        if (!v6 && NUMERIC_LABELS.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            return "non-canonical numeric host " + host;
        }
        if (!v6 && !DOTTED_QUAD.matcher(host).matches()) {
            return null; // a name: GuardedDns checks what it resolves to
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            String refusal = AddressGuard.refusal(address);
            return refusal == null || allowList.allows(address, parsed.port()) ? null : refusal;
        } catch (UnknownHostException e) {
            return "unparsable address " + host;
        }
    }
}
