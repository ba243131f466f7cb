package newswatch.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newswatch.ingest.charset.CharsetGuess;

/**
 * Decodes XML bytes ourselves so a feed that lies about its encoding (declares UTF-8, sends Windows-1252: common
 * with older news CMSs) still parses instead of being rejected as malformed.
 */
final class XmlText {
    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private XmlText() {
    }

    static String decode(byte[] body) {
        return decode(body, null);
    }

    /** @param httpCharset charset from the HTTP Content-Type (after a byte order mark, before the XML declaration) */
    static String decode(byte[] body, Charset httpCharset) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return strict(body, 3, StandardCharsets.UTF_8);
        }
        // byte order marks, then the XML spec's autodetection from how '<' (and '<?') is encoded (Appendix F)
        if (startsWith(body, 0x00, 0x00, 0xFE, 0xFF) || startsWith(body, 0x00, 0x00, 0x00, 0x3C)) {
            return withoutBom(new String(body, UTF_32BE));
        }
        if (startsWith(body, 0xFF, 0xFE, 0x00, 0x00) || startsWith(body, 0x3C, 0x00, 0x00, 0x00)) {
            return withoutBom(new String(body, UTF_32LE));
        }
        if (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            return withoutBom(new String(body, StandardCharsets.UTF_16BE));
        }
        if (startsWith(body, 0xFF, 0xFE) || startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) {
            return withoutBom(new String(body, StandardCharsets.UTF_16LE));
        }
        if (httpCharset != null && !httpCharset.equals(StandardCharsets.UTF_8)) {
            return new String(body, httpCharset);
        }
        if (httpCharset != null) {
            // Many servers label everything UTF-8: believe it only when the bytes are UTF-8, else the declaration.
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                // fall through to the declaration
            }
        }
        Charset declared = declared(body);
        if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
            return new String(body, FALLBACK); // what browsers do with these labels
        }
        if (!declared.equals(StandardCharsets.UTF_8)) {
            return new String(body, declared);
        }
        return strict(body, 0, StandardCharsets.UTF_8);
    }

    /** The charset parameter of a Content-Type header, or null when absent or unknown. */
    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withoutBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String strict(byte[] body, int offset, Charset utf8) {
        try {
            return utf8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // Named nowhere and not UTF-8: undeclared EUC-KR or Shift_JIS is still common on Korean/Japanese sites.
            Charset guessed = CharsetGuess.of(body, offset).orElse(FALLBACK);
            return new String(body, offset, body.length - offset, guessed);
        }
    }

    private static Charset declared(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8; // unknown name: UTF-8 is the XML default
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
