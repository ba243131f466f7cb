package newswatch.processor.classify;

/** Where a term matched: token indices in one field, {@code end} exclusive. */
record Span(int start, int end) {
    /** Tokens strictly between two spans; 0 when they touch or overlap. */
    int gap(Span other) {
        if (other.start >= end) {
            return other.start - end;
        }
        if (start >= other.end) {
            return start - other.end;
        }
        return 0;
    }
}
