package newswatch.common.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@link Settings} from the shipped defaults, an optional YAML file, the environment and flags.
 * Keys not in the defaults are rejected (a typo must not be ignored), except pass-through {@code kafka.*} keys.
 */
public final class ConfigLoader {
    static final String DEFAULTS = "/newswatch/newswatch.yaml";
    private static final String ENV_PREFIX = "NEWSWATCH_";
    private static final String KAFKA_PREFIX = "kafka.";
    /** Variables read by the launcher and the logging set-up, not configuration keys. */
    private static final List<String> RESERVED_ENV = List.of("NEWSWATCH_LOG_", "NEWSWATCH_JAVA_OPTS", "NEWSWATCH_HOME");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    /**
     * @param file      YAML overrides, or null
     * @param env       environment variables (System.getenv() in production)
     * @param overrides flag values by dotted key
     */
    public static Settings load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, Object> values = defaults();
        if (file != null) {
            Map<String, Object> fromFile = flatten(read(file));
            fromFile.forEach((k, v) -> put(values, k, v, "file " + file));
        }
        env.forEach((name, v) -> {
            if (name.startsWith(ENV_PREFIX) && RESERVED_ENV.stream().noneMatch(name::startsWith)) {
                put(values, keyForEnv(values, name), v, "environment variable " + name);
            }
        });
        overrides.forEach((k, v) -> put(values, k, v, "command line"));
        return new Settings(values);
    }

    public static Settings defaultsOnly() {
        return new Settings(defaults());
    }

    private static Map<String, Object> defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("defaults " + DEFAULTS + " missing from the classpath");
            }
            return flatten(YAML.readValue(in, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped defaults " + DEFAULTS, e);
        }
    }

    private static void put(Map<String, Object> values, String key, Object value, String origin) {
        if (!values.containsKey(key) && !key.startsWith(KAFKA_PREFIX)) {
            throw new ConfigException(key, "unknown key (from " + origin + "); see conf/newswatch.yaml for the keys");
        }
        values.put(key, value);
    }

    /** NEWSWATCH_INGEST_POLL_INTERVAL names ingest.poll-interval; unknown NEWSWATCH_KAFKA_X_Y becomes kafka.x.y. */
    static String keyForEnv(Map<String, Object> known, String envName) {
        String rest = envName.substring(ENV_PREFIX.length());
        for (String key : known.keySet()) {
            if (key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_').equals(rest)) {
                return key;
            }
        }
        return rest.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static Map<?, ?> read(Path file) {
        try {
            Object parsed = YAML.readValue(Files.readAllBytes(file), Object.class);
            if (parsed == null) {
                return Map.of();
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new ConfigException(file.toString(), "expected a YAML mapping at the top level");
            }
            return map;
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static Map<String, Object> flatten(Map<?, ?> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", tree, out);
        return out;
    }

    private static void flatten(String prefix, Map<?, ?> tree, Map<String, Object> out) {
        tree.forEach((k, v) -> {
            String key = prefix + k;
            if (v instanceof Map<?, ?> m) {
                flatten(key + ".", m, out);
            } else if (v instanceof List<?> l) {
                out.put(key, List.copyOf(l.stream().map(String::valueOf).toList()));
            } else {
                out.put(key, v == null ? "" : v.toString());
            }
        });
    }
}
