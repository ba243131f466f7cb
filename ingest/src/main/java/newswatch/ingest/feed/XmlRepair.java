package newswatch.ingest.feed;

import java.nio.charset.Charset;
import java.util.regex.Pattern;

/**
 * Mends the faults of real feeds that make an XML parser give up on the whole document, when the intent is plain:
 * characters XML forbids (control characters pasted from word processors), Windows-1252 punctuation that was
 * transcoded as C1 control characters ("don\u0092t"), {@code &#X41;} for {@code &#x41;}, and a last end tag cut
 * off before its {@code >}. Entities and markup are left to Rome's healer and parser.
 */
final class XmlRepair {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern UPPER_HEX_REF = Pattern.compile("&#X(?=[0-9A-Fa-f]+;)");
    private static final Pattern CUT_END_TAG = Pattern.compile("</[\\w:.-]+\\s*$");

    private XmlRepair() {
    }

    static String repair(String xml) {
        StringBuilder out = new StringBuilder(xml.length());
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String mapped = new String(new byte[] {(byte) c}, WINDOWS_1252);
                out.append(mapped.charAt(0) == '\uFFFD' ? " " : mapped);
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                continue; // not allowed anywhere in XML 1.0
            } else {
                out.append(c);
            }
        }
        String fixed = UPPER_HEX_REF.matcher(out).replaceAll("&#x");
        return CUT_END_TAG.matcher(fixed).find() ? fixed.stripTrailing() + ">" : fixed;
    }
}
