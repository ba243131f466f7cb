package newswatch.ingest.http;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import newswatch.ingest.http.FetchResult.Outcome;

/** Maps what OkHttp threw to an outcome. OkHttp may wrap or suppress the guard's exception: the whole tree is searched. */
final class Failures {
    private Failures() {
    }

    static Outcome classify(Throwable t) {
        if (find(t, BlockedAddressException.class) != null) {
            return Outcome.BLOCKED;
        }
        if (find(t, InterruptedIOException.class) != null) {
            return Outcome.TIMEOUT;
        }
        return Outcome.NETWORK_ERROR;
    }

    static String describe(Throwable t) {
        Throwable blocked = find(t, BlockedAddressException.class);
        Throwable shown = blocked != null ? blocked : t;
        String prefix = blocked != null ? "blocked: " : "";
        return prefix + (shown.getMessage() == null ? shown.getClass().getSimpleName()
                : shown.getClass().getSimpleName() + ": " + shown.getMessage());
    }

    private static Throwable find(Throwable root, Class<? extends Throwable> type) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (type.isInstance(t)) {
                return t;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return null;
    }
}
