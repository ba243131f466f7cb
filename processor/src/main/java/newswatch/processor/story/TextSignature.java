package newswatch.processor.story;

import java.util.List;

/**
 * What near-duplicate detection keeps of a story's first copy.
 *
 * @param title    the normalised title (words joined by single spaces)
 * @param shingles how many distinct word shingles title and text have
 * @param minHash  the MinHash sketch of those shingles, {@link MinHasher#HASHES} values
 * @param numbers  the distinct fact words (with a digit, weekdays, months, small numbers and ordinals in words),
 *                 in text order, at most
 *                 {@link MinHasher#MAX_NUMBERS}: copies keep them, reports of another event in stock phrases do not
 */
public record TextSignature(String title, int shingles, int[] minHash, List<String> numbers) {
    public TextSignature {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }
}
