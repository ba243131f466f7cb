package newswatch.common.config;

/**
 * The sink's web page ({@code sink.web.*}).
 *
 * @param token     bearer token every API call must carry; empty: no token (only sensible on loopback)
 * @param maxAlerts how many of the most recent alerts the page keeps in memory for filtering and search
 */
public record WebConfig(boolean enabled, String host, int port, String token, int maxAlerts) {
    static WebConfig from(Settings s) {
        return new WebConfig(s.bool("sink.web.enabled"), s.nonBlank("sink.web.host"),
                s.intBetween("sink.web.port", 0, 65_535), s.string("sink.web.token"),
                s.intBetween("sink.web.max-alerts", 1, 1_000_000));
    }

    /** Hides the token so the record can be logged. */
    @Override
    public String toString() {
        return "WebConfig[enabled=" + enabled + ", host=" + host + ", port=" + port
                + ", token=" + (token.isEmpty() ? "(none)" : "(set)") + ", maxAlerts=" + maxAlerts + "]";
    }
}
