package newswatch.ingest.websub;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * WebSub discovery from a feed body (W3C WebSub section 4): {@code <link rel="hub">} and {@code <link rel="self">},
 * as Atom links or {@code atom:link} inside RSS. jsoup's XML parser neither loads DTDs nor expands external
 * entities, so discovery is as safe as parsing.
 *
 * @param hub  the hub's URL, null when the feed advertises none
 * @param self the topic URL to subscribe to, null when absent (then the feed URL is the topic)
 */
public record HubLinks(String hub, String self) {

    public static HubLinks of(byte[] feedBody, String feedUrl) {
        Document doc = Jsoup.parse(new String(feedBody, StandardCharsets.UTF_8), feedUrl, Parser.xmlParser());
        String hub = null;
        String self = null;
        for (Element link : doc.getElementsByTag("link")) {
            hub = hub == null ? href(link, "hub") : hub;
            self = self == null ? href(link, "self") : self;
        }
        for (Element link : doc.getElementsByTag("atom:link")) {
            hub = hub == null ? href(link, "hub") : hub;
            self = self == null ? href(link, "self") : self;
        }
        return new HubLinks(hub, self);
    }

    public boolean advertised() {
        return hub != null;
    }

    private static String href(Element link, String rel) {
        if (!link.attr("rel").trim().equalsIgnoreCase(rel) || link.attr("href").isBlank()) {
            return null;
        }
        String abs = link.absUrl("href");
        return abs.isEmpty() ? null : abs;
    }
}
