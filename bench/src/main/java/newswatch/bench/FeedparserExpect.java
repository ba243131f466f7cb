package newswatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import newswatch.ingest.feed.FeedItem;
import newswatch.ingest.feed.ParsedFeed;

/**
 * A tiny evaluator for the common forms of feedparser's {@code Expect:} expressions:
 * {@code [not bozo and] LHS == 'string' [and LHS == 'string' ...]}, LHS being {@code feed['title'|'link']}
 * or {@code entries[N]['title'|'link'|'id'|'summary'|'description'|'author']}; strings are Python literals
 * ({@code u}-prefixed or not, single or double quotes, {@code \\uXXXX}/{@code \\xXX}/{@code \\n}-style escapes).
 * {@code not bozo} is ignored (our parser has no well-formedness flag). Anything else is "not evaluated".
 * Feedparser's {@code summary}/{@code description} hold sanitised HTML: they are compared with our plain-text
 * summary as {@link FeedChecks#sameText} does.
 */
final class FeedparserExpect {

    private static final Map<String, BiFunction<ParsedFeed, Integer, String>> FIELDS = Map.of(
            "feed.title", (f, i) -> f.title(),
            "feed.link", (f, i) -> f.link(),
            "entries.title", (f, i) -> item(f, i) == null ? null : item(f, i).title(),
            "entries.link", (f, i) -> item(f, i) == null ? null : item(f, i).link(),
            "entries.id", (f, i) -> item(f, i) == null ? null : item(f, i).id(),
            "entries.summary", (f, i) -> item(f, i) == null ? null : item(f, i).summary(),
            "entries.description", (f, i) -> item(f, i) == null ? null : item(f, i).summary(),
            "entries.author", (f, i) -> item(f, i) == null ? null : item(f, i).author());

    private record Clause(String field, int index, String expected) {
    }

    private final String s;
    private int pos;

    private FeedparserExpect(String s) {
        this.s = s;
    }

    /** The check for an expression, or null when the expression uses anything this evaluator does not know. */
    static FeedCase.Check parse(String expression, String feedUrl) {
        List<Clause> clauses;
        try {
            clauses = new FeedparserExpect(expression.strip()).clauses();
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        if (clauses == null || clauses.isEmpty()) {
            return null;
        }
        return feed -> {
            for (Clause c : clauses) {
                if (c.field.startsWith("entries") && c.index >= feed.items().size()) {
                    return "entries[" + c.index + "]: missing, feed has " + feed.items().size() + " items";
                }
                String actual = FIELDS.get(c.field).apply(feed, c.index);
                boolean ok = c.field.endsWith("link") ? FeedChecks.sameLink(actual, c.expected, feedUrl)
                        : FeedChecks.sameText(actual, c.expected);
                if (!ok) {
                    return c.field.replace(".", "[" + c.index + "].") + ": expected '" + c.expected + "', got '" + actual + "'";
                }
            }
            return null;
        };
    }

    private static FeedItem item(ParsedFeed f, int i) {
        return i < f.items().size() ? f.items().get(i) : null;
    }

    private List<Clause> clauses() {
        List<Clause> out = new ArrayList<>();
        while (true) {
            if (eat("not bozo")) {
                // ignored: no well-formedness flag in our model
            } else {
                Clause c = clause();
                if (c == null) {
                    return null;
                }
                out.add(c);
            }
            if (pos == s.length()) {
                return out;
            }
            if (!eat(" and ")) {
                return null;
            }
        }
    }

    private Clause clause() {
        String scope;
        int index = 0;
        if (eat("feed")) {
            scope = "feed";
        } else if (eat("entries[")) {
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos || pos - start > 4) {
                return null;
            }
            index = Integer.parseInt(s.substring(start, pos));
            if (!eat("]")) {
                return null;
            }
            scope = "entries";
        } else {
            return null;
        }
        if (!eat("['")) {
            return null;
        }
        int end = s.indexOf("']", pos);
        if (end < 0) {
            return null;
        }
        String field = scope + "." + s.substring(pos, end);
        pos = end + 2;
        if (!FIELDS.containsKey(field) || !eat(" == ")) {
            return null;
        }
        String value = string();
        return value == null ? null : new Clause(field, index, value);
    }

    /** A Python string literal at the cursor. */
    private String string() {
        eat("u");
        if (pos >= s.length() || (s.charAt(pos) != '\'' && s.charAt(pos) != '"')) {
            return null;
        }
        char quote = s.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\' || pos >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> out.appendCodePoint(hex(2));
                case 'u' -> out.appendCodePoint(hex(4));
                case 'U' -> out.appendCodePoint(hex(8));
                default -> out.append(e);
            }
        }
        return null;
    }

    private int hex(int digits) {
        if (pos + digits > s.length()) {
            pos = s.length();
            return '?';
        }
        int v = Integer.parseInt(s.substring(pos, pos + digits), 16);
        pos += digits;
        return v;
    }

    private boolean eat(String token) {
        if (s.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }
}
