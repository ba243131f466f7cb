package newswatch.processor.story;

/**
 * What near-duplicate detection keeps of a story's first copy.
 *
 * @param title    the normalised title (words joined by single spaces)
 * @param shingles how many distinct word shingles title and text have
 * @param minHash  the MinHash sketch of those shingles, {@link MinHasher#HASHES} values
 */
public record TextSignature(String title, int shingles, int[] minHash) {
}
