package newswatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import newswatch.common.config.IngestConfig;
import newswatch.common.model.Article;
import newswatch.common.model.FeedSpec;
import newswatch.common.model.FeedState;
import newswatch.ingest.feed.FeedParseException;
import newswatch.ingest.feed.FeedParser;
import newswatch.ingest.feed.ParsedFeed;
import newswatch.ingest.http.FetchResult;
import newswatch.ingest.http.SafeHttpClient;
import newswatch.ingest.websub.HubLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls one feed: conditional GET, parse, keep only items not seen before, turn them into articles. */
final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    /**
     * What one poll produced: the articles to send, then the state to remember once they are sent.
     *
     * @param outcome one of {@link FeedStatus}'s values, also the metric tag
     * @param movedTo the feed's new URL when every redirect to it was permanent, else null; {@code state} is then
     *                already keyed by it
     * @param hub     the WebSub hub the feed advertises, when its body was read, else null
     */
    record Result(List<Article> articles, FeedState state, String outcome, String movedTo, HubLinks hub) {
        Result(List<Article> articles, FeedState state, String outcome, String movedTo) {
            this(articles, state, outcome, movedTo, null);
        }
    }

    private final SafeHttpClient http;
    private final ItemArticles articles;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final PollSchedule schedule;
    private final Clock clock;

    FeedPoller(SafeHttpClient http, ItemArticles articles, IngestConfig config, IngestMetrics metrics,
            PollSchedule schedule, Clock clock) {
        this.http = http;
        this.articles = articles;
        this.config = config;
        this.metrics = metrics;
        this.schedule = schedule;
        this.clock = clock;
    }

    Result poll(FeedSpec feed, FeedState state) {
        Instant now = clock.instant();
        long started = System.nanoTime();
        FetchResult fetched = http.get(feed.url(), state.etag(), state.lastModified());
        metrics.fetchTook(Duration.ofNanos(System.nanoTime() - started));
        if (fetched.outcome() == FetchResult.Outcome.NOT_MODIFIED) {
            Duration gap = state.publishGapSeconds() == null ? null : Duration.ofSeconds(state.publishGapSeconds());
            FeedState next = FeedStates.succeeded(state, now, fetched.etag() != null ? fetched.etag() : state.etag(),
                    fetched.lastModified() != null ? fetched.lastModified() : state.lastModified(),
                    FeedStatus.NOT_MODIFIED, null, state.publishGapSeconds(), state.seenIds(), state.recentHashes(),
                    schedule.afterSuccess(gap, null, fetched.cacheMaxAge(), false));
            return moved(feed, fetched, new Result(List.of(), next, FeedStatus.NOT_MODIFIED, null));
        }
        if (!fetched.ok()) {
            return failed(feed, state, now, fetched.outcome().name().toLowerCase(Locale.ROOT) + ": " + fetched.error(),
                    fetched.retryAfter());
        }
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(fetched.body(), fetched.finalUrl(), fetched.contentType());
        } catch (FeedParseException e) {
            return failed(feed, state, now, "unparsable feed: " + e.getMessage(), null);
        }
        Fresh fresh = fresh(feed, state, parsed, now, true);
        FeedState next = FeedStates.succeeded(state, now, fetched.etag(), fetched.lastModified(), fresh.status(),
                fresh.warning(), fresh.gapSeconds(), fresh.selection().seenIds(), fresh.selection().hashes(),
                schedule.afterSuccess(fresh.gapSeconds() == null ? null : Duration.ofSeconds(fresh.gapSeconds()),
                        parsed.ttlMinutes(), fetched.cacheMaxAge(), fresh.warning() != null));
        // Discovery parses the body a second time: only worth it when WebSub is on.
        HubLinks hub = config.websubEnabled() ? HubLinks.of(fetched.body(), fetched.finalUrl()) : null;
        Result result = new Result(fresh.articles(), next, fresh.status(), null, hub);
        return moved(feed, fetched, result);
    }

    /**
     * Content a WebSub hub pushed: the same selection as a poll, but validators and the next poll stay as they
     * were, since polling goes on as the fallback. An unparsable push changes nothing: the next poll will tell.
     */
    Result pushed(FeedSpec feed, FeedState state, byte[] body) {
        Instant now = clock.instant();
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(body, feed.url());
        } catch (FeedParseException e) {
            LOG.warn("feed {}: unparsable WebSub push ignored: {}", feed.url(), e.getMessage());
            return new Result(List.of(), state, "push-ignored", null);
        }
        // Hubs often push only the new entries, so "all items new" says nothing about missed items here.
        Fresh fresh = fresh(feed, state, parsed, now, false);
        // A push holds a few new entries, not the feed's history: the publishing rate stays as polls measured it.
        FeedState next = FeedStates.succeeded(state, now, state.etag(), state.lastModified(), fresh.status(),
                fresh.warning(), state.publishGapSeconds(), fresh.selection().seenIds(), fresh.selection().hashes(),
                state.nextPoll());
        return new Result(fresh.articles(), next, "pushed", null);
    }

    private record Fresh(List<Article> articles, NewItems.Selection selection, String status, String warning,
            Long gapSeconds) {
    }

    private Fresh fresh(FeedSpec feed, FeedState state, ParsedFeed parsed, Instant now, boolean judgeMissed) {
        NewItems.Selection selection = NewItems.select(feed.url(), parsed.items(), state.seenIds(),
                state.recentHashes(), config.rememberItems());
        String source = parsed.title() == null || parsed.title().isBlank() ? feed.title() : parsed.title();
        List<Article> out = selection.fresh().stream().map(i -> articles.article(feed, source, i, now)).toList();
        String warning = judgeMissed ? missedWarning(state, parsed, out.size()) : null;
        if (warning != null) {
            LOG.warn("feed {}: {}", feed.url(), warning);
        }
        Duration gap = PollSchedule.publishingGap(parsed.items());
        Long gapSeconds = gap != null ? Long.valueOf(gap.toSeconds()) : state.publishGapSeconds();
        return new Fresh(out, selection, warning == null ? FeedStatus.OK : FeedStatus.WARNING, warning, gapSeconds);
    }

    /** A poll that threw: recorded like any failure, so the feed backs off instead of being retried at once. */
    Result crashed(FeedSpec feed, FeedState state, RuntimeException e) {
        return failed(feed, state, clock.instant(), "internal error: " + e, null);
    }

    /** Every item new although we had polled before: the feed rotated more items out than it holds between polls. */
    private static String missedWarning(FeedState state, ParsedFeed parsed, int fresh) {
        if (fresh == 0 || fresh < parsed.items().size() || state.seenIds().isEmpty()) {
            return null;
        }
        return "all " + fresh + " items were new: items were probably missed; polling faster";
    }

    private Result moved(FeedSpec feed, FetchResult fetched, Result result) {
        String target = fetched.finalUrl();
        if (!fetched.permanentlyRedirected() || target == null || target.equals(feed.url())) {
            return result;
        }
        return new Result(result.articles(), FeedStates.rekeyed(result.state(), target), result.outcome(), target,
                result.hub());
    }

    private Result failed(FeedSpec feed, FeedState s, Instant now, String error, Duration retryAfter) {
        int failures = s.consecutiveFailures() + 1;
        Instant next = schedule.afterFailure(failures, retryAfter);
        LOG.warn("feed {} failed ({} in a row), next try at {}: {}", feed.url(), failures, next, error);
        return new Result(List.of(), FeedStates.failed(s, now, error, next), FeedStatus.FAILED, null);
    }
}
