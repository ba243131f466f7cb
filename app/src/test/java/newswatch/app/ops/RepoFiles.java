package newswatch.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and reads the deployment files at the repository root, whatever directory the tests run in. */
final class RepoFiles {
    private static final Pattern DEFAULTED_VARIABLE = Pattern.compile("\\$\\{[A-Z0-9_]+:-([^}]*)}");

    private RepoFiles() {
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("Dockerfile"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
    }

    static JsonNode yaml(String name) throws IOException {
        return new YAMLMapper().readTree(root().resolve(name).toFile());
    }

    /** Compose's {@code ${VAR:-default}} with the variable unset: the default. */
    static String interpolate(String value) {
        Matcher m = DEFAULTED_VARIABLE.matcher(value);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
}
