package newswatch.common.config;

/** Where the health and metrics endpoints listen ({@code ops.*}); port 0 turns them off. */
public record OpsConfig(String host, int port) {
    public boolean enabled() {
        return port > 0;
    }
}
