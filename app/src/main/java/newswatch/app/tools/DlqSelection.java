package newswatch.app.tools;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import newswatch.common.config.ConfigException;
import newswatch.common.config.Settings;

/** Which dead letters a command acts on: one stage (or all) written at or after an instant (or ever). */
record DlqSelection(String stage, Instant since) {

    boolean matches(DlqEntry entry) {
        if (stage != null && !stage.equals(entry.letter().stage())) {
            return false;
        }
        return since == null || (entry.letter().at() != null && !entry.letter().at().isBefore(since));
    }

    /** {@code --since} as a duration back from {@code now} (24h, 7d) or an ISO instant; null stays null. */
    static Instant since(String text, Instant now) {
        if (text == null) {
            return null;
        }
        if (text.contains("T")) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(invalid(text));
            }
        }
        try {
            return now.minus(Settings.parseDuration("--since", text));
        } catch (ConfigException e) {
            throw new IllegalArgumentException(invalid(text));
        }
    }

    private static String invalid(String text) {
        return "--since expects a duration back from now (30m, 24h, 7d) or an instant (2026-11-28T12:00:00Z), got '"
                + text + "'";
    }
}
