package newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExtractionEvalTest {

    // Floors sit well below the figures measured when written (see the printed lines): they catch
    // regressions without tuning the extractor to these sets.

    @Test
    void scrapinghubBenchmark() throws Exception {
        Path eval = evalDir();
        var result = ExtractionEval.scrapinghub(eval);
        System.out.println("scrapinghub  " + result);
        assertThat(result.documents()).isEqualTo(181);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.955);
    }

    @Test
    void trafilaturaCorpus() throws Exception {
        Path eval = evalDir();
        var result = ExtractionEval.trafilatura(eval);
        System.out.println("trafilatura  " + result);
        assertThat(result.documents()).isEqualTo(990);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.925);
    }

    @Test
    void readabilityTestPages() throws Exception {
        Path eval = evalDir();
        var result = ExtractionEval.readabilityPages(eval);
        System.out.println("readability  " + result);
        assertThat(result.pages()).isGreaterThan(100);
        assertThat(result.text().f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void languagesAgreeOnPrimarySubtag() {
        assertThat(ExtractionEval.sameLanguage("en-US", "en")).isTrue();
        assertThat(ExtractionEval.sameLanguage(null, "")).isTrue();
        assertThat(ExtractionEval.sameLanguage("de", "en")).isFalse();
    }

    private static Path evalDir() {
        var eval = EvalData.dir();
        assumeTrue(eval.isPresent(), "shared/eval not present");
        return eval.get();
    }

    @Test
    void halvesSplitPositionsIntoEvenAndOdd() {
        assertThat(ExtractionEval.Half.EVEN.holds(0)).isTrue();
        assertThat(ExtractionEval.Half.EVEN.holds(1)).isFalse();
        assertThat(ExtractionEval.Half.ODD.holds(1)).isTrue();
        assertThat(ExtractionEval.Half.ODD.holds(2)).isFalse();
        assertThat(ExtractionEval.Half.ALL.holds(3)).isTrue();
    }
}
