package newswatch.ingest.websub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hub's {@code X-Hub-Signature: method=hex(HMAC(secret, body))} (W3C WebSub section 8). */
final class Signature {
    // sha1 is in the spec's list but broken for new uses; hubs that offer only sha1 are refused.
    private static final Map<String, String> METHODS = Map.of("sha256", "HmacSHA256", "sha384", "HmacSHA384",
            "sha512", "HmacSHA512");

    private Signature() {
    }

    /** True only for a well-formed header whose HMAC matches, compared in constant time. */
    static boolean valid(String header, String secret, byte[] body) {
        if (header == null || secret == null) {
            return false;
        }
        int eq = header.indexOf('=');
        String algorithm = eq < 0 ? null : METHODS.get(header.substring(0, eq).trim().toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(eq + 1).trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(algorithm, secret, body), given);
    }

    /** "sha256=..." for a body: what a hub sends (used by tests and by nothing else in production). */
    static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", secret, body));
    }

    private static byte[] hmac(String algorithm, String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is required of every JVM", e);
        }
    }
}
