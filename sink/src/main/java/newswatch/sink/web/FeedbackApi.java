package newswatch.sink.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import newswatch.common.json.Json;
import newswatch.common.model.Alert;
import newswatch.common.model.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/feedback} with {@code {"alertId": "...", "relevant": true|false, "note"?: "..."}}: the alert must be
 * one the page shows; its category and story are added and the judgement is published. 202 once stored.
 */
final class FeedbackApi {
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackApi.class);
    private static final int MAX_FEEDBACK_BYTES = 4_096;
    private static final int MAX_NOTE = 1_000;

    private final AlertIndex index;
    private final FeedbackPublisher publisher;
    private final Clock clock;

    FeedbackApi(AlertIndex index, FeedbackPublisher publisher, Clock clock) {
        this.index = index;
        this.publisher = publisher;
        this.clock = clock;
    }

    void handle(HttpExchange ex) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        // JSON only: a cross-site form cannot send it without a CORS preflight, which this server never grants
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")
                || "cross-site".equals(ex.getRequestHeaders().getFirst("Sec-Fetch-Site"))) {
            HttpIo.error(ex, 415, "send application/json from the page");
            return;
        }
        byte[] body = HttpIo.body(ex, MAX_FEEDBACK_BYTES);
        if (body == null) {
            HttpIo.error(ex, 413, "feedback too large");
            return;
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            HttpIo.error(ex, 400, "body is not JSON");
            return;
        }
        JsonNode id = json == null ? null : json.get("alertId");
        JsonNode relevant = json == null ? null : json.get("relevant");
        JsonNode note = json == null ? null : json.get("note");
        if (id == null || !id.isTextual() || relevant == null || !relevant.isBoolean()
                || (note != null && !note.isNull() && (!note.isTextual() || note.asText().length() > MAX_NOTE))) {
            HttpIo.error(ex, 400, "expected {\"alertId\": string, \"relevant\": true|false, \"note\"?: string}");
            return;
        }
        Alert alert = index.get(id.asText()).orElse(null);
        if (alert == null) {
            HttpIo.error(ex, 404, "unknown alert");
            return;
        }
        Feedback feedback = new Feedback(Feedback.SCHEMA_VERSION, alert.alertId(), alert.category(), alert.storyId(),
                relevant.asBoolean(), note == null || note.isNull() || note.asText().isBlank() ? null : note.asText(),
                "web", clock.instant());
        try {
            publisher.publish(feedback);
        } catch (IOException e) {
            LOG.warn("feedback on alert {} not stored: {}", alert.alertId(), e.toString());
            HttpIo.error(ex, 503, "feedback not stored, try again");
            return;
        }
        HttpIo.json(ex, 202, SafeJson.write(Map.of("stored", true)));
    }
}
