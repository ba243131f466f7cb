package newswatch.processor;

import java.time.Duration;
import newswatch.common.model.Article;
import newswatch.common.model.DeadLetter;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drops an article whose canonical URL was seen within the window with the same title and text, so a re-sent
 * item alerts once; a changed text passes again (alert ids are deterministic, so sinks still see one alert).
 * Output is keyed by canonical URL whatever the input key was.
 */
final class Dedup implements Processor<String, Article, String, Article> {
    private final String storeName;
    private final Duration window;
    private final Verdicts verdicts;
    private KeyValueStore<String, String> seen;
    private ProcessorContext<String, Article> context;

    Dedup(String storeName, Duration window, Verdicts verdicts) {
        this.storeName = storeName;
        this.window = window;
        this.verdicts = verdicts;
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        // Without purging, the store (and its changelog) would keep every URL ever seen.
        context.schedule(WindowPurge.interval(window), PunctuationType.STREAM_TIME, this::purgeOlderThanWindow);
    }

    /** Deletes entries last seen more than the window before {@code streamTime}: they could not match anyway. */
    void purgeOlderThanWindow(long streamTime) {
        var expired = WindowPurge.expired(seen, Dedup::seenAt, streamTime - window.toMillis());
        expired.forEach(kv -> seen.delete(kv.key));
    }

    /** When a "hash@millis" entry was written; never for an entry of another form. */
    private static long seenAt(String entry) {
        int at = entry.lastIndexOf('@');
        return at < 0 ? Long.MAX_VALUE : Long.parseLong(entry.substring(at + 1));
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        String url = article.canonicalUrl();
        String hash = Hashes.sha256Hex((article.title() == null ? "" : article.title()) + "\n" + article.text()).substring(0, 32);
        String previous = seen.get(url);
        // A record replayed from the DLQ failed after it was recorded here: it is not a copy of itself.
        boolean replayed = record.headers().lastHeader(DeadLetter.REPLAYED_FROM_HEADER) != null;
        if (previous != null && previous.startsWith(hash + "@") && !replayed) {
            long seenAt = Long.parseLong(previous.substring(hash.length() + 1));
            if (record.timestamp() - seenAt < window.toMillis()) {
                verdicts.article(Verdicts.DUPLICATE);
                return;
            }
        }
        seen.put(url, hash + "@" + record.timestamp());
        context.forward(record.withKey(url));
    }
}
