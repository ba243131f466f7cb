package newswatch.ingest.extract;

import java.util.regex.Pattern;

/**
 * Short lines that belong to the site, not the story, recognised by their wording: picture credits, calls to
 * subscribe or donate, titles of related-link boxes, filing dates, ad labels, stand-ins for embeds, comment prompts.
 * Multilingual, and about web pages in general: nothing here names a site.
 */
final class SiteLines {
    private static final int CREDIT = 80;
    private static final Pattern CREDIT_MARK = Pattern.compile(
            "getty ?images|shutterstock|istock|\\bimago\\b|\\bAFP\\b|\\bdpa\\b|\\breuters\\b|\\bAP Photo\\b"
            + "|^(foto|fotos|photo|photos|bild|bilder|image|titelbild|beitragsbild|quelle|credit|crédit)\\s*:",
            Pattern.CASE_INSENSITIVE);

    /** Words of a call to action: sign up, subscribe, support or donate. */
    private static final Pattern CALL = Pattern.compile(
            "\\b(newsletter|subscribe|subscription|abonnieren|abonniere|abonnez|suscr[ií]b\\w*|sign up|signup"
            + "|spenden?|donate|unterstützen sie|support (us|our)|your support|ihre unterstützung"
            + "|ios|android|app store|google play)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Social networks, and the verbs that ask the reader to follow or join the site there. */
    private static final Pattern SOCIAL = Pattern.compile(
            "\\b(facebook|twitter|instagram|telegram|youtube|whatsapp|tiktok|linkedin)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern FOLLOW = Pattern.compile(
            "\\b(follow|join|folg\\w*|síg\\w*|segu\\w*|suiv\\w*|únete|abonnez|mira|check out)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Inside a story only the unmistakable words count: a short news sentence may well mention Android, an app
     * store, countries that "sign up" to a statement or a minister's "support".
     */
    private static final Pattern CALL_WITHIN = Pattern.compile(
            "\\b(newsletter|subscribe|subscription|abonnieren|abonniere|abonnez|suscr[ií]b\\w*|spenden?|donate"
            + "|support (our|independent) (journalism|reporting|newsroom|work)|your support)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int CALL_MAX = 300;
    /** Shorter than this, a call to subscribe or donate is left out wherever it stands (a box inside the story). */
    private static final int CALL_INSIDE = 150;
    /** The title of a box of links to other pages ("Read more", "Ähnliche Beiträge"), wherever it stands. */
    private static final Pattern RELATED = Pattern.compile(
            "(zum )?weiterlesen|ähnliche (beiträge|artikel)|(das|diese artikel) könnten? (dich|euch|sie) auch interessieren"
            + "|(das )?könnte (dich|sie|euch) auch interessieren|das thema könnte (dich|sie|euch) auch interessieren"
            + "|weitere themen|mehr zum thema|lesen sie (auch|mehr)|schon gelesen|read more|read also|related"
            + "|related (articles|stories|posts)|more on this( story| topic)?|you (may|might) also like"
            + "|czytaj (też|także|również)|(à )?lire aussi|(pour )?lire la suite|lee también|leia também|vea también|leggi anche",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int RELATED_MAX = 60;
    /** Post metadata: when and where the post was filed ("Erstellt am ...", "This entry was posted in ..."). */
    private static final Pattern FILED = Pattern.compile(
            "^(erstellt am|aktualisiert am|zuletzt aktualisiert|stand:|dieser eintrag wurde veröffentlicht|dieser beitrag wurde"
            + "|this entry was posted|posted on|posted in|published on|last updated|updated on|news date|release date"
            + "|publié le|mis à jour le|publicado el|actualizado el)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int FILED_MAX = 200;
    /** A prompt to comment: a comment word beside one of writing, leaving or logging in. */
    private static final Pattern COMMENT = Pattern.compile(
            "\\b(kommentar\\w*|kommentier\\w*|diskussion|comments?|commentaires?|comentarios?|discussion)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PROMPT = Pattern.compile(
            "\\b(schreiben|verfassen|eingeloggt|einloggen|anmelden|registriert|write|leave|post a|log ?in|logged in"
            + "|sign in|laisser|écrire|escribir|deja)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "You must be logged in to ...": the site's access rule, wherever it stands. */
    private static final Pattern LOGIN = Pattern.compile(
            "\\b((must|need to) (be )?(logged in|log in|sign in|signed in|registered)"
            + "|müssen (sich )?(einloggen|anmelden|eingeloggt|angemeldet|registriert)"
            + "|(debes|debe|tienes que) (iniciar sesión|estar registrad[oa])|vous devez être (connecté|inscrit))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A disclosure of paid links or a licence notice: about the page, not the story. */
    private static final Pattern NOTICE = Pattern.compile(
            "\\b(affiliate[- ]?links?|partner[- ]?links?|provisionslinks?|werbelinks?|we (may )?(earn|receive) a (small )?commission"
            + "|als amazon[- ]partner|amazon product advertising api|liens? affiliés?|enlaces? de afiliados?"
            + "|(licen[cs]ed? under|lizenz|licence|license|licencia)\\W+(\\w+\\W+){0,3}(cc[- ]by|creative commons))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int NOTICE_MAX = 300;

    /** A line that declares itself an advertisement: "ANZEIGE - ...", "*Werbung. ...", "Advertisement". */
    private static final Pattern AD = Pattern.compile(
            "^\\W*((anzeige|werbung|advertisement|sponsored|publicidad|publicité)(\\W|$)|(advert|ad|ads|reklama)\\W*$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "This slideshow requires JavaScript", "Bitte aktivieren Sie JavaScript": what a page shows without scripts. */
    private static final Pattern SCRIPT_NOTICE = Pattern.compile(
            "\\bjavascript\\b.*\\b(requires?|required|enabled?|disabled|aktivier\\w*|deaktiviert|erforderlich|benötigt"
            + "|activ\\w*|désactivé|habilit\\w*|necesario)\\b|\\b(requires?|enable|aktivieren sie|activez|habilite)\\b.*\\bjavascript\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** The stand-in for an embed a reader has not agreed to load ("external content", consent to connect to X). */
    private static final Pattern CONSENT = Pattern.compile(
            "\\b(einverständnis|einwilligung|consent)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EMBED = Pattern.compile(
            "\\b(externer? inhalte?|external content|inhalte? von drittanbietern|third[- ]party content)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A line labelled as a picture credit says so whatever its punctuation ("Beitragsbild: ..., Ausriss."). */
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(foto|fotos|photo|photos|bild|bilder|titelbild|beitragsbild|bildquelle|image credit|photo credit)\\s*:",
            Pattern.CASE_INSENSITIVE);

    /**
     * A reader appeal: the site asks for support, money or membership ("consider supporting our work", "Unterstützen
     * Sie diese Form des Journalismus", "Apoya el periodismo incómodo"). Only phrases that address the reader.
     */
    private static final Pattern APPEAL = Pattern.compile(
            "\\b(support (our|independent|quality|local|this|the) (journalism|reporting|work|newsroom|site|blog|project)"
            + "|(consider|by) supporting (us|our)|support us|please (support|donate)|donate (now|today|here)|make a donation"
            + "|become a (member|supporter|patron|subscriber)|(we|who) rely on (your|readers)|with your support"
            + "|unterstützen sie (uns|unsere|diese form|unabhängigen)|unterstütze (uns|unsere|das projekt)|jetzt unterstützen"
            + "|jetzt spenden|spenden sie"
            + "|apoya (el|nuestro) periodismo|apóyanos|apoyanos|hazte (socio|miembro|suscriptor)"
            + "|soutenez[- ](nous|notre)|faites un don|faire un don|apoie (o|nosso) jornalismo|sostieni|wesprzyj)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    static final int APPEAL_MAX = 400;

    private SiteLines() {
    }

    /** A line to leave out wherever it stands; {@code links} is the share of its text inside links. */
    static boolean anywhere(String text, double links) {
        return credit(text) || related(text) || filed(text) || commentPrompt(text)
                || text.length() < CALL_INSIDE && LOGIN.matcher(text).find()
                || text.length() < NOTICE_MAX && NOTICE.matcher(text).find()
                || text.length() < CALL_INSIDE && SCRIPT_NOTICE.matcher(text).find()
                || text.length() < FILED_MAX && AD.matcher(text).find() || embedStandIn(text)
                || links >= 0.5 && relatedLink(text) || text.length() < CALL_INSIDE && CALL_WITHIN.matcher(text).find();
    }

    /** A short block asking the reader for support, money or membership. */
    static boolean appeal(String block) {
        return block.length() < APPEAL_MAX && APPEAL.matcher(block).find();
    }

    /** A short closing line that asks the reader to follow, subscribe, download or donate: the site's, not the story's. */
    static boolean call(String block) {
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
}
