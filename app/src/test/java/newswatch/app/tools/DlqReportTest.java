package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import newswatch.common.json.Json;
import newswatch.common.model.DeadLetter;
import org.junit.jupiter.api.Test;

class DlqReportTest {
    static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    static DlqEntry entry(String stage, String error, String payload, Instant at, int dlqPartition, long dlqOffset) {
        return new DlqEntry(new DeadLetter(DeadLetter.SCHEMA_VERSION, stage, "newswatch.articles", 3, 42, "k1", error,
                payload, at), dlqPartition, dlqOffset);
    }

    @Test
    void aLineHoldsTimeStageSourceKeyAndTheErrorOnOneLine() {
        String line = DlqReport.line(entry("validate", "article has no text\n\tat Foo.bar(Foo.java:1)", "{}", AT, 0, 7));

        assertThat(line).isEqualTo("2026-11-28T12:00:00Z  validate    newswatch.articles-3@42  key=k1"
                + "  article has no text at Foo.bar(Foo.java:1)");
    }

    @Test
    void aLongErrorIsShortenedAndAMissingKeyShownAsADash() {
        DlqEntry e = new DlqEntry(new DeadLetter(1, "sink", "newswatch.alerts", 0, 1, null, "x".repeat(300), null, AT), 0, 0);

        String line = DlqReport.line(e);

        assertThat(line).contains("key=-").endsWith("x".repeat(DlqReport.ERROR_WIDTH - 1) + "…");
    }

    @Test
    void jsonCarriesTheWholeDeadLetterAndItsPlaceOnTheDlq() throws Exception {
        JsonNode node = Json.MAPPER.readTree(DlqReport.json(entry("sink", "HTTP 404: gone", "{\"a\":1}", AT, 5, 99)));

        assertThat(node.get("stage").asText()).isEqualTo("sink");
        assertThat(node.get("topic").asText()).isEqualTo("newswatch.articles");
        assertThat(node.get("partition").asInt()).isEqualTo(3);
        assertThat(node.get("offset").asLong()).isEqualTo(42);
        assertThat(node.get("key").asText()).isEqualTo("k1");
        assertThat(node.get("payload").asText()).isEqualTo("{\"a\":1}");
        assertThat(node.get("at").asText()).isEqualTo("2026-11-28T12:00:00Z");
        assertThat(node.get("dlqPartition").asInt()).isEqualTo(5);
        assertThat(node.get("dlqOffset").asLong()).isEqualTo(99);
    }

    @Test
    void theErrorClassEndsAtTheFirstColonOrAfterSixtyChars() {
        assertThat(DlqReport.errorClass("org.apache.kafka.common.errors.SerializationException: bad byte at 3"))
                .isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(DlqReport.errorClass("article has no text")).isEqualTo("article has no text");
        assertThat(DlqReport.errorClass("y".repeat(80) + ": z")).isEqualTo("y".repeat(60));
        assertThat(DlqReport.errorClass(null)).isEqualTo("(no error)");
    }

    @Test
    void theSummaryCountsByStageAndErrorClassMostFrequentFirst() {
        List<DlqEntry> selected = List.of(
                entry("validate", "article has no text", "{}", AT, 0, 1),
                entry("deserialize", "SerializationException: bad json", "{", AT, 0, 2),
                entry("deserialize", "SerializationException: truncated", "{", AT, 1, 1));
        StringWriter text = new StringWriter();

        DlqReport.summary(new PrintWriter(text, true), "newswatch.dlq", 5, 1, selected, 2);

        assertThat(text.toString().lines().toList()).containsExactly(
                "3 of 5 dead letters on newswatch.dlq selected, the newest 2 shown; 1 unreadable DLQ records ignored",
                "by stage:",
                "       2  deserialize",
                "       1  validate",
                "by error:",
                "       2  SerializationException",
                "       1  article has no text");
    }
}
