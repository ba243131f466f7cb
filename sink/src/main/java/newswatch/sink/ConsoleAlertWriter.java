package newswatch.sink;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import newswatch.common.model.Alert;
import newswatch.common.model.TermMatch;

/** One readable line per alert for a terminal: category, score, title, source and why. */
public final class ConsoleAlertWriter implements AlertWriter {
    private final PrintStream out;
    private final Set<String> shown = new LinkedHashSet<>();

    public ConsoleAlertWriter(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public synchronized void write(Alert alert) {
        if (shown.add(alert.alertId())) {
            out.println(format(alert));
        }
    }

    public static String format(Alert a) {
        String why = a.explanation() == null ? "" : a.explanation().matches().stream()
                .map(TermMatch::term).distinct().limit(4).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%-13s %5.1f %-6s %s — %s (why: %s)", a.category(), a.score(),
                a.severity(), a.article().title(), a.article().source(), why);
    }
}
