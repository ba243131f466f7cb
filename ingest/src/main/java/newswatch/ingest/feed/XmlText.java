package newswatch.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes XML bytes ourselves so a feed that lies about its encoding (declares UTF-8, sends Windows-1252: common
 * with older news CMSs) still parses instead of being rejected as malformed.
 */
final class XmlText {
    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private XmlText() {
    }

    static String decode(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return strict(body, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
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

    private static String strict(byte[] body, int offset, Charset utf8) {
        try {
            return utf8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, offset, body.length - offset, FALLBACK);
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
