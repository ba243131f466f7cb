package newswatch.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds actually carry when Rome cannot: RFC 822 and its many deviations (two-digit years, no
 * seconds, no time, full month names, stray commas, named zones such as ET or KST), asctime, W3C/ISO 8601 with a
 * space or no zone (taken as UTC), Perforce's {@code 2006/09/15}, and the Korean, Greek and Hungarian forms that
 * feedparser knows. Anything else, or any out-of-range field, is null: no date is better than a wrong one.
 */
final class FeedDates {
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?";
    private static final String ZONE = "(?:\\s*(Z|[+-]\\d{2}:?\\d{2}|[A-Za-z][A-Za-z/]*(?:[+-]\\d{1,2}(?::?\\d{2})?)?))?";
    private static final Pattern RFC822 = Pattern.compile("(?:\\p{L}+\\.?\\s+)?(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{2}|\\d{4})"
            + "(?:\\s+" + TIME + ")?" + ZONE);
    /** {@code Thu Aug 30 2012 17:26:16 +0200} (JavaScript's Date.toString) and asctime with the year last. */
    private static final Pattern MONTH_FIRST = Pattern.compile("(?:\\p{L}+\\s+)?(\\p{L}+)\\s+(\\d{1,2})\\s+(?:(\\d{4})\\s+)?"
            + TIME + ZONE + "(?:\\s+(\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,3})(?:-(\\d{1,2})(?:[Tt ]\\s*" + TIME + ")?)?)?"
            + ZONE);
    private static final Pattern PERFORCE = Pattern.compile("(?:\\p{L}+\\s+)?(\\d{4})/(\\d{1,2})/(\\d{1,2})\\s+" + TIME
            + ZONE);
    private static final Pattern KOREAN = Pattern.compile("(\\d{4})(?:년\\s*|-)(\\d{1,2})(?:월\\s*|-)(\\d{1,2})일?\\s+"
            + "(?:(오전|오후)\\s+)?" + TIME);
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("GMT", 0), Map.entry("UT", 0),
            Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("ETC/GMT", 0), Map.entry("WET", 0),
            Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("MET", 60), Map.entry("WEST", 60),
            Map.entry("CEST", 120), Map.entry("MEST", 120), Map.entry("EET", 120), Map.entry("EEST", 180),
            Map.entry("MSK", 180), Map.entry("IST", 330), Map.entry("HKT", 480), Map.entry("SGT", 480),
            Map.entry("KST", 540), Map.entry("JST", 540), Map.entry("AEST", 600), Map.entry("AEDT", 660),
            Map.entry("AT", -240), Map.entry("AST", -240), Map.entry("ADT", -180), Map.entry("ET", -300),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CT", -360), Map.entry("CST", -360),
            Map.entry("CDT", -300), Map.entry("MT", -420), Map.entry("MST", -420), Map.entry("MDT", -360),
            Map.entry("PT", -480), Map.entry("PST", -480), Map.entry("PDT", -420));
    /** Month names by their first letters (English, Greek, Hungarian); a name must start with one of these. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("ιαν", 1), Map.entry("φεβ", 2), Map.entry("μάρ", 3), Map.entry("μαρ", 3), Map.entry("μάώ", 3),
            Map.entry("μαώ", 3), Map.entry("απρ", 4), Map.entry("μάι", 5), Map.entry("μαϊ", 5), Map.entry("μαι", 5),
            Map.entry("ιούν", 6), Map.entry("ιον", 6), Map.entry("ιούλ", 7), Map.entry("ιολ", 7), Map.entry("αύγ", 8),
            Map.entry("αυγ", 8), Map.entry("σεπ", 9), Map.entry("οκτ", 10), Map.entry("νοέ", 11), Map.entry("νοε", 11),
            Map.entry("δεκ", 12), Map.entry("január", 1), Map.entry("február", 2), Map.entry("március", 3),
            Map.entry("április", 4), Map.entry("május", 5), Map.entry("június", 6), Map.entry("július", 7),
            Map.entry("augusztus", 8), Map.entry("szeptember", 9), Map.entry("október", 10),
            Map.entry("november", 11), Map.entry("december", 12));
    private static final Pattern HUNGARIAN = Pattern.compile("(\\d{4})-(\\p{L}+)-");

    private FeedDates() {
    }

    /** The instant, or null when absent or not understood. */
    static Instant parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replace(',', ' ').replaceAll("\\s+", " ");
        Matcher hu = HUNGARIAN.matcher(s);
        if (hu.lookingAt() && month(hu.group(2)) != null) {
            s = hu.group(1) + "-" + month(hu.group(2)) + "-" + s.substring(hu.end());
        }
        try {
            Matcher m;
            if ((m = ISO.matcher(s)).matches()) {
                return at(num(m.group(1)), m.group(2) == null ? 1 : num(m.group(2)),
                        m.group(3) == null ? 1 : num(m.group(3)), m, 4, m.group(7));
            }
            if ((m = RFC822.matcher(s)).matches()) {
                return at(year(m.group(3)), month(m.group(2)), num(m.group(1)), m, 4, m.group(7));
            }
            if ((m = MONTH_FIRST.matcher(s)).matches() && (m.group(3) == null) != (m.group(8) == null)) {
                return at(num(m.group(3) != null ? m.group(3) : m.group(8)), month(m.group(1)), num(m.group(2)), m, 4,
                        m.group(7));
            }
            if ((m = PERFORCE.matcher(s)).matches()) {
                return at(num(m.group(1)), num(m.group(2)), num(m.group(3)), m, 4, m.group(7));
            }
            if ((m = KOREAN.matcher(s)).matches()) {
                int hour = num(m.group(5)) % 12 + ("오후".equals(m.group(4)) ? 12 : 0);
                hour = m.group(4) == null ? num(m.group(5)) : hour;
                return LocalDateTime.of(num(m.group(1)), num(m.group(2)), num(m.group(3)), hour, num(m.group(6)),
                        m.group(7) == null ? 0 : num(m.group(7))).toInstant(KST);
            }
        } catch (DateTimeException | NullPointerException outOfRangeOrUnknownName) {
            return null;
        }
        return null;
    }

    /** The date with the time in groups {@code t}..{@code t+2} (all optional) at the zone. */
    private static Instant at(int year, Integer month, int day, Matcher m, int t, String zone) {
        LocalDateTime local = LocalDateTime.of(year, month, day, m.group(t) == null ? 0 : num(m.group(t)),
                m.group(t + 1) == null ? 0 : num(m.group(t + 1)), m.group(t + 2) == null ? 0 : num(m.group(t + 2)));
        return local.toInstant(offset(zone));
    }

    /** Null zone is UTC; a named zone must be known; GMT+hh:mm and numeric offsets are read. */
    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        String z = zone.toUpperCase(Locale.ROOT);
        Matcher numeric = Pattern.compile("(?:GMT|UTC|UT)?([+-])(\\d{1,2}):?(\\d{2})?").matcher(z);
        if (numeric.matches()) {
            int minutes = num(numeric.group(2)) * 60 + (numeric.group(3) == null ? 0 : num(numeric.group(3)));
            return ZoneOffset.ofTotalSeconds((numeric.group(1).equals("-") ? -60 : 60) * minutes);
        }
        Integer minutes = ZONES.get(z);
        if (minutes == null) {
            throw new DateTimeException("unknown zone " + zone);
        }
        return ZoneOffset.ofTotalSeconds(minutes * 60);
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int len = Math.min(n.length(), 9); len >= 3; len--) {
            Integer m = MONTHS.get(n.substring(0, len));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static int year(String digits) {
        int y = num(digits);
        return digits.length() == 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
