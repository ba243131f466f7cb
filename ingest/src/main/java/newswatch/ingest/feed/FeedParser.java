package newswatch.ingest.feed;

/** Turns fetched feed bytes into items; no I/O. */
public final class FeedParser {
    private FeedParser() {
    }

    /**
     * Pure function over bytes: RSS 0.9x/1.0/2.0 and Atom via Rome (DOCTYPE forbidden — Rome's default; keep it),
     * JSON Feed 1.0 and 1.1 via Jackson. Relative links resolved against the feed URL / xml:base. Tolerant of what
     * real feeds get wrong (see {@link XmlRepair}, {@link FeedDates}); every entry is kept, even without id or link.
     */
    public static ParsedFeed parse(byte[] body, String feedUrl) throws FeedParseException {
        return parse(body, feedUrl, null);
    }

    /**
     * @param contentType the HTTP Content-Type, or null; its charset wins over the XML declaration (RFC 7303),
     *                    which is how servers that re-encode feeds (EUC-KR sites serving UTF-8, and the reverse) get read
     */
    public static ParsedFeed parse(byte[] body, String feedUrl, String contentType) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty feed body from " + feedUrl, null);
        }
        try {
            return looksLikeJson(body) ? JsonFeeds.parse(body, feedUrl)
                    : RomeFeeds.parse(body, feedUrl, XmlText.charsetOf(contentType));
        } catch (RuntimeException e) {
            // A parser bug or hostile input must cost one feed poll, not the ingest loop.
            throw new FeedParseException("cannot parse feed at " + feedUrl + ": " + e, e);
        }
    }

    private static boolean looksLikeJson(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        return i < body.length && body[i] == '{';
    }
}
