package newswatch.processor.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SemanticTest {
    static final String RULES = """
            version: 1
            semantic: {enabled: true, weight: 0.5, low: 0.3, high: 0.6}
            categories:
              defection:
                threshold: 3
                exemplars: ["A North Korean soldier defected to South Korea across the border."]
                rules:
                  - {id: soldier, terms: ["soldier"], weight: 2}
            """;

    @Test
    void bonusFollowsTheDocumentedFormula() {
        SemanticSettings s = new SemanticSettings(true, 0.5, 0.3, 0.6, 1000);
        assertThat(s.bonus(0.2, 3)).isZero();
        assertThat(s.bonus(0.45, 3)).isCloseTo(0.75, within(1e-9));
        assertThat(s.bonus(0.9, 3)).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void similarityLiftsARuleMatchButNeverFlagsAlone() {
        Classifier c = new Classifier(RuleSet.parse(RULES, "test"));
        CategoryResult near = c.classify("Soldier crosses the DMZ", "A soldier from the North walked across the border to the South.", "en")
                .results().get("defection");
        assertThat(near.semanticScore()).isGreaterThan(0.5);
        assertThat(near.score()).isGreaterThan(3.0);
        assertThat(near.flagged()).isTrue();

        CategoryResult far = c.classify("Football", "The soldier scored twice as the club won the cup final.", "en")
                .results().get("defection");
        assertThat(far.semanticScore()).isLessThan(near.semanticScore());
        assertThat(far.score()).isLessThan(near.score());

        CategoryResult none = c.classify("Defection story", "A diplomat from the North defected to the South.", "en")
                .results().get("defection");
        assertThat(none.score()).isZero();
        assertThat(none.semanticScore()).isNull();
    }

    @Test
    void canBeSwitchedOffInTheFileOrByTheCaller() {
        RuleSet off = RuleSet.parse(RULES.replace("enabled: true", "enabled: false"), "test");
        assertThat(off.semanticEnabled()).isFalse();
        assertThat(new Classifier(off).classify(null, "A soldier defected.", "en").results().get("defection").semanticScore()).isNull();
        assertThat(new Classifier(RuleSet.parse(RULES, "test"), false).classify(null, "A soldier defected.", "en")
                .results().get("defection").score()).isEqualTo(2.0);
        assertThatThrownBy(() -> RuleSet.parse(RULES.replace("low: 0.3", "low: 0.7"), "x")).hasMessageContaining("'high' must be above 'low'");
    }
}
