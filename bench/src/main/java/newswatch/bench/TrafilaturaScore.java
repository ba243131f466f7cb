package newswatch.bench;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The segment metric of trafilatura's evaluation corpus ({@code shared/eval/SOURCES.md} section 3).
 *
 * <p>Whitespace runs in the output and in each segment become one space and ends are trimmed; a segment
 * "is found" when it is a substring of the output. A "with" segment found is a true positive, missed a false
 * negative; a "without" segment found is a false positive, absent a true negative. Counts are summed over
 * the corpus (micro-average) with {@link #add}. An extractor failure counts as empty output.
 */
public final class TrafilaturaScore {

    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private long tp;
    private long fn;
    private long fp;
    private long tn;
    private int documents;

    /** Whitespace-normalised text ({@code null} counts as empty). */
    public static String normalise(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Adds one document: its extracted text and its must/must-not segments. */
    public void add(String output, List<String> with, List<String> without) {
        String text = normalise(output);
        documents++;
        for (String segment : with) {
            if (text.contains(normalise(segment))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String segment : without) {
            if (text.contains(normalise(segment))) {
                fp++;
            } else {
                tn++;
            }
        }
    }

    public int documents() {
        return documents;
    }

    public long truePositives() {
        return tp;
    }

    public long falseNegatives() {
        return fn;
    }

    public long falsePositives() {
        return fp;
    }

    public long trueNegatives() {
        return tn;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double accuracy() {
        long all = tp + fn + fp + tn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "docs=%d TP=%d FN=%d FP=%d TN=%d P=%.4f R=%.4f F1=%.4f acc=%.4f",
                documents, tp, fn, fp, tn, precision(), recall(), f1(), accuracy());
    }
}
