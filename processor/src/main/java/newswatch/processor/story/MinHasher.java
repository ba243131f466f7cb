package newswatch.processor.story;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newswatch.processor.classify.Tokenizer;

/**
 * MinHash sketches of word shingles (Broder 1997): the share of equal slots in two sketches estimates the
 * Jaccard similarity of the two shingle sets, with a standard error of at most 0.5 / sqrt({@link #HASHES}) ≈ 0.044.
 * The constants are part of the stored state: changing one makes every stored signature incomparable.
 */
public final class MinHasher {
    /** Words per shingle: 4-word sequences rarely repeat between independently written texts on one subject. */
    public static final int SHINGLE_WORDS = 4;
    public static final int HASHES = 128;
    public static final int MAX_NUMBERS = 64;
    private static final long[] SEEDS = seeds();

    private MinHasher() {
    }

    public static TextSignature sign(String title, String text) {
        List<String> titleWords = Tokenizer.words(title);
        List<String> words = new java.util.ArrayList<>(titleWords);
        words.addAll(Tokenizer.words(text));
        Set<Long> shingles = shingles(words);
        int[] sketch = new int[HASHES];
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (Long.compareUnsigned(h, min[i]) < 0) {
                    min[i] = h;
                }
            }
        }
        for (int i = 0; i < HASHES; i++) {
            sketch[i] = (int) (min[i] >>> 32);
        }
        return new TextSignature(String.join(" ", titleWords), shingles.size(), sketch, numbers(words));
    }

    /**
     * Facts that tell two events told in one template apart ("fired a missile on Thursday ... the third launch this
     * month" against "on Saturday ... the fifth this year"): words with a digit, weekdays, months, small numbers and
     * ordinals in words.
     */
    static List<String> numbers(List<String> words) {
        Set<String> numbers = new java.util.LinkedHashSet<>();
        for (String w : words) {
            if (numbers.size() < MAX_NUMBERS && isFact(w)) {
                numbers.add(w);
            }
        }
        return List.copyOf(numbers);
    }

    private static final Set<String> FACT_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final List<String> KOREAN_WEEKDAYS = List.of("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일");

    static boolean isFact(String word) {
        return word.chars().anyMatch(Character::isDigit) || FACT_WORDS.contains(word)
                || KOREAN_WEEKDAYS.stream().anyMatch(word::startsWith);
    }

    /** Estimated Jaccard similarity of the shingle sets behind two sketches. */
    public static double jaccard(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    static Set<Long> shingles(List<String> words) {
        Set<Long> out = new HashSet<>();
        for (int start = 0; start + SHINGLE_WORDS <= words.size(); start++) {
            long h = 0xcbf29ce484222325L;
            for (int w = start; w < start + SHINGLE_WORDS; w++) {
                h = fnv(h, words.get(w));
                h = (h ^ 0x1F) * 0x100000001b3L; // word separator, so "ab c" and "a bc" differ
            }
            out.add(h);
        }
        return out;
    }

    /** FNV-1a over UTF-16 units: defined by the spec, unlike String.hashCode's 32 bits it rarely collides. */
    private static long fnv(long h, String word) {
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a bijection that scrambles bits, so each seed acts as an independent permutation. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x4E65777377617463L; // fixed forever: stored signatures depend on it
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
