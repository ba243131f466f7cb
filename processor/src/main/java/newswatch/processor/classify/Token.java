package newswatch.processor.classify;

/**
 * One word of a field: its normalised form plus where it sits in the original text (for snippets).
 *
 * @param hangul true for a run of Hangul, where Korean attaches particles, so terms match as prefixes
 */
record Token(String text, int start, int end, boolean hangul) {
}
