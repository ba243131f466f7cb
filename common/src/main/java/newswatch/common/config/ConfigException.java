package newswatch.common.config;

/** A configuration value that is missing or wrong; the message names the key. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String key, String problem) {
        super("config key '" + key + "': " + problem);
    }
}
