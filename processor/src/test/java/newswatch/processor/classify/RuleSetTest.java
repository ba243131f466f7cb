package newswatch.processor.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
    static final String MINIMAL = """
            version: 7
            categories:
              defection:
                threshold: 2
                rules:
                  - id: noun
                    terms: ["defector*"]
                    weight: 2
              human-rights:
                threshold: 3
                rules:
                  - id: camps
                    near: {a: ["prison*"], b: ["camp*"], within: 2}
                    weight: 3
            """;

    @Test
    void keepsCategoriesInFileOrderAndVersionsTheContent() {
        RuleSet rules = RuleSet.parse(MINIMAL, "test");
        assertThat(rules.categories()).containsExactly("defection", "human-rights");
        assertThat(rules.version()).matches("7-[0-9a-f]{8}");
        assertThat(RuleSet.parse(MINIMAL + "\n# edited\n", "test").version()).isNotEqualTo(rules.version());
    }

    @Test
    void loadsTheShippedRules() {
        assertThat(RuleSet.load(Path.of("../conf/rules.yaml")).categories()).containsExactly("defection", "human-rights");
    }

    @Test
    void rulesParsedWithThePublishedEntitiesFileHaveTheFilesVersion() throws Exception {
        Path file = Path.of("../conf/rules.yaml");
        RuleSet fromDisk = RuleSet.load(file);
        assertThat(fromDisk.files()).containsOnlyKeys("entities.yaml");

        RuleSet published = RuleSet.parse(Files.readString(file), "topic", fromDisk.files());

        assertThat(published.version()).isEqualTo(fromDisk.version());
        assertThat(published.categories()).isEqualTo(fromDisk.categories());
        assertThatThrownBy(() -> RuleSet.parse(Files.readString(file), "topic", java.util.Map.of()))
                .hasMessageContaining("invalid rules in topic").hasMessageContaining("entities file entities.yaml was not published");
    }

    @Test
    void namesTheFileWhenItCannotBeRead(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> RuleSet.load(missing)).isInstanceOf(RuleSetException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void namesFileCategoryAndRuleOnABadRule(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, MINIMAL.replace("weight: 3", "weight: heavy"));
        assertThatThrownBy(() -> RuleSet.load(file)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("category 'human-rights' rule 'camps'")
                .hasMessageContaining("'weight' must be a number");
    }

    @Test
    void rejectsUnknownKeysSoTyposAreNotIgnored() {
        assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("terms:", "term:"), "f.yaml"))
                .hasMessageContaining("f.yaml").hasMessageContaining("rule #1").hasMessageContaining("unknown key 'term'");
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> RuleSet.parse("categories: [", "x")).isInstanceOf(RuleSetException.class).hasMessageContaining("x");
        assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("threshold: 2", "threshold: 0"), "x"))
                .hasMessageContaining("category 'defection'").hasMessageContaining("threshold");
        assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("\"defector*\"", "\"*defector\""), "x"))
                .hasMessageContaining("rule 'noun'").hasMessageContaining("'*'");
        assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("        terms: [\"defector*\"]\n", ""), "x"))
                .hasMessageContaining("give 'terms', 'near', or an 'all'/'any' group");
        assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("version: 7\n", ""), "x")).hasMessageContaining("'version' is missing");
        assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("human-rights:", "Human Rights:"), "x"))
                .hasMessageContaining("names a topic");
    }

    @Test
    void rejectsDuplicateRuleIds() {
        String dup = MINIMAL.replace("      - id: camps", "      - id: camps\n        terms: [\"gulag\"]\n        weight: 1\n      - id: camps");
        assertThatThrownBy(() -> RuleSet.parse(dup, "x")).hasMessageContaining("rule 'camps': duplicate id");
        assertThatCode(() -> RuleSet.parse(MINIMAL.replace("id: camps", "id: noun"), "x")).doesNotThrowAnyException();
    }

    @Test
    void matchesKoreanTermsAsPrefixesAndLatinOnlyWithStar() {
        RuleSet rules = RuleSet.parse("""
                version: 1
                categories:
                  defection:
                    threshold: 1
                    rules:
                      - {id: ko, terms: ["탈북민"], weight: 1}
                      - {id: exact, terms: ["defect"], weight: 1}
                """, "x");
        Classifier c = new Classifier(rules);
        assertThat(c.classify(null, "탈북민이 증언했다", "ko").results().get("defection").score()).isEqualTo(1.0);
        assertThat(c.classify(null, "He defected.", "en").results().get("defection").score()).isZero();
        assertThat(c.classify(null, "Défect now", "en").results().get("defection").score()).isEqualTo(1.0);
    }
}
