package newswatch.app.tools;

import java.util.Comparator;
import newswatch.common.model.DeadLetter;

/** A dead letter with its own place on the DLQ, so ops can point at exactly the record they mean. */
record DlqEntry(DeadLetter letter, int dlqPartition, long dlqOffset) {
    /** Oldest first; records without a time (none are written so) sort first rather than failing the listing. */
    static final Comparator<DlqEntry> BY_TIME = Comparator
            .comparing((DlqEntry e) -> e.letter().at(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(DlqEntry::dlqPartition)
            .thenComparingLong(DlqEntry::dlqOffset);
}
