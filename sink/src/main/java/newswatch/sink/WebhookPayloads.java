package newswatch.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import newswatch.common.config.SinkConfig;
import newswatch.common.config.Webhook;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.model.TermMatch;

/** The request bodies: the alert itself as JSON, or a Slack-compatible {@code {"text": ...}} line. */
final class WebhookPayloads {
    private WebhookPayloads() {
    }

    static byte[] body(Webhook.Format format, Alert alert) {
        String json = switch (format) {
            case json -> Json.write(alert);
            case slack -> slackJson(alert);
        };
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One message for many alerts: {@code {"digest": true, "period": "PT1H", "until": ..., "count": n, "alerts": [...]}},
     * or for Slack one text with a heading and one line per alert.
     */
    static byte[] digest(Webhook.Format format, Duration period, Instant until, List<Alert> alerts) {
        String json;
        if (format == Webhook.Format.slack) {
            String heading = String.format(Locale.ROOT, "*Newswatch digest*: %d alert%s (every %s, until %s)",
                    alerts.size(), alerts.size() == 1 ? "" : "s",
                    period.toString().substring(2).toLowerCase(Locale.ROOT), until);
            json = slackJson(heading + "\n" + alerts.stream().map(WebhookPayloads::slackText).collect(Collectors.joining("\n")));
        } else {
            ObjectNode node = Json.MAPPER.createObjectNode();
            node.put("digest", true);
            node.put("period", period.toString());
            node.put("until", until.toString());
            node.put("count", alerts.size());
            ArrayNode list = node.putArray("alerts");
            alerts.forEach(a -> list.add(Json.MAPPER.valueToTree(a)));
            json = Json.write(node);
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String slackJson(Alert alert) {
        return slackJson(slackText(alert));
    }

    private static String slackJson(String text) {
        try {
            return Json.MAPPER.writeValueAsString(Map.of("text", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a Slack payload", e);
        }
    }

    /** One line in Slack's mrkdwn; text from feeds is escaped, so it cannot forge links or mentions. */
    static String slackText(Alert a) {
        var article = a.article();
        String title = escape(article == null || article.title() == null ? "(no title)" : article.title());
        String link = article == null || article.url() == null ? title
                : "<" + article.url().replace("|", "%7C").replace(">", "%3E") + "|" + title + ">";
        String source = article == null || article.source() == null ? "" : " (" + escape(article.source()) + ")";
        String why = a.explanation() == null ? "" : a.explanation().matches().stream()
                .map(TermMatch::term).distinct().limit(5).map(WebhookPayloads::escape).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "*%s* %.1f %s: %s%s%s", escape(a.category()), a.score(),
                a.severity() == null ? "" : a.severity().name(), link, source, why.isEmpty() ? "" : " · why: " + why);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
