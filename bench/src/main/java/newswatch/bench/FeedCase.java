package newswatch.bench;

import java.nio.file.Path;
import newswatch.ingest.feed.ParsedFeed;

/**
 * One corpus file and what it is expected to parse to.
 *
 * @param check null when the file carries no expectation we evaluate (it is still parsed, for crashes)
 */
record FeedCase(Path file, Check check) {

    /** Compares a parse result with the expectation. */
    @FunctionalInterface
    interface Check {
        /** A description of the first disagreement, or null when the feed agrees. */
        String mismatch(ParsedFeed feed);
    }

    /** The expectation of {@code !Error} files: the feed parses at all. */
    static final Check PARSES = feed -> null;
}
