package newswatch.ingest.feed;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Reads XML with Rome's own hardened builder (DOCTYPEs refused, no external entities) and entity healer, so the
 * document can be looked at and repaired before Rome maps it to a feed.
 */
final class RomeInput extends WireFeedInput {
    RomeInput() {
        super(false, Locale.ROOT);
        // Rome's default already, stated so a change of default cannot reopen XXE.
        setAllowDoctypes(false);
        setXmlHealerOn(true);
    }

    Document read(String xml) throws JDOMException, IOException {
        return createSAXBuilder().build(new XmlFixerReader(new StringReader(xml)));
    }
}
