package newswatch.processor.classify;

/**
 * The rules file's {@code semantic:} block. A category's semantic bonus is
 * {@code weight × threshold × clamp((similarity − low) / (high − low), 0, 1)}, where similarity is the highest
 * cosine similarity between the article and the category's exemplars; it is added to the rules score only when
 * the category's gate is open and at least one rule matched, so similarity lifts borderline items but never
 * flags an article on its own.
 *
 * @param maxChars how much of title + body is embedded (the model reads about 256 word pieces anyway)
 */
record SemanticSettings(boolean enabled, double weight, double low, double high, int maxChars) {
    static final SemanticSettings OFF = new SemanticSettings(false, 0, 0.3, 0.6, 1000);

    double bonus(double similarity, double threshold) {
        double x = (similarity - low) / (high - low);
        return weight * threshold * Math.max(0, Math.min(1, x));
    }
}
