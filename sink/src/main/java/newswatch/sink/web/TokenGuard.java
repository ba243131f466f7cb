package newswatch.sink.web;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Optional bearer-token check. The token is accepted from {@code Authorization: Bearer <token>} or from the
 * {@code newswatch_token} cookie, which the page sets (SameSite=Strict) from a {@code #token=} fragment so that page
 * navigations and the event stream carry it too. Tokens are compared in constant time.
 */
final class TokenGuard {
    static final String COOKIE = "newswatch_token";

    private final byte[] expected;

    TokenGuard(String token) {
        this.expected = token == null || token.isEmpty() ? null : sha256(token);
    }

    boolean enabled() {
        return expected != null;
    }

    boolean allows(Headers headers) {
        if (expected == null) {
            return true;
        }
        String presented = bearer(headers.getFirst("Authorization"));
        if (presented == null) {
            presented = cookie(headers.get("Cookie"));
        }
        // hashing first makes the comparison independent of the presented token's length
        return presented != null && MessageDigest.isEqual(expected, sha256(presented));
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    private static String cookie(java.util.List<String> headers) {
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith(COOKIE + "=")) {
                    return java.net.URLDecoder.decode(p.substring(COOKIE.length() + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
