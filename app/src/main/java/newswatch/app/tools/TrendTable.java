package newswatch.app.tools;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newswatch.common.model.Trend;

/** The rows {@code newswatch trends} prints: the latest windows, newest first, one row per category. */
final class TrendTable {
    /** The table is for a glance; the full top 10 is on the topic. */
    static final int TOP_SHOWN = 3;
    private static final String ROW = "%-20s  %-14s %7s %7s %7s  %-40s %s%n";

    private TrendTable() {
    }

    /** Rows of the {@code last} most recent window starts (of {@code category} only, when not null). */
    static List<Trend> latest(Collection<Trend> trends, String category, int last) {
        List<Trend> wanted = trends.stream().filter(t -> category == null || category.equals(t.category())).toList();
        Set<Instant> starts = wanted.stream().map(Trend::windowStart).distinct()
                .sorted(Comparator.reverseOrder()).limit(last).collect(Collectors.toSet());
        return wanted.stream().filter(t -> starts.contains(t.windowStart()))
                .sorted(Comparator.comparing(Trend::windowStart).reversed().thenComparing(Trend::category))
                .toList();
    }

    static void print(PrintWriter out, List<Trend> rows) {
        out.printf(ROW, "WINDOW START", "CATEGORY", "STORIES", "COPIES", "SOURCES", "TOP ENTITIES", "TOP TERMS");
        for (Trend t : rows) {
            out.printf(ROW, t.windowStart(), t.category(), t.stories(), t.copies(), t.sources(), top(t.topEntities()), top(t.topTerms()));
        }
        out.flush();
    }

    private static String top(List<Trend.Count> counts) {
        String shown = counts.stream().limit(TOP_SHOWN).map(c -> c.name() + " " + c.stories()).collect(Collectors.joining(", "));
        return counts.size() > TOP_SHOWN ? shown + ", ..." : shown;
    }
}
