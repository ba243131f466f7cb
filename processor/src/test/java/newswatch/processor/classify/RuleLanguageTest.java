package newswatch.processor.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLanguageTest {
    static final String ENTITIES = """
            version: 1
            entities:
              - {id: north-korea, name: North Korea, kind: place, tags: [dprk], names: ["north korea*", "북한", "北朝鮮"]}
              - {id: thae, name: Thae Yong-ho, kind: person, tags: [dprk], names: ["thae yong ho", "tae yong ho", "태영호"]}
              - {id: jilin, name: Jilin, kind: place, tags: [border], names: ["jilin"]}
            """;

    @TempDir
    Path dir;

    private Classifier classifier(String categories) throws Exception {
        Files.writeString(dir.resolve("entities.yaml"), ENTITIES);
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "version: 1\nentities: entities.yaml\ncategories:\n" + categories);
        return new Classifier(RuleSet.load(rules));
    }

    private double score(Classifier c, String title, String body) {
        return c.classify(title, body, null).results().values().iterator().next().score();
    }

    @Test
    void allAnyNoneGroupsAreArticleConditionsOnATrigger() throws Exception {
        Classifier c = classifier("""
                  defection:
                    threshold: 1
                    rules:
                      - {id: r, terms: ["escaped"], all: ["border"], any: ["china", "laos"], none: ["prison break"], weight: 1}
                """);
        assertThat(score(c, "He escaped", "He crossed the border into China.")).isEqualTo(2.0);
        assertThat(score(c, null, "He escaped across the border into Laos.")).isEqualTo(1.0);
        assertThat(score(c, null, "He escaped across the border.")).isZero();
        assertThat(score(c, null, "He escaped across the border into China in a prison break.")).isZero();
    }

    @Test
    void groupsWithoutTermsAreTheTriggerWithinOneField() throws Exception {
        Classifier c = classifier("""
                  human-rights:
                    threshold: 1
                    rules:
                      - {id: g, all: ["camp"], any: ["guards", "inmates"], weight: 1}
                """);
        assertThat(score(c, null, "Inmates of the camp described the guards.")).isEqualTo(1.0);
        assertThat(score(c, "The camp", "Guards described it.")).isZero();
    }

    @Test
    void entitiesAreFoundByVariantAndGateRules() throws Exception {
        Classifier c = classifier("""
                  defection:
                    threshold: 1
                    requires: {entities: [dprk]}
                    rules:
                      - {id: noun, terms: ["defector*"], weight: 1}
                      - {id: route, terms: ["broker*"], weight: 1, requires: {entities: [dprk, border]}}
                      - {id: open, terms: ["deserter*"], weight: 1, requires: {}}
                """);
        Verdict v = c.classify("Tae Yong Ho speaks", "The former diplomat, a defector, addressed the assembly.", null);
        assertThat(v.entities()).containsExactly("Thae Yong-ho");
        assertThat(v.results().get("defection").score()).isEqualTo(1.0);
        assertThat(score(c, null, "A defector spoke in Jilin.")).isZero();
        assertThat(score(c, null, "A broker in Jilin.")).isEqualTo(1.0);
        assertThat(score(c, null, "Army deserters reached Kazakhstan.")).isEqualTo(1.0);
        assertThat(c.classify(null, "A defector spoke.", null).results().get("defection").negatives())
                .anyMatch(n -> n.startsWith("noun: requires.entities"));
    }

    @Test
    void matchesChineseAndJapaneseCharacterByCharacter() throws Exception {
        Classifier c = classifier("""
                  defection:
                    threshold: 1
                    requires: {entities: [dprk]}
                    rules:
                      - {id: cjk, terms: ["脱北"], weight: 1}
                """);
        Verdict v = c.classify(null, "北朝鮮からの脱北者が保護された", null);
        assertThat(v.entities()).containsExactly("North Korea");
        assertThat(v.results().get("defection").score()).isEqualTo(1.0);
    }

    @Test
    void rejectsUnknownEntitiesAndMissingGazetteer() throws Exception {
        assertThatThrownBy(() -> classifier("""
                  defection:
                    threshold: 1
                    requires: {entities: [nowhere]}
                    rules:
                      - {id: r, terms: ["x"], weight: 1}
                """)).isInstanceOf(RuleSetException.class).hasMessageContaining("unknown entity or tag 'nowhere'");
        assertThatThrownBy(() -> RuleSet.parse("version: 1\nentities: /no/such/entities.yaml\ncategories: {}", "x"))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("cannot read entities file");
    }

    @Test
    void shippedGazetteerKnowsTheVariantsAnalystsUse() {
        Classifier c = new Classifier(RuleSet.load(Path.of("../conf/rules.yaml")));
        assertThat(c.classify(null, "DPRK, 북한, 朝鲜 and Pyongyang; 태영호 and Thae Yong-ho; Camp 15 at Yodok; the Bowibu.", null)
                .entities()).contains("North Korea", "Pyongyang", "Thae Yong-ho", "Camp 15 (Yodok)",
                        "Ministry of State Security (Bowibu)");
    }
}
