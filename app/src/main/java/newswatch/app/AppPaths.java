package newswatch.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds shipped files (conf/rules.yaml, ...) when the command runs outside the installation directory. */
public final class AppPaths {
    private AppPaths() {
    }

    /** The path as given if it exists; else the same relative path under NEWSWATCH_HOME (set by the launcher). */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        if (Files.exists(p) || p.isAbsolute()) {
            return p;
        }
        String home = System.getenv("NEWSWATCH_HOME");
        if (home != null && Files.exists(Path.of(home).resolve(p))) {
            return Path.of(home).resolve(p).toAbsolutePath();
        }
        return p;
    }
}
