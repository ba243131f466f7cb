package newswatch.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import newswatch.ingest.http.FetchResult.Outcome;

/** Turns a robots.txt fetch into rules the way RFC 9309 section 2.3.1 asks. */
final class RobotsRules {
    private RobotsRules() {
    }

    /** The product token robots.txt groups are matched against: "Newswatch/0.1 (...)" gives "newswatch". */
    static String agentName(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    static BaseRobotRules from(FetchResult robots, String robotsUrl, String agent) {
        if (robots.ok()) {
            return new SimpleRobotRulesParser().parseContent(robotsUrl, robots.body(),
                    robots.contentType() == null ? "text/plain" : robots.contentType(), List.of(agent));
        }
        // A refused origin stays refused: the page request goes through the same guard and reports BLOCKED itself.
        if (robots.outcome() == Outcome.BLOCKED) {
            return new SimpleRobotRules(RobotRulesMode.ALLOW_ALL);
        }
        // 4xx ("unavailable") means no rules; an unreachable or failing server means assume everything is disallowed.
        if (robots.outcome() == Outcome.HTTP_ERROR && robots.status() >= 400 && robots.status() < 500) {
            return new SimpleRobotRules(RobotRulesMode.ALLOW_ALL);
        }
        return new SimpleRobotRules(RobotRulesMode.ALLOW_NONE);
    }

    /** Crawl-delay when the file sets one, else null. */
    static Duration crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? null : Duration.ofMillis(ms);
    }
}
