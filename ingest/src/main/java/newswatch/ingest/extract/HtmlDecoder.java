package newswatch.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newswatch.ingest.charset.CharsetGuess;

/** Bytes to text for HTML: charset from the HTTP header, then a BOM, then a meta tag, then UTF-8, then a guess. */
final class HtmlDecoder {
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 4096;

    private HtmlDecoder() {
    }

    /** Null when the bytes look binary rather than like markup. */
    static String decode(byte[] html, String contentType) {
        if (looksBinary(html)) {
            return null;
        }
        Charset fromHeader = contentType == null ? null : charset(HEADER_CHARSET.matcher(contentType));
        if (fromHeader != null) {
            return new String(html, fromHeader);
        }
        if (html.length >= 3 && (html[0] & 0xFF) == 0xEF && (html[1] & 0xFF) == 0xBB && (html[2] & 0xFF) == 0xBF) {
            return new String(html, 3, html.length - 3, StandardCharsets.UTF_8);
        }
        if (html.length >= 2 && (html[0] & 0xFF) == 0xFE && (html[1] & 0xFF) == 0xFF) {
            return new String(html, 2, html.length - 2, StandardCharsets.UTF_16BE);
        }
        if (html.length >= 2 && (html[0] & 0xFF) == 0xFF && (html[1] & 0xFF) == 0xFE) {
            return new String(html, 2, html.length - 2, StandardCharsets.UTF_16LE);
        }
        String head = new String(html, 0, Math.min(html.length, SNIFF), StandardCharsets.ISO_8859_1);
        Charset fromMeta = charset(META_CHARSET.matcher(head));
        if (fromMeta != null && !fromMeta.equals(StandardCharsets.UTF_8)) {
            return new String(html, fromMeta);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(html)).toString();
        } catch (CharacterCodingException e) {
            // undeclared legacy page: a statistical guess (EUC-KR, Shift_JIS...), else the browsers' default
            return new String(html, CharsetGuess.of(html, 0).orElse(WINDOWS_1252));
        }
    }

    private static Charset charset(Matcher m) {
        if (!m.find()) {
            return null;
        }
        try {
            Charset c = Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
            // Browsers read these labels as windows-1252, and so do servers that send them.
            return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int b0 = n > 0 ? b[0] & 0xFF : 0;
        int b1 = n > 1 ? b[1] & 0xFF : 0;
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            return false; // UTF-16 text is full of NULs
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                control++;
            }
        }
        return control > n / 10;
    }
}
