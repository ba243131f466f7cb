package newswatch.sink.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectWriter;
import newswatch.common.json.Json;

/**
 * JSON for the page with {@code < > & ' \u2028 \u2029} written as {@code \\uXXXX}: still the same JSON values, but no
 * feed text can close a tag or a script block if a response is ever sniffed or embedded as HTML.
 */
final class SafeJson {
    private static final ObjectWriter WRITER = Json.MAPPER.writer().with(new HtmlEscapes());

    private SafeJson() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static final class HtmlEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlEscapes() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
