package newswatch.ingest.feed;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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

    private static final Pattern UNBOUND = Pattern.compile("The prefix \"([\\w.-]+)\" for (?:element|attribute)");
    /** Where the root element's name ends: after the prolog's declaration, comments and processing instructions. */
    private static final Pattern ROOT_NAME = Pattern.compile(
            "^\\uFEFF?\\s*(?:(?:<\\?.*?\\?>|<!--.*?-->)\\s*)*<[\\w.:-]+", Pattern.DOTALL);
    private static final Map<String, String> KNOWN_PREFIXES = Map.of("atom", "http://www.w3.org/2005/Atom",
            "dc", "http://purl.org/dc/elements/1.1/", "content", "http://purl.org/rss/1.0/modules/content/",
            "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd", "media", "http://search.yahoo.com/mrss/",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "georss", "http://www.georss.org/georss",
            "slash", "http://purl.org/rss/1.0/modules/slash/", "wfw", "http://wellformedweb.org/CommentAPI/",
            "sy", "http://purl.org/rss/1.0/modules/syndication/");

    private XmlRepair() {
    }

    /**
     * The document with the namespace prefix that a parser error says is unbound declared on the root element (with
     * its usual URI when it is a well-known one), or null when the error is another or the root cannot be found.
     * Feeds using atom:link or itunes: without declaring them are common.
     */
    static String declareUnboundPrefix(String xml, String parserMessage) {
        Matcher error = UNBOUND.matcher(String.valueOf(parserMessage));
        Matcher root = ROOT_NAME.matcher(xml);
        if (!error.find() || !root.find()) {
            return null;
        }
        String prefix = error.group(1);
        String uri = KNOWN_PREFIXES.getOrDefault(prefix.toLowerCase(Locale.ROOT), "urn:x-undeclared:" + prefix);
        return xml.substring(0, root.end()) + " xmlns:" + prefix + "=\"" + uri + "\"" + xml.substring(root.end());
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
