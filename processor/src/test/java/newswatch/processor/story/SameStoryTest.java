package newswatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newswatch.common.json.Json;
import org.junit.jupiter.api.Test;

class SameStoryTest {
    @Test
    void aWireStoryRepublishedWithNewIntroBylineAndNoRelatedLinesOrBoilerplateIsTheSameStory() {
        assertSame("soldier-wire", "soldier-copy");
    }

    @Test
    void aKoreanWireStoryWithADatelineAndBylineAddedIsTheSameStory() {
        assertSame("korean-wire", "korean-copy");
    }

    @Test
    void aTrimmedCopyUnderTheSameTitleIsTheSameStory() {
        TextSignature wire = sign("soldier-wire");
        TextSignature trimmed = sign("soldier-trimmed");
        assertThat(MinHasher.jaccard(wire.minHash(), trimmed.minHash())).as("too short a copy for Jaccard alone").isLessThan(0.5);
        assertThat(SameStory.similarity(wire, trimmed)).isPositive();
    }

    @Test
    void theSameEventWrittenIndependentlyIsNotACopy() {
        assertDistinct("soldier-wire", "soldier-own-report");
        assertDistinct("soldier-copy", "soldier-own-report");
    }

    @Test
    void differentDefectionStoriesInTheSameVocabularyAreDistinct() {
        assertDistinct("soldier-wire", "diplomat-defects");
        assertDistinct("soldier-wire", "arrivals-figures");
    }

    @Test
    void storiesEndingWithTheSameStockParagraphAreDistinctEvenUnderOneTitle() {
        StoryTexts diplomat = StoryTexts.load("diplomat-defects");
        StoryTexts arrivals = StoryTexts.load("arrivals-figures");
        String title = "North Korean defectors: latest";

        assertThat(SameStory.similarity(MinHasher.sign(title, diplomat.text()), MinHasher.sign(title, arrivals.text()))).isNegative();
    }

    @Test
    void twoEventsReportedFromOneTemplateUnderOneHeadlineAreDistinct() {
        TextSignature march = sign("missile-march");
        TextSignature june = sign("missile-june");
        assertThat(march.title()).isEqualTo(june.title());
        assertThat(SameStory.containment(march, june, MinHasher.jaccard(march.minHash(), june.minHash())))
                .as("most of the shorter text is stock phrasing").isGreaterThan(0.5);
        assertThat(march.numbers()).containsExactly("tuesday", "7", "10", "350");

        assertThat(SameStory.similarity(march, june)).isNegative();
    }

    @Test
    void copiesKeepTheirNumbersWhileOtherEventsDoNot() {
        assertThat(SameStory.factsAgree(sign("soldier-wire"), sign("soldier-copy"))).isTrue();
        assertThat(SameStory.factsAgree(sign("soldier-wire"), sign("soldier-trimmed"))).isTrue();
        assertThat(SameStory.factsAgree(sign("korean-wire"), sign("korean-copy"))).isTrue();
        assertThat(SameStory.factsAgree(sign("missile-march"), sign("missile-june"))).isFalse();
    }

    @Test
    void eventsFromOneTemplateDifferingInWeekdayAndOrdinalInWordsAreDistinct() {
        String template = "North Korea fired a short-range ballistic missile off its east coast on %s morning, South "
                + "Korea's Joint Chiefs of Staff said in a text message to reporters. The missile flew about 600 km "
                + "before falling into the sea outside Japan's exclusive economic zone, officials said. It was the "
                + "%s launch this %s, and the military said it was analysing the flight data with its allies.";
        TextSignature thursday = MinHasher.sign("North Korea fires ballistic missile into East Sea",
                String.format(template, "Thursday", "third", "month"));
        TextSignature saturday = MinHasher.sign("North Korea fires ballistic missile toward East Sea",
                String.format(template, "Saturday", "fifth", "year"));

        assertThat(MinHasher.jaccard(thursday.minHash(), saturday.minHash())).isGreaterThan(SameStory.MIN_JACCARD);
        assertThat(thursday.numbers()).contains("thursday", "600", "third");
        assertThat(SameStory.similarity(thursday, saturday)).isNegative();
    }

    @Test
    void anExcerptUnderARewrittenHeadlineIsMissedRatherThanRiskAFalseMerge() {
        assertDistinct("soldier-wire", "soldier-short");
    }

    @Test
    void textsTooShortToJudgeAreNeverMergedEvenWhenIdentical() {
        TextSignature a = MinHasher.sign("Defector arrives in Seoul", "A North Korean defector arrived in Seoul on Tuesday.");
        assertThat(a.shingles()).isLessThan(SameStory.MIN_SHINGLES);
        assertThat(SameStory.similarity(a, a)).isNegative();
    }

    @Test
    void noTwoArticlesOfTheClassifierEvaluationSetsAreTakenForCopies() throws Exception {
        List<TextSignature> signatures = new ArrayList<>();
        List<Path> files;
        try (var listing = Files.list(Path.of("src/test/resources/eval"))) {
            files = listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                JsonNode item = Json.MAPPER.readTree(line);
                signatures.add(MinHasher.sign(item.get("title").asText(), item.get("text").asText()));
            }
        }
        // The sets hold hundreds of items on the same few subjects in the same vocabulary, templated reports of
        // different events, and a few paraphrased write-ups of one announcement; none is merged (the paraphrases,
        // J ≈ 0.27, are missed: the safe direction).
        for (int i = 0; i < signatures.size(); i++) {
            for (int j = i + 1; j < signatures.size(); j++) {
                assertThat(SameStory.similarity(signatures.get(i), signatures.get(j))).as("pair %d, %d", i, j).isNegative();
            }
        }
    }

    @Test
    void signaturesAreDeterministicSoStoredOnesStayComparable() {
        TextSignature a = sign("soldier-wire");
        TextSignature b = sign("soldier-wire");
        assertThat(b.minHash()).containsExactly(a.minHash());
        assertThat(a.title()).isEqualTo("north korean soldier defects across central front line military says");
        // pins the hash functions: a change here silently stops new copies from matching stored stories
        assertThat(a.minHash()[0]).isEqualTo(PINNED_FIRST_SLOT);
    }

    static final int PINNED_FIRST_SLOT = 3_038_135;

    private static void assertSame(String a, String b) {
        assertThat(SameStory.similarity(sign(a), sign(b))).as(a + " ~ " + b).isGreaterThanOrEqualTo(SameStory.MIN_JACCARD);
    }

    private static void assertDistinct(String a, String b) {
        assertThat(SameStory.similarity(sign(a), sign(b))).as(a + " vs " + b).isNegative();
    }

    private static TextSignature sign(String name) {
        return StoryTexts.load(name).signature();
    }
}
