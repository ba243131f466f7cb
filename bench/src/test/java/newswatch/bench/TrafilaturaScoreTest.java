package newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrafilaturaScoreTest {

    @Test
    void countsSegmentsFoundAndMissedAcrossDocuments() {
        var score = new TrafilaturaScore();
        score.add("Die GEMA dreht\n\n völlig am Zeiger!  Impressum",
                List.of("Die GEMA dreht völlig am Zeiger!", "http://www.openpetition.de"),
                List.of("31. Mai", "Impressum"));
        score.add("Body text only.", List.of("Body  text"), List.of("Cookie banner"));

        assertThat(score.truePositives()).isEqualTo(2);
        assertThat(score.falseNegatives()).isEqualTo(1);
        assertThat(score.falsePositives()).isEqualTo(1);
        assertThat(score.trueNegatives()).isEqualTo(2);
        assertThat(score.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.accuracy()).isCloseTo(4 / 6.0, within(1e-9));
    }

    @Test
    void failedExtractionCountsAsEmptyOutput() {
        var score = new TrafilaturaScore();
        score.add(null, List.of("a", "b"), List.of("c"));

        assertThat(score.falseNegatives()).isEqualTo(2);
        assertThat(score.trueNegatives()).isEqualTo(1);
        assertThat(score.f1()).isZero();
    }

    @Test
    void normalisesUnicodeWhitespace() {
        assertThat(TrafilaturaScore.normalise(" a\u00a0\tb \n c ")).isEqualTo("a b c");
    }
}
