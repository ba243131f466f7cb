package newswatch.processor.classify;

import java.util.Comparator;
import java.util.List;

/** Cuts about {@value #WIDTH} characters around the strongest match, with every match inside wrapped in [[ ]]. */
final class Snippet {
    static final int WIDTH = 200;

    private Snippet() {
    }

    static String around(Field field, Span strongest, List<Span> all) {
        List<Token> tokens = field.tokens();
        String text = field.text();
        int centre = tokens.get(strongest.start()).start();
        int from = Math.max(0, centre - WIDTH / 3);
        int to = Math.min(text.length(), from + WIDTH);
        from = Math.max(0, Math.min(from, to - WIDTH));
        from = wordStart(text, from);
        to = wordEnd(text, to);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append("…");
        }
        int cursor = from;
        List<Span> ordered = all.stream().distinct().sorted(Comparator.comparingInt(Span::start)).toList();
        for (Span s : ordered) {
            int a = tokens.get(s.start()).start();
            int b = tokens.get(s.end() - 1).end();
            if (a < cursor || b > to) {
                continue; // overlapping or outside the window: leave the text as it is
            }
            out.append(text, cursor, a).append("[[").append(text, a, b).append("]]");
            cursor = b;
        }
        out.append(text, cursor, to);
        if (to < text.length()) {
            out.append("…");
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static int wordStart(String text, int i) {
        int limit = Math.max(0, i - 20);
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        int limit = Math.min(text.length(), i + 20);
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
