package newswatch.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-body metric of Zyte/Scrapinghub's article-extraction benchmark, as described in
 * {@code shared/eval/SOURCES.md} section 1.
 *
 * <ul>
 *   <li>Tokens are {@code \w+} matches as Python 3's {@code re} finds them on str (Unicode letters,
 *       numbers and underscore), case kept.
 *   <li>Each text becomes a multiset of 4-token shingles. A text with 1 to 3 tokens becomes a single
 *       shingle made of all its tokens (so it can still match a short truth); a text without tokens has no
 *       shingle. The published figures do not constrain this: no truth or kept output has 1 to 3 tokens.
 *   <li>Per document: TP = sum of min(count in truth, count in prediction), FP and FN the excesses.
 *       Precision = TP/(TP+FP), recall = TP/(TP+FN); a document with FP = FN = 0 scores 1 on both.
 *   <li>A prediction without shingles (empty, for a non-empty truth) has no precision: it is left out of
 *       the precision average, and its recall is 0. SOURCES.md does not say this, but it is what reproduces
 *       the published rows of the outputs that contain empty predictions (newspaper4k, news-please, goose3,
 *       Diffbot, dragnet, jusText, go-domdistiller); scoring them as precision 0 or 1 does not.
 *   <li>Precision and recall are then macro-averaged over documents; F1 is computed from the two averages.
 *   <li>Accuracy is the share of documents whose token sequences are equal.
 * </ul>
 */
public final class ScrapinghubScore {

    /** Shingle length. */
    public static final int N = 4;

    /**
     * Python 3's {@code \w} on str: letters (L*), numbers (N*) and the underscore. Java's
     * {@code UNICODE_CHARACTER_CLASS} {@code \w} also takes combining marks (Mn/Mc/Me) and connector
     * punctuation; on the benchmark's Arabic vowel marks that moves trafilatura's recall from 0.97752 to
     * 0.97749 and its F1 from 0.95750 (published 0.958) to 0.95748.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private ScrapinghubScore() {
    }

    /** One document's scores; {@code precision} is NaN when the prediction has no shingle. */
    public record DocScore(double precision, double recall, boolean exact) {
    }

    /** Corpus-level scores. */
    public record Result(int documents, double precision, double recall, double f1, double accuracy) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "docs=%d P=%.5f R=%.5f F1=%.5f acc=%.3f",
                    documents, precision, recall, f1, accuracy);
        }
    }

    /** The {@code \w+} tokens of a text ({@code null} counts as empty). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The multiset of {@link #N}-token shingles of a token list. */
    public static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int starts = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < starts; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }

    /** Scores one prediction against its truth. */
    public static DocScore score(String truth, String predicted) {
        List<String> trueTokens = tokens(truth);
        List<String> predTokens = tokens(predicted);
        Map<String, Integer> t = shingles(trueTokens);
        Map<String, Integer> p = shingles(predTokens);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int inPred = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inPred);
            fn += Math.max(0, e.getValue() - inPred);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        boolean exact = trueTokens.equals(predTokens);
        if (fp == 0 && fn == 0) {
            return new DocScore(1.0, 1.0, exact);
        }
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        return new DocScore(precision, recall, exact);
    }

    /** Macro-averages document scores (precision over the documents that have one). */
    public static Result aggregate(Collection<DocScore> scores) {
        if (scores.isEmpty()) {
            return new Result(0, 0, 0, 0, 0);
        }
        double p = scores.stream().mapToDouble(DocScore::precision).filter(x -> !Double.isNaN(x)).average().orElse(0);
        double r = scores.stream().mapToDouble(DocScore::recall).average().orElse(0);
        double acc = scores.stream().filter(DocScore::exact).count() / (double) scores.size();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Result(scores.size(), p, r, f1, acc);
    }

    /**
     * Scores predictions by document id against the truth; a document missing from {@code predicted}
     * counts as an empty prediction, ids not in {@code truth} are ignored.
     */
    public static Result evaluate(Map<String, String> truth, Map<String, String> predicted) {
        List<DocScore> scores = new ArrayList<>();
        truth.forEach((id, text) -> scores.add(score(text, predicted.getOrDefault(id, ""))));
        return aggregate(scores);
    }
}
