package newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders elements as paragraphs: every block element or line break ends one; link lists are left out. */
final class BlockText implements NodeVisitor {
    static final int MIN_PARAGRAPH = 25;
    private static final double MAX_LINK_DENSITY = 0.7;
    private static final double SHORT_MAX_LINK_DENSITY = 0.25;

    private static final int EDGE_FRAGMENT = 40;
    private static final java.util.Set<String> ITEMS = java.util.Set.of("li", "td", "th", "dd", "dt");
    private static final int NOTICE = 400;
    private static final int CREDIT = 80;
    private static final java.util.regex.Pattern CREDIT_MARK = java.util.regex.Pattern.compile(
            "getty ?images|shutterstock|istock|\\bimago\\b|\\bAFP\\b|\\bdpa\\b|\\breuters\\b|\\bAP Photo\\b"
            + "|^(foto|fotos|photo|photos|bild|bilder|image|titelbild|beitragsbild|quelle|credit|crédit)\\s*:",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words of a call to action: sign up, subscribe, support or donate. */
    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile(
            "\\b(newsletter|subscribe|subscription|abonnieren|abonniere|abonnez|suscr[ií]b\\w*|sign up|signup"
            + "|spenden?|donate|unterstützen sie|support (us|our)|your support|ihre unterstützung"
            + "|ios|android|app store|google play)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /** Social networks, and the verbs that ask the reader to follow or join the site there. */
    private static final java.util.regex.Pattern SOCIAL = java.util.regex.Pattern.compile(
            "\\b(facebook|twitter|instagram|telegram|youtube|whatsapp|tiktok|linkedin)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private static final java.util.regex.Pattern FOLLOW = java.util.regex.Pattern.compile(
            "\\b(follow|join|folg\\w*|síg\\w*|segu\\w*|suiv\\w*|únete|abonnez|mira|check out)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Inside a story only the unmistakable words count: a short news sentence may well mention Android, an app
     * store, countries that "sign up" to a statement or a minister's "support".
     */
    private static final java.util.regex.Pattern CALL_WITHIN = java.util.regex.Pattern.compile(
            "\\b(newsletter|subscribe|subscription|abonnieren|abonniere|abonnez|suscr[ií]b\\w*|spenden?|donate"
            + "|support (our|independent) (journalism|reporting|newsroom|work)|your support)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private static final int CALL_MAX = 300;
    /** Shorter than this, a call to subscribe or donate is left out wherever it stands (a box inside the story). */
    private static final int CALL_INSIDE = 150;
    /** The title of a box of links to other pages ("Read more", "Ähnliche Beiträge"), wherever it stands. */
    private static final java.util.regex.Pattern RELATED = java.util.regex.Pattern.compile(
            "(zum )?weiterlesen|ähnliche (beiträge|artikel)|(das|diese artikel) könnten? (dich|euch|sie) auch interessieren"
            + "|(das )?könnte (dich|sie|euch) auch interessieren|das thema könnte (dich|sie|euch) auch interessieren"
            + "|weitere themen|mehr zum thema|lesen sie (auch|mehr)|schon gelesen|read more|read also|related"
            + "|related (articles|stories|posts)|more on this( story| topic)?|you (may|might) also like"
            + "|czytaj (też|także|również)|(à )?lire aussi|lee también|leia também|vea también|leggi anche",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final int RELATED_MAX = 60;
    /** Post metadata: when and where the post was filed ("Erstellt am ...", "This entry was posted in ..."). */
    private static final java.util.regex.Pattern FILED = java.util.regex.Pattern.compile(
            "^(erstellt am|aktualisiert am|zuletzt aktualisiert|stand:|dieser eintrag wurde veröffentlicht|dieser beitrag wurde"
            + "|this entry was posted|posted on|posted in|published on|last updated|updated on|news date|release date"
            + "|publié le|mis à jour le|publicado el|actualizado el)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final int FILED_MAX = 200;
    /** A prompt to comment: a comment word beside one of writing, leaving or logging in. */
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile(
            "\\b(kommentar\\w*|comments?|commentaires?|comentarios?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile(
            "\\b(schreiben|verfassen|eingeloggt|einloggen|anmelden|registriert|write|leave|post a|log ?in|logged in"
            + "|sign in|laisser|écrire|escribir|deja)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /** A line that declares itself an advertisement: "ANZEIGE - ...", "*Werbung. ...", "Advertisement". */
    private static final java.util.regex.Pattern AD = java.util.regex.Pattern.compile(
            "^\\W*(anzeige|werbung|advertisement|sponsored|publicidad|publicité)(\\W|$)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /** The stand-in for an embed a reader has not agreed to load ("external content", consent to connect to X). */
    private static final java.util.regex.Pattern CONSENT = java.util.regex.Pattern.compile(
            "\\b(einverständnis|einwilligung|consent)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private static final java.util.regex.Pattern EMBED = java.util.regex.Pattern.compile(
            "\\b(externer? inhalte?|external content|inhalte? von drittanbietern|third[- ]party content)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** A line labelled as a picture credit says so whatever its punctuation ("Beitragsbild: ..., Ausriss."). */
    private static final java.util.regex.Pattern CREDIT_LABEL = java.util.regex.Pattern.compile(
            "^(foto|fotos|photo|photos|bild|bilder|titelbild|beitragsbild|bildquelle|image credit|photo credit)\\s*:",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final List<String> out = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private int linked;
    private int inLink;
    /** Index in out of the block kept last, -1 when a dropped block came after it. */
    private int lastKept = -1;
    /** Whether the block kept last came from a list item or table cell (an entry, not a title). */
    private boolean lastKeptItem;
    /** Tag of the block element the current text sits in. */
    private String blockTag = "";

    static String render(List<Element> roots) {
        BlockText r = new BlockText();
        for (Element root : roots) {
            NodeTraversor.traverse(r, root);
            r.flush();
        }
        trimEdges(r.out);
        return String.join("\n\n", r.out);
    }

    /** Short unpunctuated lines at the ends ("Share", "Mehr zum Thema", a date) frame an article; they are not in it. */
    private static void trimEdges(List<String> blocks) {
        // At the end, a short line ending in a colon introduces something that is not there ("Read more:").
        while (blocks.size() > 1 && (fragment(blocks.get(blocks.size() - 1)) || title(blocks.get(blocks.size() - 1))
                || call(blocks.get(blocks.size() - 1)))) {
            blocks.remove(blocks.size() - 1);
        }
        while (blocks.size() > 1 && fragment(blocks.get(0))) {
            blocks.remove(0);
        }
    }

    private static boolean fragment(String block) {
        if (block.length() < NOTICE && (block.indexOf('©') >= 0 || block.regionMatches(true, 0, "copyright", 0, 9))) {
            return true; // copyright line
        }
        if (block.length() >= EDGE_FRAGMENT) {
            return false;
        }
        char last = block.charAt(block.length() - 1);
        return ".!?…:\"”»)。！？".indexOf(last) < 0;
    }

    /** A short closing line that asks the reader to follow, subscribe, download or donate: the site's, not the story's. */
    private static boolean call(String block) {
        return block.length() < CALL_MAX && (CALL.matcher(block).find()
                || SOCIAL.matcher(block).find() && FOLLOW.matcher(block).find());
    }

    /** "Aktualisiert am 17.01.2021.", "Posted on May 6, 2014 in News": a short filing line that carries a date. */
    private static boolean filed(String block) {
        return block.length() < FILED_MAX && FILED.matcher(block).find() && block.chars().anyMatch(Character::isDigit);
    }

    /** "Lesen Sie auch: (a linked headline)": a pointer to another page, title and link in one line. */
    private static boolean relatedLink(String block) {
        int colon = block.indexOf(':');
        return colon > 0 && colon < RELATED_MAX && RELATED.matcher(block.substring(0, colon).strip()).matches();
    }

    /** "Externer Inhalt", "Wir respektieren deine Privatsphäre ... keine Verbindung zu Twitter": an embed not loaded. */
    private static boolean embedStandIn(String block) {
        return block.length() < CALL_MAX && (EMBED.matcher(block).find() || CONSENT.matcher(block).find()
                && SOCIAL.matcher(block).find());
    }

    /** "Du musst eingeloggt sein, um Kommentare zu schreiben", "Leave a comment". */
    private static boolean commentPrompt(String block) {
        return block.length() < CALL_INSIDE && COMMENT.matcher(block).find() && PROMPT.matcher(block).find();
    }

    private static boolean related(String block) {
        if (block.length() >= RELATED_MAX) {
            return false;
        }
        int end = block.length();
        while (end > 0 && ":?!.…".indexOf(block.charAt(end - 1)) >= 0) {
            end--;
        }
        return RELATED.matcher(block.substring(0, end).strip()).matches();
    }

    /** A picture credit left beside its picture: "Foto: dpa", "AFP / Jane Doe", "Titelbild: Getty Images". */
    private static boolean credit(String block) {
        if (block.length() >= CREDIT) {
            return false;
        }
        if (CREDIT_LABEL.matcher(block).find()) {
            return true;
        }
        char last = block.charAt(block.length() - 1);
        return ".!?…\"”»。！？".indexOf(last) < 0 && CREDIT_MARK.matcher(block).find();
    }

    /** A short line that introduces what follows: unpunctuated, or ending in a colon ("Lesen Sie auch:"). */
    private static boolean title(String block) {
        return block.length() < EDGE_FRAGMENT && (fragment(block) || block.endsWith(":"));
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            int before = block.length();
            appendCollapsed(t.getWholeText());
            if (inLink > 0) {
                linked += block.length() - before;
            }
        } else if (node instanceof Element e) {
            if (e.nameIs("a")) {
                inLink++;
            } else if (TextStats.BLOCKS.contains(e.normalName())) {
                flush();
                blockTag = e.normalName();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.nameIs("a")) {
                inLink--;
            } else if (TextStats.BLOCKS.contains(e.normalName())) {
                flush();
                blockTag = e.parent() == null ? "" : e.parent().normalName();
            }
        }
    }

    private void appendCollapsed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00ad' || c == '\u200b') {
                continue; // soft hyphen, zero-width space: invisible
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (block.length() > 0 && block.charAt(block.length() - 1) != ' ') {
                    block.append(' ');
                }
            } else {
                block.append(c);
            }
        }
    }

    private void flush() {
        String text = block.toString().strip();
        double links = text.isEmpty() ? 0 : Math.min(1.0, (double) linked / text.length());
        block.setLength(0);
        linked = 0;
        // Short blocks that are partly links ("Read more: ...", "Links: more") are navigation, not prose.
        boolean shortLinky = text.length() < MIN_PARAGRAPH && links > SHORT_MAX_LINK_DENSITY;
        boolean url = text.startsWith("http") && text.indexOf(' ') < 0;
        if (text.isEmpty()) {
            return;
        }
        if (credit(text) || related(text) || filed(text) || commentPrompt(text) || text.length() < FILED_MAX && AD.matcher(text).find() || embedStandIn(text) || links >= 0.5 && relatedLink(text) || text.length() < CALL_INSIDE && CALL_WITHIN.matcher(text).find()) {
            return;
        }
        if (links > MAX_LINK_DENSITY || shortLinky || url) {
            // "Read more:", "Related" over a dropped link list: the title of a list that is not there goes too.
            if (lastKept >= 0 && lastKept == out.size() - 1 && !lastKeptItem && title(out.get(lastKept))) {
                out.remove(lastKept);
            }
            lastKept = -1;
            return;
        }
        if (out.isEmpty() || !out.get(out.size() - 1).equals(text)) {
            out.add(text);
            lastKept = out.size() - 1;
            lastKeptItem = ITEMS.contains(blockTag);
        }
    }
}
