package newswatch.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names of the JSON Lines files: the current file keeps its configured name ({@code alerts.jsonl}); a rotated one
 * is {@code alerts-YYYY-MM-DD.jsonl}, then {@code alerts-YYYY-MM-DD.1.jsonl}, ... in the same directory.
 */
public final class JsonlFiles {
    private final Path current;
    private final String stem;
    private final String extension;
    private final Pattern rotated;

    JsonlFiles(Path current) {
        this.current = current.toAbsolutePath();
        String name = current.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.stem = dot > 0 ? name.substring(0, dot) : name;
        this.extension = dot > 0 ? name.substring(dot) : "";
        this.rotated = Pattern.compile(Pattern.quote(stem) + "-(\\d{4}-\\d{2}-\\d{2})(?:\\.(\\d+))?" + Pattern.quote(extension));
    }

    Path current() {
        return current;
    }

    /** The first free rotated name for a file written on {@code day}. */
    Path nextRotated(LocalDate day) {
        Path dir = current.getParent();
        Path candidate = dir.resolve(stem + "-" + day + extension);
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = dir.resolve(stem + "-" + day + "." + n + extension);
        }
        return candidate;
    }

    /** The rotated files dated {@code since} or later, oldest first, then the current file: a reader's view of recent alerts. */
    public static List<Path> recent(Path current, LocalDate since) throws IOException {
        JsonlFiles files = new JsonlFiles(current);
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(files.current.getParent())) {
            files.rotatedSince(since).forEach(r -> out.add(r.path()));
        }
        out.add(files.current);
        return out;
    }

    /** A rotated file, its date and its sequence number (0 for the first of the day). */
    record Rotated(Path path, LocalDate day, int n) {
    }

    /** Rotated files dated before {@code day}, oldest first. */
    List<Rotated> rotatedBefore(LocalDate day) throws IOException {
        return rotatedSince(LocalDate.MIN).stream().filter(r -> r.day().isBefore(day)).toList();
    }

    /** Rotated files whose date is {@code since} or later, oldest first. */
    List<Rotated> rotatedSince(LocalDate since) throws IOException {
        List<Rotated> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(current.getParent())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = rotated.matcher(p.getFileName().toString());
                if (m.matches()) {
                    try {
                        LocalDate day = LocalDate.parse(m.group(1));
                        if (!day.isBefore(since)) {
                            found.add(new Rotated(p, day, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
                        }
                    } catch (DateTimeParseException | NumberFormatException e) {
                        // Not one of ours (e.g. alerts-2026-13-99.jsonl): leave it alone.
                    }
                }
            }
        }
        found.sort((a, b) -> a.day().equals(b.day()) ? Integer.compare(a.n(), b.n()) : a.day().compareTo(b.day()));
        return found;
    }
}
