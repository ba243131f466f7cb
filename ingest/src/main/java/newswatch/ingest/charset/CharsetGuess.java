package newswatch.ingest.charset;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The last resort for bytes that name no encoding anywhere (no BOM, no HTTP charset, no declaration or meta tag)
 * and are not UTF-8: Korean and Japanese sites still serve EUC-KR, Shift_JIS and GB18030 that way. Mozilla's
 * statistical detector (juniversalchardet) guesses from byte patterns; callers fall back to Windows-1252 when it
 * has no opinion, as browsers do for undeclared Western pages.
 */
public final class CharsetGuess {
    /** Enough text for the detector's statistics; the whole of a 50 MB page would only cost time. */
    private static final int SAMPLE = 64 * 1024;

    private CharsetGuess() {
    }

    public static Optional<Charset> of(byte[] bytes, int offset) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, offset, Math.min(SAMPLE, bytes.length - offset));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
